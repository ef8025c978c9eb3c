extension Theme {
  static func decodeSpec(_ table: TOMLTable, slot: String) throws(TOMLError) -> StyleSpec {
    var spec = StyleSpec()
    for key in table.keys {
      guard let entry = table[key] else { continue }
      switch key {
      case "fg": spec.foreground = try color(entry, key: key, slot: slot)
      case "bg": spec.background = try color(entry, key: key, slot: slot)
      case "bold": spec.bold = try flag(entry, key: key, slot: slot)
      case "underline": spec.underline = try flag(entry, key: key, slot: slot)
      case "reverse": spec.reverse = try flag(entry, key: key, slot: slot)
      case "dim": spec.dim = try flag(entry, key: key, slot: slot)
      case "mono":
        guard case .string(let names) = entry.value, let attributes = TextAttributes(names: names) else {
          throw TOMLError(
            line: entry.line,
            reason: "“mono” in slot “\(slot)” must list attributes, such as \"bold reverse\" or \"none\"")
        }
        spec.monochrome = attributes
      default:
        throw TOMLError(
          line: entry.line,
          reason: "unknown property “\(key)” in slot “\(slot)”; use fg, bg, bold, underline, reverse, dim or mono")
      }
    }
    return spec
  }

  static func color(_ entry: TOMLTable.Entry, key: String, slot: String) throws(TOMLError) -> ThemeColor {
    switch entry.value {
    case .string(let name):
      if let color = ThemeColor(name: name) { return color }
      throw TOMLError(
        line: entry.line,
        reason: "“\(name)” is not a colour (in “\(key)” of slot “\(slot)”); use default, a name such as brightCyan, "
          + "an index 0–255 or #rrggbb")
    case .integer(let index):
      if let color = ThemeColor(index: index) { return color }
      throw TOMLError(line: entry.line, reason: "colour index \(index) in slot “\(slot)” is outside 0–255")
    default:
      throw TOMLError(
        line: entry.line,
        reason: "“\(key)” in slot “\(slot)” must be a colour name or index, not \(entry.value.kindDescription)")
    }
  }

  static func flag(_ entry: TOMLTable.Entry, key: String, slot: String) throws(TOMLError) -> Bool {
    guard case .boolean(let value) = entry.value else {
      throw TOMLError(line: entry.line, reason: "“\(key)” in slot “\(slot)” must be true or false")
    }
    return value
  }
}
