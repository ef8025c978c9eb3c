import FabriekCore

/// `:present [CODE]` in the palette: present mode in the session named (`S-0016`, `16`), or
/// today's without a code; the codes complete, newest session first.
extension AppState {
  mutating func present(_ code: String) -> [Effect] {
    guard !code.isEmpty else { return startPresenting(session: nil) }
    guard let id = SessionID(code: code), board.sessions[id] != nil else {
      message = StatusMessage(UIText.presentUnknownSession(code), isError: true)
      return []
    }
    return startPresenting(session: id)
  }
}

extension PaletteCommand {
  /// `present S-…` for every session whose code starts with what was typed (`S-001`, `s-1`,
  /// `16`), the newest first.
  static func sessionCompletions(_ typed: String, board: Board, limit: Int) -> [String] {
    var digits = Substring(typed.uppercased())
    if digits.hasPrefix("S-") {
      digits = digits.dropFirst(2)
    } else if digits == "S" {
      digits = ""
    }
    let sessions = board.sessions.values.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    let matching = sessions.filter { session in
      let number = session.id.code.dropFirst(2)
      return number.hasPrefix(digits) || number.drop { $0 == "0" }.hasPrefix(digits)
    }
    return matching.prefix(limit).map { "present " + $0.id.code }
  }
}
