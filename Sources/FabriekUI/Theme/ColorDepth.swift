/// How many colours the terminal can show, which decides how a theme is rendered.
public enum ColorDepth: Int, Comparable, CaseIterable, Hashable, Sendable {
  /// No colour (monochrome terminal, or NO_COLOR set): attributes only.
  case none = 0
  case eight = 8
  case sixteen = 16
  case full = 256

  /// The depth for a terminal reporting `colors` colours; `none` without colour support or when
  /// the user has set NO_COLOR (to anything non-empty, see no-color.org).
  public init(colors: Int, hasColors: Bool, noColor: Bool) {
    if noColor || !hasColors || colors < 8 {
      self = .none
    } else if colors >= 256 {
      self = .full
    } else if colors >= 16 {
      self = .sixteen
    } else {
      self = .eight
    }
  }

  /// Whether NO_COLOR in this environment asks for no colour.
  public static func noColorRequested(in environment: [String: String]) -> Bool {
    !(environment["NO_COLOR"] ?? "").isEmpty
  }

  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
