import FabriekCore

/// The date and amount field kinds: the text a user types, read as a value.
public enum FieldKinds {
  /// `2027-03-01`, `31/12/2027`, `31-12-2027`, `today`, `+3d`, `+2w`, `+1m` (relative to `today`); nil
  /// for an empty field. The Dutch and French words are read in every language too: `vandaag`,
  /// `aujourd'hui`, `+3j` (jours), `+2s` (semaines).
  public static func date(_ text: String, today: Day) throws(FormProblem) -> Day? {
    let trimmed = text.trimmingCharactersInWhitespace()
    if trimmed.isEmpty { return nil }
    if ["today", "vandaag", "aujourd'hui", "aujourd’hui"].contains(trimmed.lowercased()) { return today }
    if let day = Day(typed: trimmed) { return day }
    if trimmed.hasPrefix("+"), let unit = trimmed.last?.lowercased(), trimmed.count >= 3,
      let n = Int(trimmed.dropFirst().dropLast()), (0...1200).contains(n)
    {
      switch unit {
      case "d", "j": return today.adding(days: n)
      case "w", "s": return today.adding(days: 7 * n)
      case "m": if let day = addingMonths(n, to: today) { return day }
      default: break
      }
    }
    throw FormProblem(reason: UIText.notADate(trimmed))
  }

  /// What `Euro(parsing:)` accepts; nil for an empty field.
  public static func amount(_ text: String) throws(FormProblem) -> Euro? {
    let trimmed = text.trimmingCharactersInWhitespace()
    if trimmed.isEmpty { return nil }
    guard let euro = Euro(parsing: trimmed) else { throw FormProblem(reason: UIText.notAnAmount(trimmed)) }
    return euro
  }

  /// What the field resolves to, shown beside it: the date (ISO in English, `1 mrt. 2027` in
  /// Dutch), or the amount as `€ 12.500,00`; nil when the text is empty or unreadable.
  public static func resolvedDate(_ text: String, today: Day) -> String? {
    (try? date(text, today: today))?.flatMap { $0 }.map(Format.day)
  }

  public static func resolvedAmount(_ text: String) -> String? {
    (try? amount(text))?.flatMap { $0 }.map(Format.amount)
  }

  /// The same day of the month `months` later, or that month's last day.
  static func addingMonths(_ months: Int, to day: Day) -> Day? {
    let c = day.components
    let total = c.year * 12 + (c.month - 1) + months
    for d in stride(from: c.day, through: min(c.day, 28), by: -1) {
      if let result = Day(year: total / 12, month: total % 12 + 1, day: d) { return result }
    }
    return nil
  }
}
