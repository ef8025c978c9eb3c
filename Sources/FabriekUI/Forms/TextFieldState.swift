/// A single-line text field being edited: the text and the cursor as a count of grapheme
/// clusters (`Character`s), so that `é`, `e + ◌́`, `社` and `👍🏽` are each one step of the
/// cursor and one Backspace.
public struct TextFieldState: Hashable, Sendable {
  public private(set) var text: String
  /// The cursor, in graphemes from the start (0…`text.count`).
  public private(set) var cursor: Int

  public init(_ text: String = "", cursor: Int? = nil) {
    self.text = text
    self.cursor = min(max(0, cursor ?? text.count), text.count)
  }

  /// The text left of the cursor (what the cursor column is measured over).
  public var beforeCursor: Substring { text.prefix(cursor) }

  public mutating func insert(_ character: Character) {
    var graphemes = Array(text)
    graphemes.insert(character, at: cursor)
    let before = graphemes.count
    text = String(graphemes)
    // A combining mark joins the grapheme before it: the count may not grow.
    cursor = min(text.count, cursor + 1 - (before - text.count))
  }

  /// Inserts a whole text at the cursor as one edit (a paste): one pass over the text
  /// however long the insertion, the cursor after it. Graphemes join across the seams as
  /// typing would join them (a pasted combining mark joins the letter before the cursor).
  public mutating func insert(contentsOf inserted: String) {
    guard !inserted.isEmpty else { return }
    let head = text.prefix(cursor)
    let tail = text.dropFirst(cursor)
    let tailCount = tail.count
    text = head + inserted + tail
    cursor = max(0, text.count - tailCount)
  }

  public mutating func apply(_ edit: TextEdit) {
    var graphemes = Array(text)
    switch edit {
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(graphemes.count, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = graphemes.count
    case .deleteBackward:
      guard cursor > 0 else { return }
      graphemes.remove(at: cursor - 1)
      cursor -= 1
    case .deleteForward:
      guard cursor < graphemes.count else { return }
      graphemes.remove(at: cursor)
    case .killToStart:
      graphemes.removeSubrange(0..<cursor)
      cursor = 0
    case .killToEnd:
      graphemes.removeSubrange(cursor..<graphemes.count)
    case .deleteWordBackward:
      let start = Self.wordStart(before: cursor, in: graphemes)
      graphemes.removeSubrange(start..<cursor)
      cursor = start
    case .wordLeft: cursor = Self.wordStart(before: cursor, in: graphemes)
    case .wordRight: cursor = Self.wordEnd(after: cursor, in: graphemes)
    }
    text = String(graphemes)
    cursor = min(cursor, text.count)
  }

  /// The start of the word left of `index`, skipping the spaces before it.
  static func wordStart(before index: Int, in graphemes: [Character]) -> Int {
    var i = index
    while i > 0, !isWord(graphemes[i - 1]) { i -= 1 }
    while i > 0, isWord(graphemes[i - 1]) { i -= 1 }
    return i
  }

  /// The end of the word right of `index`, skipping the spaces before it.
  static func wordEnd(after index: Int, in graphemes: [Character]) -> Int {
    var i = index
    while i < graphemes.count, !isWord(graphemes[i]) { i += 1 }
    while i < graphemes.count, isWord(graphemes[i]) { i += 1 }
    return i
  }

  static func isWord(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || c.unicodeScalars.first?.properties.isEmojiPresentation == true
  }
}

/// The readline keys of a text field; on a choice field ←/→ step through the options.
public enum TextEdit: Hashable, Sendable, CaseIterable {
  case left, right, home, end
  case deleteBackward, deleteForward
  /// Ctrl-U, Ctrl-K, Ctrl-W.
  case killToStart, killToEnd, deleteWordBackward
  /// Alt-B, Alt-F.
  case wordLeft, wordRight
}
