/// A style slot as a theme writes it. A property left nil is taken from the slot's parent.
public struct StyleSpec: Hashable, Sendable {
  public var foreground: ThemeColor?
  public var background: ThemeColor?
  public var bold: Bool?
  public var underline: Bool?
  public var reverse: Bool?
  public var dim: Bool?
  /// Attributes to use instead of colours on a terminal without colour; when nil they are
  /// derived (the slot's attributes, plus reverse if it has a background colour).
  public var monochrome: TextAttributes?

  public init(
    fg foreground: ThemeColor? = nil, bg background: ThemeColor? = nil, bold: Bool? = nil, underline: Bool? = nil,
    reverse: Bool? = nil, dim: Bool? = nil, monochrome: TextAttributes? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
    self.monochrome = monochrome
  }
}

/// A style slot with every property settled: what a view's cell looks like.
public struct SlotStyle: Hashable, Sendable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var attributes: TextAttributes
  public var monochrome: TextAttributes

  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
    attributes: TextAttributes = [], monochrome: TextAttributes? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.monochrome = monochrome ?? attributes.union(background == .terminalDefault ? [] : .reverse)
  }
}
