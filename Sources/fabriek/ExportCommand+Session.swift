import FabriekCore

/// `fabriek export --format md --session S-0003`: a session's summary (agenda, participants,
/// votes, public contributions; people by their public name) instead of the ideas.
extension ExportCommand {
  func sessionSummary(_ format: BoardExport.Format, on board: Board) throws -> String? {
    guard let session else { return nil }
    guard format == .md else { throw UsageError(message: "--session: a session's summary is exported as md only.") }
    guard let id = SessionID(code: session) else {
      throw UsageError(message: "--session: “\(Text.clean(session))” is not a session code like S-0003.")
    }
    return try SessionSummary.markdown(id, on: board)
  }
}
