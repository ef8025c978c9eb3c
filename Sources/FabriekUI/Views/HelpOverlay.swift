import FabriekCore

/// The help overlay: every layer of the key map, keys and what they do, generated from the
/// tables, in the current language. A layer that is a state of the screen before it (a prompt,
/// a filter, a form's question) follows that screen's keys without a blank line between.
struct HelpOverlay {
  let state: AppState
  let layout: ScreenLayout

  /// The width of the keys' column.
  static let keyWidth = 22

  /// One entry of the overlay before it is wrapped to a width: a heading, a key's line or a
  /// blank line; `layer` is the key layer a heading begins.
  struct Entry {
    var heading: String?
    var keys: String = ""
    var text: String = ""
    var layer: KeyLayer?
  }

  /// The overlay's entries in the current language.
  static var entries: [Entry] {
    var entries: [Entry] = []
    for layer in KeyLayer.allCases {
      if !entries.isEmpty && !layer.isPartOfThePrevious { entries.append(Entry()) }
      let map = KeyMap.layer(layer)
      entries.append(Entry(heading: layer.helpHeading, layer: layer))
      for binding in map.bindings { entries.append(Entry(keys: binding.keyNames, text: binding.help)) }
      if let other = map.otherKeysHelp { entries.append(Entry(keys: KeyMap.otherKeysName, text: other)) }
    }
    entries.append(Entry())
    entries.append(Entry(heading: UIText.helpPalette))
    for command in PaletteCommand.all { entries.append(Entry(keys: command.usage, text: command.help)) }
    entries.append(Entry())
    entries.append(Entry(heading: UIText.helpViews))
    for (usage, query) in UIText.builtInViews { entries.append(Entry(keys: usage, text: query)) }
    entries.append(Entry())
    entries.append(Entry(heading: UIText.helpBadges))
    for (badge, meaning) in UIText.badgeLegend { entries.append(Entry(keys: badge, text: meaning)) }
    return entries
  }

  /// The overlay's lines, unwrapped (each help text on one line, however long).
  static var lines: [[Span]] { lines(width: nil).lines }

  /// The overlay's lines for a text column `width` cells wide (nil: unwrapped): a text longer
  /// than its column goes on below, under the column, broken between words; and the line each
  /// layer's heading is on.
  static func lines(width: Int?) -> (lines: [[Span]], headings: [KeyLayer: Int]) {
    var lines: [[Span]] = []
    var headings: [KeyLayer: Int] = [:]
    for entry in entries {
      if let heading = entry.heading {
        if let layer = entry.layer { headings[layer] = lines.count }
        for part in wrapped(heading, width: width) { lines.append([Span(part, style: .detailHeading)]) }
      } else if entry.keys.isEmpty && entry.text.isEmpty {
        lines.append([])
      } else {
        let parts = wrapped(entry.text, width: width.map { $0 - keyWidth })
        for (index, part) in parts.enumerated() {
          let keys = index == 0 ? DisplayWidth.fit(entry.keys, to: keyWidth) : String(repeating: " ", count: keyWidth)
          lines.append([Span(keys, style: .helpKey), Span(part, style: .helpText)])
        }
      }
    }
    return (lines, headings)
  }

  private static func wrapped(_ text: String, width: Int?) -> [String] {
    guard let width, width > 0, DisplayWidth.of(text) > width else { return [text] }
    let parts = WordWrap.wrap(text, width: width).map { $0.map(\.text).joined() }
    return parts.isEmpty ? [text] : parts
  }

  /// The overlay covers the board and the detail; its text sits in a centred column this wide.
  static let textWidth = 84

  static func box(in layout: ScreenLayout) -> Rect { OverlayFrame.box(in: layout) }

  /// The width of the overlay's text column at this size.
  static func textWidth(in layout: ScreenLayout) -> Int { min(textWidth, box(in: layout).width - 4) }

  /// The overlay's lines at this size.
  static func lines(in layout: ScreenLayout) -> (lines: [[Span]], headings: [KeyLayer: Int]) {
    lines(width: textWidth(in: layout))
  }

  /// The text of each of the overlay's lines at this size, as the help's search reads it.
  static func text(in layout: ScreenLayout) -> [String] {
    lines(in: layout).lines.map { $0.map(\.text).joined() }
  }

  static func visibleRows(in layout: ScreenLayout) -> Int { OverlayFrame.visibleRows(in: layout) }

  func draw(into grid: inout Grid) {
    let box = OverlayFrame.draw(into: &grid, in: layout)
    let width = Self.textWidth(in: layout)
    let left = box.x + (box.width - width) / 2
    let lines = Self.lines(in: layout).lines
    grid.put(" " + UIText.helpTitle + " ", x: left, y: box.y, style: .title)
    let rows = Self.visibleRows(in: layout)
    for row in 0..<rows {
      let index = state.helpScroll + row
      guard index < lines.count else { break }
      var spans = lines[index]
      if index == state.help.match { spans = spans.map { Span($0.text, style: .searchMatch) } }
      grid.put(spans: spans, x: left, y: box.y + 1 + row, maxWidth: width)
    }
    let below = lines.count - state.helpScroll - rows
    var end = left
    if below > 0 {
      end = grid.put(" " + UIText.linesBelow(below) + " ", x: left, y: box.maxY - 1, style: .moreMarker)
    }
    if let query = state.help.query { drawSearch(query, lines: lines, after: end, into: &grid) }
  }

  /// The help's search on the bottom rule: `/query`, and which match is in view of how many.
  private func drawSearch(_ query: String, lines: [[Span]], after end: Int, into grid: inout Grid) {
    let box = Self.box(in: layout)
    let text = lines.map { $0.map(\.text).joined() }
    let matches = HelpState.matches(of: query, in: text)
    let current = state.help.match.flatMap { matches.firstIndex(of: $0) }.map { $0 + 1 }
    let x = end + 1
    let room = max(0, box.maxX - 1 - x)
    let after = grid.put(
      spans: [Span(" /", style: .statusKey), Span(query, style: .input)], x: x, y: box.maxY - 1, maxWidth: room)
    if state.help.isTyping { grid.cursor = Point(x: min(after, box.maxX - 1), y: box.maxY - 1) }
    let summary = query.isEmpty ? "" : "  " + UIText.matches(matches.count, current: current)
    grid.put(summary + " ", x: after, y: box.maxY - 1, style: .dim, maxWidth: max(0, box.maxX - 1 - after))
  }
}
