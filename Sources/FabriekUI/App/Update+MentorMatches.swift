import FabriekCore

/// Proposing matches from the mentoring screens.
extension AppState {
  /// Enter / `p` in the suggestions: the person under the cursor, proposed for the idea.
  mutating func proposeSelected(in state: MentorsState) -> [Effect] {
    []
  }

  /// Enter in the pool: every accepted row proposed as one change.
  mutating func commitPool(_ state: MentorsState) -> [Effect] {
    []
  }
}
