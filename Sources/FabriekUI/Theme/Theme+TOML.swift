extension Theme {
  /// Reads a theme file:
  ///
  /// ```toml
  /// description = "Dark background"
  /// [slots]
  /// normal = { fg = "default", bg = "default" }
  /// cardFocused = { fg = "black", bg = "cyan", bold = true }
  /// [slots.statusBar]
  /// fg = 231          # 0–255, a name such as "brightCyan", "#rrggbb" or "default"
  /// bg = "blue"
  /// mono = "reverse"  # attributes to use on a terminal without colour
  /// ```
  ///
  /// Slot names are `Style` raw values; properties are fg, bg, bold, underline, reverse, dim
  /// and mono. Anything unknown is an error naming its line.
  public init(toml text: String, name: String, path: String) throws(ThemeError) {
    let root: TOMLTable
    do {
      root = try TOMLParser.parse(text)
    } catch {
      throw ThemeError.invalidFile(path: path, line: error.line, reason: error.reason)
    }
    do {
      self = try Self.decode(root, name: name)
    } catch {
      throw ThemeError.invalidFile(path: path, line: error.line, reason: error.reason)
    }
  }

  static func decode(_ root: TOMLTable, name: String) throws(TOMLError) -> Theme {
    var theme = Theme(name: name, specs: [:])
    for key in root.keys {
      guard let entry = root[key] else { continue }
      switch (key, entry.value) {
      case ("description", .string(let text)): theme.summary = text
      case ("slots", .table(let slots)): theme.specs = try decodeSlots(slots)
      case ("description", _), ("slots", _):
        throw TOMLError(line: entry.line, reason: "“\(key)” must be \(key == "slots" ? "a table" : "a string")")
      default:
        throw TOMLError(line: entry.line, reason: "unknown key “\(key)”; a theme has “description” and [slots]")
      }
    }
    return theme
  }

  static func decodeSlots(_ slots: TOMLTable) throws(TOMLError) -> [Style: StyleSpec] {
    var specs: [Style: StyleSpec] = [:]
    for key in slots.keys {
      guard let entry = slots[key] else { continue }
      guard let slot = Style(rawValue: key) else {
        throw TOMLError(line: entry.line, reason: "“\(key)” is not a style slot (slots are: \(slotNames))")
      }
      guard case .table(let table) = entry.value else {
        throw TOMLError(line: entry.line, reason: "slot “\(key)” must be a table such as { fg = \"cyan\" }")
      }
      specs[slot] = try decodeSpec(table, slot: key)
    }
    return specs
  }

  static var slotNames: String { Style.allCases.map(\.rawValue).joined(separator: ", ") }
}
