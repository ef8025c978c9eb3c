import CNcursesw
import FabriekUI

extension Terminal {
  /// Draws `grid` in `theme`'s colours and refreshes. Only the cells that differ from the
  /// previous frame are handed to ncurses (`Grid.changedRuns`); a new size, a new palette or
  /// `invalidate()` (Ctrl-L) starts from a blank frame and repaints the whole terminal. Each
  /// grapheme is written cell by cell (`DisplayWidth.glyphs`) with setcchar + mvwadd_wch at the
  /// column our own width function gives, so layout and screen always agree. A grid smaller
  /// than the screen leaves the rest blank; a larger one is cut. The terminal cursor shows at
  /// `grid.cursor` and is hidden when that is nil.
  public func draw(_ grid: Grid, theme: Theme) {
    guard session != nil else { return }
    apply(theme)
    let screen = size
    let columns = min(grid.width, screen.width)
    let rows = min(grid.height, screen.height)
    var previous = lastFrame
    if previous?.width != grid.width || previous?.height != grid.height || lastScreen != screen
      || lastGeneration != styleTable.generation || repaintAll
    {
      // A new size also clears the terminal itself: what it kept of the old layout (a
      // terminal reflows on resize) would otherwise stay where the new frame leaves blanks.
      if repaintAll || (lastScreen != nil && lastScreen != screen) { cnc_clear_on_next_refresh() }
      previous = nil
      cnc_erase()
    }
    for run in grid.changedRuns(since: previous) where run.y < rows && run.x < columns {
      let y = run.y
      var x = run.x
      let end = min(run.x + run.count, columns)
      while x < end {
        let cell = grid[x, y]
        let width = max(1, DisplayWidth.of(cell.grapheme))
        if !cell.isContinuation { write(cell, x: x, y: y, room: min(width, columns - x)) }
        x += cell.isContinuation ? 1 : width
      }
    }
    lastFrame = grid
    lastScreen = screen
    lastGeneration = styleTable.generation
    repaintAll = false
    placeCursor(grid.cursor, screen: screen)
    cnc_refresh()
  }

  /// The next `draw` repaints the whole terminal, whatever ncurses believes it shows (Ctrl-L,
  /// or after another program wrote to the terminal).
  public func invalidate() { repaintAll = true }

  func placeCursor(_ cursor: Point?, screen: TerminalSize) {
    let visible = cursor.map { $0.x >= 0 && $0.y >= 0 && $0.x < screen.width && $0.y < screen.height } ?? false
    if visible != cursorVisible {
      cnc_cursor_visible(visible ? 1 : 0)
      cursorVisible = visible
    }
    if let cursor, visible { cnc_move(Int32(cursor.y), Int32(cursor.x)) }
  }

  /// Writes one grid cell's glyphs within `room` columns; what does not fit stays blank.
  func write(_ cell: Cell, x: Int, y: Int, room: Int) {
    let entry = styleTable[cell.style]
    if let ascii = cell.grapheme.asciiValue, ascii >= 0x20, ascii < 0x7F {
      var scalar = Int32(ascii)
      cnc_put_cell(Int32(y), Int32(x), &scalar, 1, entry.attributes, entry.pair)
      return
    }
    var column = 0
    for glyph in DisplayWidth.glyphs(of: cell.grapheme) where column + glyph.width <= room {
      let scalars = glyph.scalars.map { Int32(bitPattern: $0.value) }
      scalars.withUnsafeBufferPointer { buffer in
        _ = cnc_put_cell(
          Int32(y), Int32(x + column), buffer.baseAddress, Int32(buffer.count), entry.attributes, entry.pair)
      }
      column += glyph.width
    }
    var blank: Int32 = 0x20
    while column < room {
      cnc_put_cell(Int32(y), Int32(x + column), &blank, 1, entry.attributes, entry.pair)
      column += 1
    }
  }
}
