import FabriekCore

/// `:person erase`'s question and then its result, over the screen above the message line:
/// each sentence wrapped to the width, scrolled; the title says what the keys do now.
struct ErasureView {
  let erasure: ErasureState
  let layout: ScreenLayout

  /// The sentences wrapped to the box's width (board texts in them are sanitised by the wrap).
  static func rows(_ erasure: ErasureState, in layout: ScreenLayout) -> [[TextSegment]] {
    let width = max(1, OverlayFrame.box(in: layout).width - 4)
    return erasure.lines.flatMap { line -> [[TextSegment]] in
      line.isEmpty ? [[]] : WordWrap.wrap(line, width: width)
    }
  }

  func draw(into grid: inout Grid) {
    let box = OverlayFrame.draw(into: &grid, in: layout)
    let title: String =
      switch erasure.phase {
      case .asking: tr("ui.privacy.title.ask")
      case .erasing: tr("ui.privacy.title.erasing")
      case .done(let failed): failed ? tr("ui.privacy.title.failed") : tr("ui.privacy.title.done")
      }
    grid.put(" " + title + " ", x: box.x + 2, y: box.y, style: .title, maxWidth: box.width - 4)
    let rows = Self.rows(erasure, in: layout)
    let visible = OverlayFrame.visibleRows(in: layout)
    for (n, row) in rows.dropFirst(erasure.scroll).prefix(visible).enumerated() {
      grid.put(segments: row, x: box.x + 2, y: box.y + 1 + n, style: .dialog, maxWidth: box.width - 4)
    }
    let below = rows.count - erasure.scroll - visible
    if below > 0 {
      grid.put(" " + UIText.linesBelow(below) + " ", x: box.x + 2, y: box.maxY - 1, style: .moreMarker)
    }
  }
}
