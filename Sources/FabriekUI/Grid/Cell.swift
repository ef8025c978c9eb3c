/// One terminal cell of a `Grid`.
///
/// A wide grapheme (社, 👍🏽) occupies its own cell and the next one, which is marked as its
/// continuation and holds no text of its own.
public struct Cell: Hashable, Sendable {
  public var grapheme: Character
  public var style: Style
  public var isContinuation: Bool

  public init(_ grapheme: Character, style: Style = .normal, isContinuation: Bool = false) {
    self.grapheme = grapheme
    self.style = style
    self.isContinuation = isContinuation
  }

  public static func blank(_ style: Style = .normal) -> Cell {
    Cell(" ", style: style)
  }

  static func continuation(_ style: Style) -> Cell {
    Cell(" ", style: style, isContinuation: true)
  }
}
