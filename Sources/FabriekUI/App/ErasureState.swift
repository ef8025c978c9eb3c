import FabriekCore

/// `:person erase` on a row of `:people` (or `:person erase-all` on the rows a filter shows):
/// the same warning `fabriek person erase` prints, waiting for `y`; then what was done.
public struct ErasureState: Hashable, Sendable {
  public enum Phase: Hashable, Sendable {
    /// The warning is shown; `y` erases, `n` or Esc changes nothing.
    case asking
    /// The store is erasing (the screen shows it until the answer comes).
    case erasing
    /// What the erasure did and the byte search's result; any closing key goes back.
    case done(failed: Bool)
  }

  /// The people to erase, in the list's order.
  public let people: [PersonID]
  /// Why, as typed after the command (recorded with each erasure).
  public let reason: String
  /// The warning while asking, then the result.
  public internal(set) var lines: [String]
  public internal(set) var phase: Phase = .asking
  public internal(set) var scroll = 0

  init(people: [PersonID], reason: String, lines: [String]) {
    self.people = people
    self.reason = reason
    self.lines = lines
  }
}
