/// The revisit date of a parked idea as a reviewer types it: an ISO date (`2027-03-01`) or a
/// time from today (`+10d`, `+3w`, `+2m`, `+1y`); it must lie in the future.
public enum RevisitDate {
  public enum Problem: Hashable, Sendable, Error {
    case unreadable(String)
    case notInFuture(Day)
  }

  public static func parse(_ text: String, today: Day) -> Result<Day, Problem> {
    let trimmed = text.trimmingCharactersInWhitespace()
    guard let day = Day(typed: trimmed) ?? relative(trimmed, today: today) else { return .failure(.unreadable(trimmed)) }
    return day > today ? .success(day) : .failure(.notInFuture(day))
  }

  private static func relative(_ text: String, today: Day) -> Day? {
    guard text.hasPrefix("+"), let unit = text.last?.lowercased(), text.count >= 3,
      let n = Int(text.dropFirst().dropLast()), (0...1200).contains(n)
    else { return nil }
    switch unit {
    case "d": return today.adding(days: n)
    case "w": return today.adding(days: 7 * n)
    case "m": return adding(months: n, to: today)
    case "y": return adding(months: 12 * n, to: today)
    default: return nil
    }
  }

  /// The same day of the month `months` later, or that month's last day (31 January + 1m is
  /// 28 or 29 February).
  static func adding(months: Int, to day: Day) -> Day? {
    let c = day.components
    let total = c.year * 12 + (c.month - 1) + months
    let year = total / 12
    let month = total % 12 + 1
    return Day(year: year, month: month, day: min(c.day, Day.daysIn(month: month, year: year)))
  }
}
