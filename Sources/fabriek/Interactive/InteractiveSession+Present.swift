import FabriekCore
import FabriekUI

/// Present mode in the run loop: other processes' changes must reach the projector within a
/// second without a keystroke, so while presenting the loop waits for keys in short slices and
/// asks a `BoardWatcher` (inotify on Linux, polling elsewhere) whether the journal or the
/// snapshot changed; when it did, the board is refreshed at once. The watcher is opened on
/// entering present mode and closed on leaving it.
extension InteractiveSession {
  /// How long one wait for a key may last: short while presenting, so that a change another
  /// process makes is drawn within a frame or two.
  var keyTimeout: Int { runner.state.present == nil ? 200 : 50 }

  /// Whether the board's files changed since the last look (false when not presenting).
  func boardFilesChanged() -> Bool {
    guard runner.state.present != nil else {
      watcher = nil
      return false
    }
    if watcher == nil { watcher = BoardWatcher(files: runner.store.files) }
    return watcher?.hasChanged() ?? false
  }
}
