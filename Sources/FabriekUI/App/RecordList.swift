import FabriekCore

/// The list of `:people` or `:sessions`: every record as a row of display texts, sorted
/// (people by name, sessions newest first), the filter typed over it (no case, no accents,
/// letters in order), the row under the cursor and the first row shown.
public struct RecordList: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case people, sessions
  }

  /// What a row is about.
  public enum Record: Hashable, Sendable {
    case person(PersonID)
    case session(SessionID)
  }

  /// One record: its cells in the list's column order, and the folded texts the filter
  /// matches (the name or title first, then everything shown).
  public struct Row: Hashable, Sendable {
    public let record: Record
    public let cells: [String]
    let nameKey: [UInt8]
    let allKey: [UInt8]
    /// A person whose retention date has passed (`retention:due`).
    var retentionDue = false
    /// A person without consent on record (`consent:none`).
    var noConsent = false
  }

  /// The words of a filter that pick people by their data's status rather than by text.
  public static let retentionDueWord = "retention:due"
  public static let consentNoneWord = "consent:none"

  public let kind: Kind
  /// Every record, sorted.
  public private(set) var all: [Row]
  public private(set) var filter = ""
  /// Keys go into the filter (`/`, or a character the list does not bind), not to the list.
  public internal(set) var isTypingFilter = false
  /// The rows the filter lets through: best match first, else in the list's order.
  public private(set) var rows: [Row]
  public private(set) var cursor = 0
  /// The first row shown; the view keeps the cursor in view from here.
  public internal(set) var scroll = 0
  /// The record the cursor goes to when the board next changes (one just saved).
  var pending: Record?
  /// The day retention dates are compared with.
  let today: Day

  init(_ kind: Kind, board: Board, today: Day) {
    self.kind = kind
    self.today = today
    all = Self.rows(kind, board: board, today: today)
    rows = all
  }

  /// People who are due for erasure (retention date passed, or no consent on record), of all.
  public var dueCount: Int { all.filter { $0.retentionDue || $0.noConsent }.count }

  public var selected: Record? { rows.indices.contains(cursor) ? rows[cursor].record : nil }

  /// Moves the cursor by `step` rows, stopping at the ends.
  mutating func move(by step: Int) {
    cursor = rows.isEmpty ? 0 : min(max(0, cursor + step), rows.count - 1)
  }

  mutating func moveToEnd(_ last: Bool) { cursor = last ? max(0, rows.count - 1) : 0 }

  /// A new filter: the rows it lets through, the cursor on the best match.
  mutating func setFilter(_ text: String) {
    filter = text
    applyFilter()
    cursor = 0
    scroll = 0
  }

  /// Puts the cursor on a record; false when the filter hides it (or it is gone).
  @discardableResult
  mutating func select(_ record: Record) -> Bool {
    guard let index = rows.firstIndex(where: { $0.record == record }) else { return false }
    cursor = index
    return true
  }

  /// The board changed: the rows are made again and the cursor stays on its record (or goes
  /// to the one just saved, clearing a filter that would hide it).
  mutating func reload(_ board: Board) {
    let keep = pending ?? selected
    let index = cursor
    all = Self.rows(kind, board: board, today: today)
    applyFilter()
    if let record = keep, !select(record) {
      if pending != nil, !filter.isEmpty, all.contains(where: { $0.record == record }) {
        setFilter("")
        select(record)
      } else {
        cursor = index
        move(by: 0)
      }
    }
    pending = nil
  }

  /// Keeps the cursor's row among the `visible` rows shown.
  mutating func keepInView(visible: Int) {
    scroll = Self.firstShown(cursor: cursor, scroll: scroll, count: rows.count, visible: visible)
  }

  /// The first row to show so that the cursor's row is shown and no room is wasted at the end.
  static func firstShown(cursor: Int, scroll: Int, count: Int, visible: Int) -> Int {
    let rows = max(1, visible)
    var first = min(max(scroll, cursor - rows + 1), cursor)
    first = min(first, max(0, count - rows))
    return max(0, first)
  }

  private mutating func applyFilter() {
    var fold = SearchFold()
    var words = filter.split(separator: " ").map(String.init)
    let due = words.contains { $0.lowercased() == Self.retentionDueWord }
    let none = words.contains { $0.lowercased() == Self.consentNoneWord }
    words.removeAll { [Self.retentionDueWord, Self.consentNoneWord].contains($0.lowercased()) }
    let candidates = all.filter { (!due || $0.retentionDue) && (!none || $0.noConsent) }
    let key = fold.fold(words.joined(separator: " ").trimmingCharactersInWhitespace())
    guard !key.isEmpty else {
      rows = candidates
      return
    }
    var ranked: [[Row]] = [[], [], [], []]
    for row in candidates {
      guard let rank = Self.rank(of: key, in: row) else { continue }
      ranked[rank].append(row)
    }
    rows = Array(ranked.joined())
  }

  /// How well a folded filter matches a row: the name starts with it (0), a word of the name
  /// does (1), anything shown contains it (2), the name holds its letters in order (3).
  static func rank(of key: [UInt8], in row: Row) -> Int? {
    if row.nameKey.starts(with: key) { return 0 }
    if PeopleDirectory.wordStarts(key, in: row.nameKey) { return 1 }
    if PeopleDirectory.contains(key, in: row.allKey) { return 2 }
    if PeopleDirectory.isSubsequence(key, of: row.nameKey) { return 3 }
    return nil
  }
}
