import FabriekCore

/// Where everything goes on the screen for a state: the board's columns and card slots, the
/// detail pane, the message line and the status line. `render` draws into it and `update`
/// uses the same value to keep the focus in view and to find what the mouse points at.
public struct ScreenLayout: Hashable, Sendable {
  public static let minimumWidth = 80
  public static let minimumHeight = 24
  /// Narrower columns would not show a card's code and badges.
  public static let minimumColumnWidth = 24
  /// From this width on the detail pane sits beside the board.
  public static let sideBySideWidth = 140
  public static let minimumDetailWidth = 56
  public static let cardHeight = 3
  public static let cardGap = 1

  /// One visible column: the stage's index, its rectangle and the first card shown.
  public struct ColumnSlot: Hashable, Sendable {
    public var stage: Int
    public var rect: Rect
    public var firstCard: Int
    public var cardCount: Int
  }

  public let width: Int
  public let height: Int
  public let isTooSmall: Bool
  /// Everything above the message line.
  public let main: Rect
  /// The board's part of `main`; nil when the detail pane covers it.
  public let boardArea: Rect?
  public let detailArea: Rect?
  public let messageRow: Int
  public let statusRow: Int
  /// How many columns fit side by side, and how many cards fit in a column.
  public let visibleColumnCount: Int
  public let cardsPerColumn: Int
  public let columns: [ColumnSlot]

  public init(_ state: AppState) {
    self.init(
      width: state.width, height: state.height, columnLengths: state.columns.map(\.count),
      columnOffset: state.columnOffset, cardScroll: state.cardScroll, detailOpen: state.detail != nil)
  }

  init(width: Int, height: Int, columnLengths: [Int], columnOffset: Int, cardScroll: [Int], detailOpen: Bool) {
    self.width = width
    self.height = height
    isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
    main = Rect(x: 0, y: 0, width: width, height: max(0, height - 2))
    messageRow = height - 2
    statusRow = height - 1
    if detailOpen && width >= Self.sideBySideWidth {
      let detailWidth = max(Self.minimumDetailWidth, width * 2 / 5)
      let split = main.splitColumns(at: width - detailWidth - 1)
      boardArea = split.left
      detailArea = Rect(x: split.right.x + 1, y: main.y, width: detailWidth, height: main.height)
    } else if detailOpen {
      boardArea = nil
      detailArea = main
    } else {
      boardArea = main
      detailArea = nil
    }
    let stageCount = columnLengths.count
    let boardWidth = boardArea?.width ?? width
    let count = max(1, min(stageCount, (boardWidth + 1) / (Self.minimumColumnWidth + 1)))
    visibleColumnCount = count
    cardsPerColumn = max(1, (main.height - 3 + Self.cardGap) / (Self.cardHeight + Self.cardGap))
    var slots: [ColumnSlot] = []
    if let area = boardArea, stageCount > 0 {
      let first = min(max(0, columnOffset), stageCount - count)
      let room = area.width - (count - 1)
      var x = area.x
      for position in 0..<count {
        let stage = first + position
        let columnWidth = room / count + (position < room % count ? 1 : 0)
        let scroll = stage < cardScroll.count ? cardScroll[stage] : 0
        slots.append(
          ColumnSlot(
            stage: stage, rect: Rect(x: x, y: area.y, width: columnWidth, height: area.height),
            firstCard: scroll, cardCount: columnLengths[stage]))
        x += columnWidth + 1
      }
    }
    columns = slots
  }

  /// The rectangle of the card shown `position` slots from the top of a column.
  public func cardRect(in slot: ColumnSlot, position: Int) -> Rect {
    Rect(
      x: slot.rect.x, y: slot.rect.y + 2 + position * (Self.cardHeight + Self.cardGap),
      width: slot.rect.width, height: Self.cardHeight)
  }

  /// What is under a screen position.
  public enum Target: Hashable, Sendable {
    case card(column: Int, index: Int)
    case column(Int)
    case detail
  }

  public func target(x: Int, y: Int) -> Target? {
    if let detail = detailArea, detail.contains(x: x, y: y) { return .detail }
    for slot in columns where slot.rect.contains(x: x, y: y) {
      for position in 0..<cardsPerColumn {
        let index = slot.firstCard + position
        if index < slot.cardCount, cardRect(in: slot, position: position).contains(x: x, y: y) {
          return .card(column: slot.stage, index: index)
        }
      }
      return .column(slot.stage)
    }
    return nil
  }
}
