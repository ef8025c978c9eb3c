/// Bars at eighth-of-a-cell resolution: `█` for whole cells, then one of `▏▎▍▌▋▊▉` for the rest.
public enum Bars {
  public static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// `value` of `most` as a bar at most `width` cells wide; a value above zero shows at least
  /// an eighth, and nothing of zero (or of a zero or negative `most`).
  public static func horizontal(_ value: Double, of most: Double, width: Int) -> String {
    guard value > 0, most > 0, width > 0, value.isFinite, most.isFinite else { return "" }
    let units = max(1, Int((min(value, most) / most * Double(width * 8)).rounded()))
    return String(repeating: "█", count: units / 8) + eighths[units % 8]
  }
}
