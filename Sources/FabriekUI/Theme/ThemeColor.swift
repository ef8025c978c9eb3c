/// A colour as a theme gives it: the terminal's own default, or an index into the 256-colour
/// palette (0–7 the basic colours, 8–15 their bright variants, 16–255 the xterm cube and greys).
public enum ThemeColor: Hashable, Sendable {
  case terminalDefault
  case index(Int)

  /// The names accepted in theme files for the first sixteen colours.
  public static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "brightBlack", "brightRed", "brightGreen", "brightYellow", "brightBlue", "brightMagenta", "brightCyan",
    "brightWhite",
  ]

  /// Parses "default", a colour name ("brightCyan"), or "#rrggbb" (mapped to the nearest of the
  /// 256 colours); nil for anything else.
  public init?(name: String) {
    if name == "default" {
      self = .terminalDefault
    } else if let index = Self.names.firstIndex(of: name) {
      self = .index(index)
    } else if name.hasPrefix("#"), name.count == 7, let rgb = Int(name.dropFirst(), radix: 16) {
      let color = RGB(red: rgb >> 16 & 0xFF, green: rgb >> 8 & 0xFF, blue: rgb & 0xFF)
      self = .index(RGB.nearest(to: color, among: 16..<256))
    } else {
      return nil
    }
  }

  /// Accepts indexes 0–255.
  public init?(index: Int) {
    guard (0...255).contains(index) else { return nil }
    self = .index(index)
  }

  /// The name a theme file would use: "default", "cyan", or the index.
  public var name: String {
    switch self {
    case .terminalDefault: "default"
    case .index(let index): index < Self.names.count ? Self.names[index] : String(index)
    }
  }
}

extension ThemeColor {
  public static let black = ThemeColor.index(0)
  public static let red = ThemeColor.index(1)
  public static let green = ThemeColor.index(2)
  public static let yellow = ThemeColor.index(3)
  public static let blue = ThemeColor.index(4)
  public static let magenta = ThemeColor.index(5)
  public static let cyan = ThemeColor.index(6)
  public static let white = ThemeColor.index(7)
  public static let brightBlack = ThemeColor.index(8)
  public static let brightRed = ThemeColor.index(9)
  public static let brightGreen = ThemeColor.index(10)
  public static let brightYellow = ThemeColor.index(11)
  public static let brightBlue = ThemeColor.index(12)
  public static let brightMagenta = ThemeColor.index(13)
  public static let brightCyan = ThemeColor.index(14)
  public static let brightWhite = ThemeColor.index(15)
}
