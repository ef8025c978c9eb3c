import FabriekUI

/// Turns a second press on the same cell within `window` of the first into a double click;
/// turning the wheel in between makes them two single presses.
struct DoubleClickDetector {
  let window: Duration
  private var lastPress: (x: Int, y: Int, time: ContinuousClock.Instant)?

  init(window: Duration) {
    self.window = window
  }

  mutating func classify(_ event: MouseEvent, at time: ContinuousClock.Instant) -> MouseEvent {
    guard event.kind == .press else {
      if event.kind != .release { lastPress = nil }
      return event
    }
    if let last = lastPress, last.x == event.x, last.y == event.y, time - last.time <= window {
      lastPress = nil
      return MouseEvent(.doubleClick, x: event.x, y: event.y)
    }
    lastPress = (event.x, event.y, time)
    return event
  }
}
