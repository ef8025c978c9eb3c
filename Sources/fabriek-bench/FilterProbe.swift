import FabriekCore
import FabriekRunner
import FabriekUI
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
    /// A character typed into the filter line through the app's runner, with the frame rendered.
    var onBoard: Double
    var line: String { "\(build) \(perCharacter) \(worstCharacter) \(update) \(onBoard)" }
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
    return Result(
      build: build, perCharacter: median(times), worstCharacter: times.max() ?? .nan, update: update,
      onBoard: typingOnTheBoard(store: store, path: path))
  }

  /// `f`, then each query typed a character at a time and cleared again (Ctrl-U), every key
  /// through `AppRunner` and `render`, as the board screen takes it.
  static func typingOnTheBoard(store: BoardStore, path: String) -> Double {
    let state = AppState(
      board: store.board, file: path, width: 160, height: 48, now: DemoData.referenceTime, user: "bench")
    let runner = AppRunner(state: state, store: store, host: HeadlessHost())
    runner.send(.key(.char("f")))
    var times: [Double] = []
    for text in typed {
      for character in text {
        times.append(
          milliseconds {
            runner.send(.key(.char(character)))
            _ = render(runner.state)
          })
      }
      runner.send(.key(.ctrl("u")))
    }
    return median(times)
  }

  /// The filter table: one row per size, each figure the median of that size's runs.
  static func report(_ boards: [(Int, String)], runs: Int) {
    print("")
    print(
      "| ideas | filter: build the index | typed character (median) | typed character (slowest) | index after an edit "
        + "| typed character on the board (runner, render) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for (n, board) in boards {
      let results = (0..<runs).map { _ in Bench.child(["--child-filter", board]) }.filter { $0.count == 5 }
      func m(_ i: Int) -> Double { median(results.map { $0[i] }) }
      print(
        "| \(n) | \(Bench.ms(m(0))) | \(Bench.ms(m(1))) | \(Bench.ms(m(2))) | \(Bench.ms(m(3))) | \(Bench.ms(m(4))) |")
    }
  }
}
