/// What every style slot looks like: a value, loaded from `themes/*.toml` or built in.
public struct Theme: Hashable, Sendable {
  public var name: String
  public var summary: String
  public var specs: [Style: StyleSpec]

  public init(name: String, summary: String = "", specs: [Style: StyleSpec]) {
    self.name = name
    self.summary = summary
    self.specs = specs
  }

  /// The slot with every property settled, missing ones taken from its parents.
  public func style(_ slot: Style) -> SlotStyle {
    var chain: [StyleSpec] = []
    var current: Style? = slot
    while let style = current {
      if let spec = specs[style] { chain.append(spec) }
      current = style.parent
    }
    func first<Value>(_ property: (StyleSpec) -> Value?) -> Value? {
      for spec in chain { if let value = property(spec) { return value } }
      return nil
    }
    var attributes: TextAttributes = []
    if first(\.bold) == true { attributes.insert(.bold) }
    if first(\.underline) == true { attributes.insert(.underline) }
    if first(\.reverse) == true { attributes.insert(.reverse) }
    if first(\.dim) == true { attributes.insert(.dim) }
    return SlotStyle(
      foreground: first(\.foreground) ?? .terminalDefault,
      background: first(\.background) ?? .terminalDefault,
      attributes: attributes,
      monochrome: specs[slot]?.monochrome
    )
  }
}
