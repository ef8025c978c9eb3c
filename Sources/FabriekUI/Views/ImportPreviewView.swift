import FabriekCore

/// The import's dry run over the whole screen above the message line, scrolled; the title
/// names the file and the keys that decide.
struct ImportPreviewView {
  let preview: ImportPreview
  let layout: ScreenLayout

  static func visibleRows(in layout: ScreenLayout) -> Int { OverlayFrame.visibleRows(in: layout) }

  func draw(into grid: inout Grid) {
    let box = OverlayFrame.draw(into: &grid, in: layout)
    let title = " " + tr("import.title", ["file": Sanitizer.segments(preview.file).plainText]) + " "
    grid.put(title, x: box.x + 2, y: box.y, style: .title, maxWidth: box.width - 4)
    let rows = Self.visibleRows(in: layout)
    for (n, line) in preview.lines.dropFirst(preview.scroll).prefix(rows).enumerated() {
      let style: Style = line.hasPrefix(" ") || line.isEmpty ? .dialog : .detailHeading
      grid.put(line, x: box.x + 2, y: box.y + 1 + n, style: style, maxWidth: box.width - 4)
    }
    let below = preview.lines.count - preview.scroll - rows
    if below > 0 {
      grid.put(" " + UIText.linesBelow(below) + " ", x: box.x + 2, y: box.maxY - 1, style: .moreMarker)
    }
  }
}
