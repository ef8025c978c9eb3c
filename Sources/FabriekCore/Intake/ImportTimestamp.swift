/// When a candidate submitted the form, as web forms and spreadsheets write it: `31/12/2026
/// 14:30:05` (the Belgian day-first order, also with `-` or `.`, two-digit years as 20xx),
/// `2026-12-31 14:30`, or ISO 8601 with `Z` or an offset. A time without a zone is Belgian local
/// time (CET, or CEST from the last Sunday of March to the last Sunday of October, the EU rule
/// since 1996); a date without a time is noon local time.
enum ImportTimestamp {
  static func parse(_ text: String) -> Timestamp? {
    let s = Substring(text.trimmingCharactersInWhitespace())
    let cut = s.firstIndex { $0 == " " || $0 == "T" } ?? s.endIndex
    guard let day = date(s[..<cut]) else { return nil }
    var rest = s[cut...].drop { $0 == " " || $0 == "T" }
    var offset: Int64?
    if rest.hasSuffix("Z") {
      offset = 0
      rest = rest.dropLast()
    } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
      let parts = numbers(rest[rest.index(after: sign)...], separator: ":")
      guard let p = parts, (1...2).contains(p.count), p[0] <= 14, p.count == 1 || p[1] < 60 else { return nil }
      let seconds = Int64(p[0] * 3600 + (p.count == 2 ? p[1] * 60 : 0))
      offset = rest[sign] == "+" ? seconds : -seconds
      rest = rest[..<sign]
    }
    var clock = (12, 0, 0)
    if !rest.isEmpty {
      let whole = rest.split(separator: ".", maxSplits: 1).first ?? rest
      guard let t = numbers(whole, separator: ":"), (2...3).contains(t.count), t[0] < 24, t[1] < 60,
        t.count == 2 || t[2] < 61
      else { return nil }
      clock = (t[0], t[1], t.count == 3 ? t[2] : 0)
    }
    let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(clock.0 * 3600 + clock.1 * 60 + clock.2)
    return Timestamp(seconds: local - (offset ?? brusselsOffset(local: local, year: day.components.year)))
  }

  private static func date(_ s: Substring) -> Day? {
    guard let n = numbers(s, separator: "/") ?? numbers(s, separator: "-") ?? numbers(s, separator: "."),
      n.count == 3
    else { return nil }
    let yearFirst = s.prefix { $0.isNumber }.count == 4
    var (y, m, d) = yearFirst ? (n[0], n[1], n[2]) : (n[2], n[1], n[0])
    if y < 100 && !yearFirst { y += 2000 }
    guard (1900...2200).contains(y) else { return nil }
    return Day(year: y, month: m, day: d)
  }

  /// `12:30:05` → [12, 30, 5]; nil when a part is empty or not 1–4 ASCII digits.
  private static func numbers(_ s: Substring, separator: Character) -> [Int]? {
    guard let sep = separator.asciiValue else { return nil }
    var out: [Int] = []
    var value = 0
    var digits = 0
    for b in s.utf8 {
      if b == sep {
        guard digits > 0 else { return nil }
        out.append(value)
        (value, digits) = (0, 0)
      } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") && digits < 4 {
        value = value * 10 + Int(b - UInt8(ascii: "0"))
        digits += 1
      } else {
        return nil
      }
    }
    guard digits > 0 else { return nil }
    out.append(value)
    return out
  }

  /// CET is UTC+1; CEST (UTC+2) runs from 01:00 UTC on the last Sunday of March to 01:00 UTC
  /// on the last Sunday of October.
  static func brusselsOffset(local: Int64, year: Int) -> Int64 {
    let utc = local - 3600
    let start = Int64(lastSunday(month: 3, year: year).daysSinceEpoch) * 86_400 + 3600
    let end = Int64(lastSunday(month: 10, year: year).daysSinceEpoch) * 86_400 + 3600
    return utc >= start && utc < end ? 7200 : 3600
  }

  static func lastSunday(month: Int, year: Int) -> Day {
    let last = Day(year: year, month: month, day: 31) ?? Day(daysSinceEpoch: 0)
    // 1970-01-01 was a Thursday, so a day is a Sunday when (days + 4) is a multiple of 7.
    let weekday = ((last.daysSinceEpoch + 4) % 7 + 7) % 7
    return last.adding(days: -weekday)
  }
}
