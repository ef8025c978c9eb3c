/// A style as the terminal draws it: colour indexes (-1 for the terminal default) and attributes.
public struct TerminalStyle: Hashable, Sendable {
  public var foreground: Int
  public var background: Int
  public var attributes: TextAttributes

  public init(foreground: Int = -1, background: Int = -1, attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }
}

/// A theme rendered for one colour depth: a `TerminalStyle` for every slot.
public struct Palette: Hashable, Sendable {
  public let depth: ColorDepth
  public let styles: [Style: TerminalStyle]

  public subscript(style: Style) -> TerminalStyle {
    styles[style] ?? TerminalStyle()
  }
}

extension Theme {
  /// This theme for a terminal of the given depth.
  ///
  /// 256 colours are used as given. For 16, a colour above 15 becomes the nearest of the sixteen
  /// basic ones (by xterm's RGB values). For 8, a bright colour becomes its basic colour, a bright
  /// foreground also bold. Without colour, each slot uses its monochrome attributes. When the
  /// mapping leaves foreground and background the same, the foreground is flipped to black or
  /// white so text never disappears.
  public func palette(for depth: ColorDepth) -> Palette {
    var styles: [Style: TerminalStyle] = [:]
    for slot in Style.allCases { styles[slot] = Self.terminalStyle(style(slot), depth: depth) }
    return Palette(depth: depth, styles: styles)
  }

  static func terminalStyle(_ slot: SlotStyle, depth: ColorDepth) -> TerminalStyle {
    guard depth != .none else { return TerminalStyle(attributes: slot.monochrome) }
    var attributes = slot.attributes
    var foreground = index(slot.foreground)
    var background = index(slot.background)
    if depth <= .sixteen {
      foreground = downTo16(foreground)
      background = downTo16(background)
    }
    if depth == .eight {
      if foreground >= 8 {
        foreground -= 8
        attributes.insert(.bold)
      }
      if background >= 8 { background -= 8 }
    }
    if foreground == background && foreground >= 0 && slot.foreground != slot.background {
      foreground = background == 0 ? (depth == .eight ? 7 : 15) : 0
    }
    return TerminalStyle(foreground: foreground, background: background, attributes: attributes)
  }

  static func index(_ color: ThemeColor) -> Int {
    switch color {
    case .terminalDefault: -1
    case .index(let index): index
    }
  }

  static func downTo16(_ index: Int) -> Int {
    index < 16 ? index : RGB.nearest(to: RGB.of(index: index), among: 0..<16)
  }
}
