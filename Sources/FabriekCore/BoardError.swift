/// Why an operation or a board file was refused. Every message is one sentence that says
/// what is wrong and what to do, in the language that is current when the error is made (its
/// texts are made where it is thrown, so a test can compare errors as values).
public enum BoardError: Error, Hashable, Sendable, CustomStringConvertible {
  case notFound(String)
  case invalid(field: String, reason: String)
  case conflict(String)

  public var description: String { message }

  public var message: String {
    switch self {
    case .notFound(let what): tr("error.notFound", ["what": what])
    case .invalid(let field, let reason): tr("error.invalid", ["field": field, "reason": reason])
    case .conflict(let why): why
    }
  }

  static func noIdea(_ id: IdeaID) -> BoardError { .notFound(tr("error.what.idea", ["code": id.code])) }
  static func noPerson(_ id: PersonID) -> BoardError { .notFound(tr("error.what.person", ["code": id.code])) }
  static func noSession(_ id: SessionID) -> BoardError { .notFound(tr("error.what.session", ["code": id.code])) }
}
