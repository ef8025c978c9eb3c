import FabriekCore

/// A comma-separated list (tags, expertise, languages) typed like text, with completion from
/// the values already used on the board: the word being typed is matched (no case, no
/// accents) against `known`, ↑/↓ pick a suggestion and Enter takes it.
public struct TagsState: Hashable, Sendable {
  public internal(set) var field: TextFieldState
  /// The values to complete from, each once, in the order to suggest them.
  public let known: [String]
  /// The suggestion ↑/↓ point at.
  public private(set) var highlighted = 0

  static let maxSuggestions = 5

  /// A list that has values opens with ", " after them, so that typing adds one.
  public init(_ values: [String], known: [String]) {
    field = TextFieldState(values.isEmpty ? "" : values.joined(separator: ", ") + ", ")
    self.known = known
  }

  /// The list the text says: items trimmed, empty ones left out.
  public var values: [String] { FieldParse.list(field.text) }

  /// The item the cursor is in, up to the cursor: what completion matches.
  public var partial: String {
    let before = field.beforeCursor
    let start = before.lastIndex(of: ",").map { before.index(after: $0) } ?? before.startIndex
    return String(before[start...]).trimmingCharactersInWhitespace()
  }

  /// Known values starting with the partial item (then containing it), not yet in the list;
  /// none while the partial item is empty.
  public var suggestions: [String] {
    let key = partial.searchKey
    guard !key.isEmpty else { return [] }
    let listed = Set(values.map(\.searchKey))
    var starts: [String] = []
    var contains: [String] = []
    for value in known {
      let folded = value.searchKey
      guard !listed.contains(folded) || folded == key, folded != key else { continue }
      if folded.hasPrefix(key) {
        starts.append(value)
        if starts.count == Self.maxSuggestions { break }
      } else if contains.count < Self.maxSuggestions, folded.contains(key) {
        contains.append(value)
      }
    }
    return Array((starts + contains).prefix(Self.maxSuggestions))
  }

  public mutating func insert(_ character: Character) {
    field.insert(character)
    highlighted = 0
  }

  public mutating func insert(contentsOf text: String) {
    field.insert(contentsOf: text)
    highlighted = 0
  }

  public mutating func apply(_ edit: TextEdit) {
    field.apply(edit)
    highlighted = 0
  }

  /// ↑/↓ among the suggestions; false when there are none (the arrow moves between fields).
  public mutating func moveHighlight(_ step: Int) -> Bool {
    let count = suggestions.count
    guard count > 0 else { return false }
    highlighted = ((highlighted + step) % count + count) % count
    return true
  }

  /// Enter: the highlighted suggestion replaces the partial item, followed by ", "; false
  /// when there is nothing to complete.
  public mutating func acceptSuggestion() -> Bool {
    let options = suggestions
    guard options.indices.contains(highlighted) else { return false }
    let graphemes = Array(field.text)
    let cursor = field.cursor
    var start = cursor
    while start > 0, graphemes[start - 1] != "," { start -= 1 }
    var end = cursor
    while end < graphemes.count, graphemes[end] != "," { end += 1 }
    let lead = start > 0 ? " " : ""
    let rest = end < graphemes.count ? String(graphemes[end...]) : ", "
    let head = String(graphemes[..<start]) + lead + options[highlighted]
    field = TextFieldState(head + rest, cursor: head.count + (end < graphemes.count ? 0 : 2))
    highlighted = 0
    return true
  }
}
