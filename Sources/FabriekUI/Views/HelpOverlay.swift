/// The help overlay: every layer of the key map, keys and what they do, generated from the
/// tables. A layer that is a state of the screen before it (a prompt, a filter, a form's
/// question) follows that screen's keys without a blank line between.
struct HelpOverlay {
  let state: AppState
  let layout: ScreenLayout

  /// The overlay's lines, the same at every size (long lines are clipped, not wrapped).
  static let lines: [[Span]] = {
    var lines: [[Span]] = []
    for layer in KeyLayer.allCases {
      if !lines.isEmpty && !layer.isPartOfThePrevious { lines.append([]) }
      let map = KeyMap.layer(layer)
      lines.append([Span(layer.helpHeading, style: .detailHeading)])
      for binding in map.bindings { lines.append(line(binding.keyNames, binding.help)) }
      if let other = map.otherKeysHelp { lines.append(line(KeyMap.otherKeysName, other)) }
    }
    lines.append([])
    lines.append([Span(UIText.helpPalette, style: .detailHeading)])
    for command in PaletteCommand.all { lines.append(line(command.usage, command.help)) }
    lines.append([])
    lines.append([Span(UIText.helpViews, style: .detailHeading)])
    for (usage, query) in UIText.builtInViews { lines.append(line(usage, query)) }
    lines.append([])
    lines.append([Span(UIText.helpBadges, style: .detailHeading)])
    for (badge, meaning) in UIText.badgeLegend { lines.append(line(badge, meaning)) }
    return lines
  }()

  private static func line(_ keys: String, _ help: String) -> [Span] {
    [Span(DisplayWidth.fit(keys, to: 22), style: .helpKey), Span(help, style: .helpText)]
  }

  /// The overlay covers the board and the detail; its text sits in a centred column this wide.
  static let textWidth = 84

  static func box(in layout: ScreenLayout) -> Rect {
    Rect(x: 0, y: layout.main.y, width: layout.width, height: max(3, layout.main.height))
  }

  static func visibleRows(in layout: ScreenLayout) -> Int { max(1, box(in: layout).height - 2) }

  func draw(into grid: inout Grid) {
    let box = Self.box(in: layout)
    grid.fill(box, style: .dialog)
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: .borderFocused, with: "─")
    grid.fill(Rect(x: box.x, y: box.maxY - 1, width: box.width, height: 1), style: .borderFocused, with: "─")
    let width = min(Self.textWidth, box.width - 4)
    let left = box.x + (box.width - width) / 2
    grid.put(" " + UIText.helpTitle + " ", x: left, y: box.y, style: .title)
    let rows = Self.visibleRows(in: layout)
    for row in 0..<rows {
      let index = state.helpScroll + row
      guard index < Self.lines.count else { break }
      grid.put(spans: Self.lines[index], x: left, y: box.y + 1 + row, maxWidth: width)
    }
    let below = Self.lines.count - state.helpScroll - rows
    if below > 0 {
      grid.put(" " + UIText.linesBelow(below) + " ", x: left, y: box.maxY - 1, style: .moreMarker)
    }
  }
}
