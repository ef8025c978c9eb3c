import FabriekCore
import Foundation

/// The filter line's work per typed character (FabriekCore/Query): the query read again and
/// the prebuilt index asked, narrowing from the previous result as the board screen does, for
/// queries typed one character at a time; also building the index once and catching it up
/// after one edit.
enum FilterProbe {
  struct Result {
    var build: Double
    var perCharacter: Double
    var worstCharacter: Double
    var update: Double
    var line: String { "\(build) \(perCharacter) \(worstCharacter) \(update)" }
  }

  /// Free words, fields, a comparison, `or` and `-`: each prefix of each is one keystroke.
  static let typed = [
    "coop gent", "stage:enrichment mentor:none", "coach:me or mentor:me", "score>3.5 -tag:zorg", "buurt outcome:any",
  ]

  static func run(path: String) -> Result? {
    guard let store = try? BoardStore.open(path, readOnly: true) else { return nil }
    var board = store.board
    let now = DemoData.referenceTime
    var index: QueryIndex?
    let build = milliseconds { index = QueryIndex(board: board) }
    guard var index else { return nil }
    var times: [Double] = []
    for text in typed {
      var previous: (query: IdeaQuery, matches: [IdeaID])?
      for end in text.indices.dropFirst() + [text.endIndex] {
        times.append(
          milliseconds {
            guard let query = try? IdeaQuery(parsing: String(text[..<end]), board: board) else { return }
            let found = index.matches(query, in: board, user: "bench", now: now, previous: previous)
            previous = (query, found)
          })
      }
    }
    guard let id = board.columns.values.first(where: { !$0.isEmpty })?.first,
      (try? board.apply(.editIdea(id, [.title("Coöperatieve buurtwinkel")]), by: "bench", at: now)) != nil
    else { return nil }
    let update = milliseconds { index.update(for: board) }
    return Result(build: build, perCharacter: median(times), worstCharacter: times.max() ?? .nan, update: update)
  }

  /// The filter table: one row per size, each figure the median of that size's runs.
  static func report(_ boards: [(Int, String)], runs: Int) {
    print("")
    print("| ideas | filter: build the index | typed character (median) | typed character (slowest) | index after an edit |")
    print("|---:|---:|---:|---:|---:|")
    for (n, board) in boards {
      let results = (0..<runs).map { _ in Bench.child(["--child-filter", board]) }.filter { $0.count == 4 }
      func m(_ i: Int) -> Double { median(results.map { $0[i] }) }
      print("| \(n) | \(Bench.ms(m(0))) | \(Bench.ms(m(1))) | \(Bench.ms(m(2))) | \(Bench.ms(m(3))) |")
    }
  }
}
