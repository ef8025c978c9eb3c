/// The text of a bracketed paste: everything after the terminal's ESC [ 200 ~ up to its
/// ESC [ 201 ~, however many reads it arrives in. An ESC inside the paste, or the start of
/// the end marker that turns out to be something else, is text like the rest (it is drawn
/// as a marker, like every control character from outside). Pure: fed scalars, no terminal.
public struct PasteDecoder: Sendable {
  /// What the terminal sends before and after pasted text once mode 2004 is on.
  public static let start = "\u{1B}[200~"
  public static let end = "\u{1B}[201~"
  private static let endScalars = Array(end.unicodeScalars)

  private var scalars = String.UnicodeScalarView()
  /// How many scalars of the end marker the last ones read match (held back from the text).
  private var matched = 0
  /// The end marker has been read; whatever comes after it is not part of the paste.
  public private(set) var isComplete = false

  public init() {}

  /// One scalar of the paste; true once it completed the end marker.
  @discardableResult
  public mutating func feed(_ scalar: Unicode.Scalar) -> Bool {
    guard !isComplete else { return true }
    if scalar == Self.endScalars[matched] {
      matched += 1
      if matched == Self.endScalars.count {
        matched = 0
        isComplete = true
      }
      return isComplete
    }
    // Not the marker after all: what was held back is text, and this scalar may begin it again.
    scalars.append(contentsOf: Self.endScalars[0..<matched])
    if scalar == Self.endScalars[0] {
      matched = 1
    } else {
      matched = 0
      scalars.append(scalar)
    }
    return false
  }

  /// What one read brought; nil while the paste goes on, else what came after its end
  /// marker (the next keys, not part of the paste).
  public mutating func feed(_ chunk: String) -> Substring.UnicodeScalarView? {
    let view = Substring(chunk).unicodeScalars
    for index in view.indices where feed(view[index]) {
      return view[view.index(after: index)...]
    }
    return nil
  }

  /// The pasted text so far, line breaks as "\n" (terminals send a pasted line break as CR).
  /// Before the end marker came, a partly read marker counts as text.
  public var text: String {
    var result = String.UnicodeScalarView()
    var afterCR = false
    for scalar in scalars {
      defer { afterCR = scalar == "\r" }
      if scalar == "\n", afterCR { continue }
      result.append(scalar == "\r" ? "\n" : scalar)
    }
    result.append(contentsOf: Self.endScalars[0..<matched])
    return String(result)
  }
}
