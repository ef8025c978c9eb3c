/// One terminal cell as `FabriekTerminal` writes it: a spacing scalar followed by at most four
/// zero-width marks (ncursesw's `CCHARW_MAX` is five), one or two columns wide.
public struct Glyph: Hashable, Sendable {
  /// The scalars written with one `setcchar` + `mvwadd_wch`; the first is always a spacing one.
  public var scalars: [Unicode.Scalar]
  /// The columns the cell takes: the width of its first scalar.
  public var width: Int

  public init(scalars: [Unicode.Scalar], width: Int) {
    self.scalars = scalars
    self.width = width
  }

  static let blank = Glyph(scalars: [" "], width: 1)
  static let replacement = Glyph(scalars: ["\u{FFFD}"], width: 1)
  static let dottedCircle: Unicode.Scalar = "\u{25CC}"
  static let maximumScalars = 5
}
