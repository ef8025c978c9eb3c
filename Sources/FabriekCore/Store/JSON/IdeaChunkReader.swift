import Dispatch

/// Reads the first part of the ideas array on another thread while the calling thread reads
/// the rest of the board: loading uses both cores. The bytes must stay alive until `wait()`.
final class IdeaChunkReader: @unchecked Sendable {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let releaser: FileBytes?
  private let from: Int
  private let to: Int
  private let finished = DispatchSemaphore(value: 0)
  private var ideas: [Idea] = []
  private var failure: Error?
  private var waited = false

  /// Starts reading the ideas from just after `start` (the array's `[`) up to `split`.
  init(_ bytes: UnsafeBufferPointer<UInt8>, releaser: FileBytes?, start: Int, split: Int, expected: Int) {
    self.bytes = bytes
    ideas.reserveCapacity(min(expected, bytes.count / 64))
    self.releaser = releaser
    from = start + 1
    to = split
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      read()
      finished.signal()
    }
  }

  private func read() {
    var r = JSONReader(bytes, at: from)
    r.releaser = releaser
    do {
      r.skipSpace()
      while r.i < to {
        ideas.append(try Idea(json: &r))
        r.releaseBehind()
        guard r.peek() == UInt8(ascii: ",") else { break }
        r.i += 1
        r.skipSpace()
      }
      if r.i != to { throw r.failure(tr("json.splitPoint")) }
    } catch {
      failure = error
    }
  }

  /// Waits for the other thread; safe to call more than once.
  func wait() {
    if !waited { finished.wait() }
    waited = true
  }

  func result() throws -> [Idea] {
    wait()
    if let failure { throw failure }
    return ideas
  }
}
