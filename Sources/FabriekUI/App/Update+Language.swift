import FabriekCore

extension AppState {
  /// `:lang nl`: every text from now on is Dutch (the detail, triage, present mode and lists,
  /// made as the board changes, are made again at once); the host remembers the choice.
  mutating func switchLanguage(to argument: String) -> [Effect] {
    guard let language = Language(naming: argument) else {
      message = StatusMessage(tr("lang.unknown", ["name": argument]), isError: true)
      return []
    }
    self.language = language
    Language.$current.withValue(language) {
      refreshSearch()
      refreshDetail()
      refreshTriage()
      refreshPresent()
      refreshList()
      message = StatusMessage(tr("lang.switched", ["language": language.name]))
    }
    return [.rememberLanguage(language)]
  }
}
