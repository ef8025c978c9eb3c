/// A choice field's type-ahead: a letter jumps to the next option that starts with it
/// (case and accents ignored, `e` finds `Équipe`), wrapping around, so that the same letter
/// again goes to the next such option. The options themselves are shown as a list under the
/// focused field (`FormView.suggestions(of:)`), as the people picker shows its candidates.
extension Form {
  static func option(startingWith character: Character, in options: [String], after selected: Int) -> Int? {
    let key = String(character).searchKey
    guard !key.isEmpty, !options.isEmpty else { return nil }
    for step in 1...options.count {
      let index = (selected + step) % options.count
      if options[index].searchKey.hasPrefix(key) { return index }
    }
    return nil
  }
}

extension FormField {
  /// A choice among options (one of them chosen).
  var isChoice: Bool {
    if case .choice = value { true } else { false }
  }
}
