/// The frame of an overlay that covers the screen above the message line (the help, an
/// import's dry run): the area filled in the dialog style, a rule at the top and the bottom,
/// and the rows between them for the text.
enum OverlayFrame {
  static func box(in layout: ScreenLayout) -> Rect {
    Rect(x: 0, y: layout.main.y, width: layout.width, height: max(3, layout.main.height))
  }

  static func visibleRows(in layout: ScreenLayout) -> Int { max(1, box(in: layout).height - 2) }

  /// Fills the box and draws its rules; returns the box.
  @discardableResult
  static func draw(into grid: inout Grid, in layout: ScreenLayout) -> Rect {
    let box = box(in: layout)
    grid.fill(box, style: .dialog)
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: .borderFocused, with: "─")
    grid.fill(Rect(x: box.x, y: box.maxY - 1, width: box.width, height: 1), style: .borderFocused, with: "─")
    return box
  }
}
