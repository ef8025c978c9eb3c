import FabriekCore

/// `fabriek export --format md --session S-0003`: a session's summary (agenda, participants,
/// votes, public contributions; people by their public name) instead of the ideas.
extension ExportCommand {
  func sessionSummary(_ format: BoardExport.Format, on board: Board) throws -> String? {
    guard let session else { return nil }
    guard format == .md else { throw UsageError(message: tr("cli.export.sessionMarkdownOnly")) }
    guard let id = SessionID(code: session) else {
      throw UsageError(message: tr("cli.session.notACode", ["code": Text.clean(session)]))
    }
    return try SessionSummary.markdown(id, on: board)
  }
}
