/// What changed between two frames of the same size: the runs of cells a terminal must be
/// sent, left to right and top to bottom, as ratatui's `Buffer::diff` does. A run starts and
/// ends on whole graphemes: a wide character that changed is sent with its continuation, and a
/// continuation that changed sends the character it belongs to.
public struct GridRun: Hashable, Sendable, CustomStringConvertible {
  public var y: Int
  public var x: Int
  /// Columns covered, continuation cells included.
  public var count: Int

  public init(y: Int, x: Int, count: Int) { self.y = y; self.x = x; self.count = count }

  public var description: String { "row \(y) columns \(x)..<\(x + count)" }
}

extension Grid {
  /// The runs of `self` that differ from `previous`; every cell when the sizes differ or there
  /// is no previous frame (a resize or a full repaint starts from a blank frame).
  public func changedRuns(since previous: Grid?) -> [GridRun] {
    guard let previous, previous.width == width, previous.height == height else {
      return width == 0 ? [] : (0..<height).map { GridRun(y: $0, x: 0, count: width) }
    }
    var runs: [GridRun] = []
    cells.withUnsafeBufferPointer { new in
      previous.cells.withUnsafeBufferPointer { old in
        for y in 0..<height {
          let row = y * width
          var x = 0
          while x < width {
            if new[row + x] == old[row + x] {
              x += 1
              continue
            }
            // Back to the start of the grapheme in either frame.
            var start = x
            while start > 0, new[row + start].isContinuation || old[row + start].isContinuation { start -= 1 }
            var end = x + 1
            // Forward over unequal cells and the continuations of what the run covers.
            while end < width,
              new[row + end] != old[row + end] || new[row + end].isContinuation || old[row + end].isContinuation
            {
              end += 1
            }
            if let last = runs.last, last.y == y, last.x + last.count >= start {
              runs[runs.count - 1].count = max(last.count, end - last.x)
            } else {
              runs.append(GridRun(y: y, x: start, count: end - start))
            }
            x = end
          }
        }
      }
    }
    return runs
  }
}
