import FabriekCore

/// The board's filter on the message line: while it is typed (`f`), the query with a wrong
/// word marked in place and what is wrong with it, or how many ideas match; afterwards, the
/// active filter before the key hints. Column headers count `shown / in the column`.
struct FilterLineView {
  let state: AppState

  func draw(into grid: inout Grid, row: Int, width: Int) {
    let filter = state.filter
    var spans = [Span("f ", style: .statusKey)]
    let chars = Array(filter.text)
    if let error = filter.error, error.offset <= chars.count {
      let end = min(chars.count, error.offset + error.word.count)
      spans.append(Span(String(chars[..<error.offset]), style: .input))
      spans.append(Span(String(chars[error.offset..<end]), style: .statusError))
      spans.append(Span(String(chars[end...]), style: .input))
    } else {
      spans.append(Span(filter.text, style: .input))
    }
    let x = grid.put(spans: spans, x: 0, y: row, maxWidth: width - 1)
    grid.cursor = Point(x: min(x, width - 1), y: row)
    let summary: Span
    if let error = filter.error {
      summary = Span("  " + error.message + " ", style: .statusError)
    } else if filter.isActive {
      summary = Span("  " + Self.count(filter.matches.count) + " ", style: .dim)
    } else {
      summary = Span("  " + tr("filter.line.help") + " ", style: .dim)
    }
    grid.put(spans: [summary], x: x, y: row, maxWidth: max(0, width - x))
  }

  /// The active filter before the key hints; returns where the hints go.
  func drawActive(into grid: inout Grid, x: Int, row: Int, width: Int) -> Int {
    let filter = state.filter
    guard filter.isActive, x < width else { return x }
    let label = filter.viewName.map { tr("filter.line.view", ["name": $0]) } ?? filter.text
    return grid.put(
      spans: [
        Span((x == 0 ? "" : " ") + "f " + label, style: .searchMatch),
        Span("  " + Self.count(filter.matches.count) + " ", style: .dim),
      ], x: x, y: row, maxWidth: max(0, width - x))
  }

  static func count(_ n: Int) -> String { tr("count.ideas", ["n": n]) }

  /// `12 / 116` in a column header while a filter is on: cards shown, cards in the column.
  static func headerCount(_ state: AppState, stage: Stage, shown: Int) -> String? {
    guard state.filter.isActive else { return nil }
    return "\(shown) / \(state.board.columns[stage.id]?.count ?? 0)"
  }
}

/// Marks where a filter's words occur in a text: each character is folded as the query index
/// folds (`String.searchKey`), so `cafe` marks `Café` and `coop` marks `Coöp`.
public enum FilterHighlight {
  public static func spans(_ text: String, words: [String], style: Style) -> [Span] {
    let characters = Array(text)
    var folded = ""
    var owner: [Int] = []  // for each UTF-8 byte of `folded`, the character it came from
    for (index, character) in characters.enumerated() {
      let key = String(character).searchKey
      folded += key
      owner += Array(repeating: index, count: key.utf8.count)
    }
    let bytes = Array(folded.utf8)
    var marked = Array(repeating: false, count: characters.count)
    for word in words {
      let needle = Array(word.utf8)
      guard !needle.isEmpty, needle.count <= bytes.count else { continue }
      var start = 0
      while start + needle.count <= bytes.count {
        if bytes[start..<(start + needle.count)].elementsEqual(needle) {
          for b in start..<(start + needle.count) { marked[owner[b]] = true }
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    var spans: [Span] = []
    var run = ""
    var runMarked = false
    for (index, character) in characters.enumerated() {
      if marked[index] != runMarked, !run.isEmpty {
        spans.append(Span(run, style: runMarked ? .searchMatch : style))
        run = ""
      }
      runMarked = marked[index]
      run.append(character)
    }
    if !run.isEmpty { spans.append(Span(run, style: runMarked ? .searchMatch : style)) }
    return spans
  }
}
