/// What a key does in present mode (`Action.present`).
public enum PresentAction: Hashable, Sendable {
  /// `Tab` / `v`, `Shift-Tab`: the next or previous view.
  case cycleView(Action.Direction)
  /// `←/→`, `Space`: the previous or next idea of the agenda (or the focused column).
  case step(Action.Direction)
  /// `+` / `-`: a dot more or less for the spotlighted idea; a minute more or less on the timer view.
  case adjust(Action.Direction)
  /// `s`: start or pause the timer.
  case toggleTimer
  /// A digit: a timer preset. In a key map `.preset(0)` stands for "the digit pressed".
  case preset(Int)
  /// `i`: type a contribution to the spotlighted idea.
  case capture
  /// `S`: the session's summary in an overlay.
  case summary
  /// `Esc` / `q`: back to the board.
  case leave
}
