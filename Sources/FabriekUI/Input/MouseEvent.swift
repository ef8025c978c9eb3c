/// A mouse event at a cell of the screen (column `x`, row `y`, from 0 at the top left): the
/// left button pressed or released, a second press on the same cell soon after the first
/// (`doubleClick`, instead of `press`), or the wheel turned.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    case press, release, doubleClick, wheelUp, wheelDown

    /// -1 for a wheel notch up, 1 for one down; nil for the buttons.
    public var wheelNotch: Int? {
      switch self {
      case .wheelUp: -1
      case .wheelDown: 1
      default: nil
      }
    }
  }

  public var kind: Kind
  public var x: Int
  public var y: Int

  public init(_ kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}
