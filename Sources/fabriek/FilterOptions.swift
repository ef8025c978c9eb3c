import ArgumentParser
import FabriekCore

/// `--filter` and `--view`, shared by the commands that list or export ideas: the same query
/// language as `f` on the board (FabriekCore/Query), so a command lists exactly what the board
/// shows for the same query. `me` is who `--as` (else `$USER`) names.
struct FilterOptions: ParsableArguments {
  @Option(help: .text("filter.cli.filter", valueName: "query"))
  var filter: String?
  @Option(help: .text("filter.cli.view", valueName: "name"))
  var view: String?

  /// The query `--view` and `--filter` give together; nil when neither is given.
  func query(on board: Board) throws(UsageError) -> IdeaQuery? {
    var query: IdeaQuery?
    if let view {
      switch ViewLookup.find(view, on: board) {
      case .found(let saved):
        do throws(QueryError) {
          query = try IdeaQuery(parsing: saved.query, board: board)
        } catch {
          throw UsageError(message: tr("filter.cli.badView", ["name": saved.name, "message": error.message]))
        }
      case .ambiguous(let names):
        throw UsageError(message: tr("filter.cli.ambiguousView", ["name": view, "candidates": QueryNames.list(names)]))
      case .unknown:
        let names = ViewLookup.all(on: board).map(\.name)
        throw UsageError(message: tr("filter.cli.unknownView", ["name": view, "views": QueryNames.list(names)]))
      }
    }
    if let filter {
      do throws(QueryError) {
        let typed = try IdeaQuery(parsing: filter, board: board)
        query = query.map { $0.and(typed) } ?? typed
      } catch {
        throw UsageError(message: tr("filter.cli.badFilter", ["message": error.message]))
      }
    }
    return query
  }

  /// The ideas the query matches on `board`, in board order; among `place`'s ideas only when a
  /// stage (or declined / parked) is given too.
  static func ideas(
    _ query: IdeaQuery, on board: Board, among place: [Idea]?, user: String, now: Timestamp = .now()
  ) -> [Idea] {
    var index = QueryIndex(board: board)
    let ids: [IdeaID]
    if let place {
      ids = index.matches(
        query, among: place.map(\.id), in: board, user: user, now: now, offBoardToo: place.contains { !$0.isActive })
    } else {
      ids = index.matches(query, in: board, user: user, now: now)
    }
    return ids.compactMap { board.idea($0) }
  }
}
