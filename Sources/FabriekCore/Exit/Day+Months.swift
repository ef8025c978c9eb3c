extension Day {
  /// The same day of the month `months` later (or earlier, negative), or the month's last day
  /// when it is shorter: 31 Aug + 6 months is 28 Feb, or 29 Feb in a leap year; 29 Feb + 12
  /// months is 28 Feb.
  public func adding(months: Int) -> Day {
    let c = components
    let index = c.year * 12 + (c.month - 1) + months
    let year = index >= 0 ? index / 12 : (index - 11) / 12
    let month = index - year * 12 + 1
    let day = min(c.day, Day.daysIn(month: month, year: year))
    return Day(daysSinceEpoch: Day.daysFromCivil(year, month, day))
  }
}
