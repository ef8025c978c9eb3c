import CNcursesw
import FabriekUI

extension Terminal {
  /// Writes the whole grid in `theme`'s colours and refreshes; ncurses sends only the cells that
  /// changed since the last frame. Each grapheme is written cell by cell (`DisplayWidth.glyphs`)
  /// with setcchar + mvwadd_wch at the column our own width function gives, so layout and screen
  /// always agree. A grid smaller than the screen leaves the rest blank; a larger one is cut.
  /// The terminal cursor shows at `grid.cursor` and is hidden when that is nil.
  public func draw(_ grid: Grid, theme: Theme) {
    guard session != nil else { return }
    apply(theme)
    cnc_erase()
    let screen = size
    let columns = min(grid.width, screen.width)
    for y in 0..<min(grid.height, screen.height) {
      var x = 0
      while x < columns {
        let cell = grid[x, y]
        let width = max(1, DisplayWidth.of(cell.grapheme))
        if !cell.isContinuation { write(cell, x: x, y: y, room: min(width, columns - x)) }
        x += cell.isContinuation ? 1 : width
      }
    }
    placeCursor(grid.cursor, screen: screen)
    cnc_refresh()
  }

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
