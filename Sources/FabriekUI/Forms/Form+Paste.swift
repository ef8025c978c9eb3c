/// A paste into a form: the whole text goes into the focused field as one edit, so that a
/// long paste costs one insertion and one frame, not one of each per character.
extension Form {
  /// Inserts pasted text at the cursor of the focused text, list or picker field. A
  /// multi-line field keeps the line breaks; a one-line field gets a space for each line
  /// break and tab (a title copied with its line end stays one line, and nothing is lost
  /// that the user could not see); a list gets a comma for each, so that a column copied
  /// from a spreadsheet becomes one item a line. Choices take no paste: false then.
  @discardableResult
  public mutating func paste(_ text: String) -> Bool {
    guard fields.indices.contains(focus) else { return false }
    switch fields[focus].value {
    case .text(var field):
      field.insert(contentsOf: fields[focus].isMultiline ? PastedText.lines(text) : PastedText.oneLine(text))
      fields[focus].value = .text(field)
    case .tags(var state):
      state.insert(contentsOf: PastedText.listItems(text))
      fields[focus].value = .tags(state)
    case .people(var picker):
      picker.insert(contentsOf: PastedText.oneLine(text))
      fields[focus].value = .people(picker)
    case .choice, .multiChoice:
      return false
    }
    errors[focus] = nil
    return true
  }
}

/// Pasted text made to fit where it goes. Terminals send a pasted line break as CR; CR LF,
/// CR, LF, NEL and the Unicode line and paragraph separators all count as one line break.
enum PastedText {
  /// For multi-line fields: every line break as "\n"; everything else as it is.
  static func lines(_ text: String) -> String {
    replacingBreaks(in: text, with: "\n", tab: nil)
  }

  /// For one-line fields and input lines: a space for each line break and tab.
  static func oneLine(_ text: String) -> String {
    replacingBreaks(in: text, with: " ", tab: " ")
  }

  /// For comma-separated lists: ", " for each line break and tab.
  static func listItems(_ text: String) -> String {
    replacingBreaks(in: text, with: ", ", tab: ", ")
  }

  /// One pass over the scalars (a CR LF pair is one grapheme, so graphemes would not do).
  private static func replacingBreaks(in text: String, with lineBreak: String, tab: String?) -> String {
    let scalars = text.unicodeScalars
    guard scalars.contains(where: { isBreak($0) || ($0 == "\t" && tab != nil) }) else { return text }
    var result = String.UnicodeScalarView()
    var afterCR = false
    for scalar in scalars {
      defer { afterCR = scalar == "\r" }
      if scalar == "\n", afterCR { continue }
      if isBreak(scalar) {
        result.append(contentsOf: lineBreak.unicodeScalars)
      } else if scalar == "\t", let tab {
        result.append(contentsOf: tab.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
