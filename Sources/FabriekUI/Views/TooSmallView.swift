/// What the screen says when it is smaller than 80×24: the size needed, wrapped to fit.
struct TooSmallView {
  let width: Int
  let height: Int

  func draw(into grid: inout Grid) {
    let text = UIText.tooSmall(width: width, height: height)
    let lines = WordWrap.wrap(text, width: max(1, width - 2))
    let top = max(0, (height - lines.count) / 2)
    for (row, segments) in lines.enumerated() where top + row < height {
      let x = max(0, (width - segments.displayWidth) / 2)
      grid.put(segments: segments, x: x, y: top + row, style: .title, maxWidth: width)
    }
  }
}
