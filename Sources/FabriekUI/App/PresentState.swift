import FabriekCore

/// Present mode (README.md, “Present”): the board on a projector for a room of outsiders.
/// Which view is shown, the session it runs in, the spotlighted idea, the timer and the line
/// being typed as a contribution. `publicText` is rebuilt when the board changes, never per frame.
public struct PresentState: Sendable {
  /// The four views `Tab` cycles through.
  public enum View: String, CaseIterable, Hashable, Sendable {
    case board, spotlight, votes, timer
  }

  public internal(set) var view: View
  /// The session votes and contributions go to; nil until the first vote or note starts one.
  public internal(set) var sessionID: SessionID?
  public internal(set) var spotlight: IdeaID?
  public internal(set) var timer = PresentTimer()
  /// The contribution being typed after `i`; nil when not capturing.
  public internal(set) var capture: String?
  /// The session summary overlay's first line, while it is open.
  public internal(set) var summaryScroll: Int?
  /// The theme to go back to when present mode ends.
  let previousTheme: String
  /// The board's text made fit for the room.
  public internal(set) var publicText: PublicText

  init(board: Board, sessionID: SessionID?, spotlight: IdeaID?, previousTheme: String) {
    view = .spotlight
    self.sessionID = sessionID
    self.spotlight = spotlight
    self.previousTheme = previousTheme
    publicText = PublicText(board: board)
  }

  /// Any board text on its way to the screen.
  public func clean(_ text: String) -> String { publicText.clean(text) }
}

/// A countdown for a timebox. It keeps the time left when it was last started or paused and
/// the clock at that moment, so a tick only has to subtract. `update` has no clock of its own
/// (the state's `now` is the last tick's), so a start waits for the next tick to take its time:
/// the run loop ticks every second while a timer runs.
public struct PresentTimer: Hashable, Sendable {
  /// The length chosen (a preset, or changed a minute at a time), in seconds.
  public internal(set) var duration = 10 * 60
  /// Seconds left at `startedAt` (or now, when paused).
  public internal(set) var left = 10 * 60
  public internal(set) var startedAt: Timestamp?
  /// Started, and waiting for the next tick to know when.
  public internal(set) var isStarting = false
  /// The presets of the digit keys `1`…`5`, in minutes.
  public static let presets = [5, 10, 15, 20, 30]

  public var isRunning: Bool { startedAt != nil || isStarting }

  /// Seconds left at `now`, never below zero.
  public func remaining(at now: Timestamp) -> Int {
    guard let startedAt else { return left }
    return max(0, left - Int(now.seconds - startedAt.seconds))
  }

  /// The time is up: the countdown reached zero (running or not).
  public func isUp(at now: Timestamp) -> Bool { remaining(at: now) == 0 }

  mutating func toggle(at now: Timestamp) {
    if isRunning {
      left = remaining(at: now)
      startedAt = nil
      isStarting = false
    } else {
      if left == 0 { left = duration }
      isStarting = true
    }
  }

  mutating func set(minutes: Int, at now: Timestamp) {
    duration = max(60, minutes * 60)
    left = duration
    restart()
  }

  /// Adds or takes a minute (never below zero, nor above 99 minutes).
  mutating func adjust(byMinutes minutes: Int, at now: Timestamp) {
    left = min(99 * 60, max(0, remaining(at: now) + minutes * 60))
    duration = max(60, left)
    restart()
  }

  /// A running timer counts on from the next tick.
  private mutating func restart() {
    guard isRunning else { return }
    startedAt = nil
    isStarting = true
  }

  /// A tick: a start takes its time; a running timer that reached zero stops there.
  mutating func tick(at now: Timestamp) {
    if isStarting {
      startedAt = now
      isStarting = false
    }
    guard startedAt != nil, remaining(at: now) == 0 else { return }
    left = 0
    startedAt = nil
  }
}
