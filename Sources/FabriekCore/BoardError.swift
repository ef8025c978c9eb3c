/// Why an operation or a board file was refused. Every message is one sentence that says
/// what is wrong and what to do.
public enum BoardError: Error, Hashable, Sendable, CustomStringConvertible {
  case notFound(String)
  case invalid(field: String, reason: String)
  case conflict(String)

  public var description: String { message }

  public var message: String {
    switch self {
    case .notFound(let what): "\(what) does not exist on this board; check the code with `fabriek idea list`."
    case .invalid(let field, let reason): "\(field): \(reason)."
    case .conflict(let why): why
    }
  }

  static func noIdea(_ id: IdeaID) -> BoardError { .notFound("Idea \(id.code)") }
  static func noPerson(_ id: PersonID) -> BoardError { .notFound("Person \(id.code)") }
  static func noSession(_ id: SessionID) -> BoardError { .notFound("Session \(id.code)") }
}
