import Foundation
import SWXMLHash

/// Which cell styles of a workbook show a number as a date (`xl/styles.xml`): a style's number
/// format is a built-in date or time format (ids 14–22, 27–36, 45–47, 50–58) or a custom one
/// whose code has day, month, year, hour or second letters outside quoted text and brackets
/// (`dd/mm/yyyy hh:mm`; not `0.00` or `[Red]#,##0`).
struct XLSXStyles: Hashable, Sendable {
  /// Per cell style (`s="3"`): shows a date, and shows a time of day.
  private var dates: [Bool] = []
  private var times: [Bool] = []

  init() {}

  init(xml: Data) {
    let doc = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(xml)["styleSheet"]
    var custom: [Int: String] = [:]
    for f in doc["numFmts"]["numFmt"].all {
      if let e = f.element, let id = e.attribute(by: "numFmtId").flatMap({ Int($0.text) }) {
        custom[id] = e.attribute(by: "formatCode")?.text ?? ""
      }
    }
    for xf in doc["cellXfs"]["xf"].all {
      let id = xf.element?.attribute(by: "numFmtId").flatMap { Int($0.text) } ?? 0
      let (date, time) = custom[id].map(Self.kind(ofCode:)) ?? Self.kind(ofBuiltIn: id)
      dates.append(date)
      times.append(time)
    }
  }

  func isDate(_ style: Int) -> Bool { dates.indices.contains(style) && dates[style] }
  func hasTime(_ style: Int) -> Bool { times.indices.contains(style) && times[style] }

  static func kind(ofBuiltIn id: Int) -> (date: Bool, time: Bool) {
    switch id {
    case 14...17, 27...31, 34...36, 50...58: (true, false)
    case 18...21, 32, 33, 45...47: (true, true)
    case 22: (true, true)
    default: (false, false)
    }
  }

  /// Whether a format code shows a date, and a time.
  static func kind(ofCode code: String) -> (date: Bool, time: Bool) {
    var letters = Set<Character>()
    var quoted = false
    var bracket = false
    var escaped = false
    // Only the first section (positive numbers) counts.
    for c in code.lowercased() {
      if escaped {
        escaped = false
        continue
      }
      switch c {
      case "\\": escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      case ";" where !quoted && !bracket: return result(letters)
      default:
        if quoted { continue }
        // `[h]:mm` is elapsed time; any other bracket is a colour or a condition.
        if bracket {
          if c == "h" || c == "m" || c == "s" { letters.insert(c) }
          continue
        }
        if "dmyhse".contains(c) { letters.insert(c) }
      }
    }
    return result(letters)
  }

  private static func result(_ letters: Set<Character>) -> (date: Bool, time: Bool) {
    let date = !letters.isDisjoint(with: ["d", "m", "y", "h", "s", "e"])
    return (date, !letters.isDisjoint(with: ["h", "s"]))
  }
}
