/// When a candidate submitted the form, as form tools and spreadsheets write it:
///
/// - `31/12/2026 14:30:05`, `3-11-2026 9:14`, `03.11.2026`: the Belgian day-first order for
///   slashes, dashes and dots (two-digit years as 20xx);
/// - `2026/11/03 9:14:02 AM CET` (Google Forms), `2026-12-31 14:30`, ISO 8601 with `T`, `Z` or an
///   offset: year first, then month and day;
/// - `3 nov. 2026 09:14`, `Nov 3, 2026 9:14 PM`: month names in Dutch, French and English;
/// - `46329.3848` (an Excel serial date, as a CSV saved from a sheet with an unformatted
///   date column has it; between 1970 and 2118, so that an ordinary number is not taken for one);
/// - a 12-hour clock with AM/PM, and a zone: `Z`, `UTC`, `GMT`, `CET`/`MET` (+1),
///   `CEST`/`MEST` (+2), `+01:00`, `+0100`, `GMT+1`.
///
/// A time without a zone is Belgian local time (CET, or CEST from the last Sunday of March to
/// the last Sunday of October, the EU rule since 1996); a date without a time is noon local time.
enum ImportTimestamp {
  static func parse(_ text: String) -> Timestamp? {
    let s = text.trimmingCharactersInWhitespace()
    if let serial = excelSerial(s) { return serial }
    var p = Parser(tokens: tokenize(s))
    guard let day = p.date() else { return nil }
    p.skip(words: ["om", "a", "at", "le", "t"], separators: [","])
    var clock = (12, 0, 0)
    if let t = p.time() {
      clock = t
      if let half = p.meridiem() {
        guard (1...12).contains(clock.0) else { return nil }
        clock.0 = clock.0 % 12 + (half == .pm ? 12 : 0)
      }
    }
    let offset = p.zone()
    guard p.atEnd, let offset else { return nil }
    let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(clock.0 * 3600 + clock.1 * 60 + clock.2)
    return Timestamp(seconds: local - (offset ?? brusselsOffset(local: local, year: day.components.year)))
  }

  /// An Excel serial date and time (1900 date system) in Belgian local time.
  static func excelSerial(_ s: String) -> Timestamp? {
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
      s.filter({ $0 == "." || $0 == "," }).count <= 1, let serial = Double(s.replacingOccurrences(of: ",", with: ".")),
      (25_569..<80_000).contains(serial)
    else { return nil }
    // A whole number is a date without a time: noon, as for `2026-11-03`.
    let whole = !s.contains(".") && !s.contains(",")
    let seconds = Int64((serial * 86_400).rounded()) + (whole ? 43_200 : 0)
    let local = (seconds / 86_400 - 25_569) * 86_400 + seconds % 86_400
    return Timestamp(seconds: local - brusselsOffset(local: local, year: Timestamp(seconds: local).day.components.year))
  }

  enum Token: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case separator(Character)
  }

  static func tokenize(_ s: String) -> [Token] {
    var out: [Token] = []
    var digits = ""
    var letters = ""
    func flush() {
      if !digits.isEmpty {
        out.append(.number(Int(digits.prefix(9)) ?? 0, digits: digits.count))
        digits = ""
      }
      if !letters.isEmpty {
        out.append(.word(letters.searchKey))
        letters = ""
      }
    }
    for c in s {
      if c.isASCII && c.isNumber {
        if !letters.isEmpty { flush() }
        digits.append(c)
      } else if c.isLetter {
        if !digits.isEmpty { flush() }
        letters.append(c)
      } else {
        flush()
        if !c.isWhitespace { out.append(.separator(c)) }
      }
    }
    flush()
    return out
  }

  enum Half { case am, pm }

  struct Parser {
    var tokens: [Token]
    var i = 0
    var atEnd: Bool { i == tokens.count }

    mutating func number(maxDigits: Int = 4) -> (Int, Int)? {
      guard i < tokens.count, case .number(let n, let d) = tokens[i], d <= maxDigits else { return nil }
      i += 1
      return (n, d)
    }
    mutating func separator(_ allowed: Set<Character>) -> Character? {
      guard i < tokens.count, case .separator(let c) = tokens[i], allowed.contains(c) else { return nil }
      i += 1
      return c
    }
    mutating func word() -> String? {
      guard i < tokens.count, case .word(let w) = tokens[i] else { return nil }
      i += 1
      return w
    }
    mutating func skip(words: Set<String>, separators: Set<Character>) {
      while i < tokens.count {
        switch tokens[i] {
        case .word(let w) where words.contains(w): i += 1
        case .separator(let c) where separators.contains(c): i += 1
        default: return
        }
      }
    }

    mutating func date() -> Day? {
      let start = i
      // 31/12/2026, 2026-12-31, 03.11.2026
      if let (a, da) = number(), let sep = separator(["/", "-", "."]), let (b, _) = number(),
        separator([sep]) != nil, let (c, dc) = number()
      {
        let (y, m, d) = da == 4 ? (a, b, c) : (dc <= 2 ? c + 2000 : c, b, a)
        return Self.day(y, m, d)
      }
      i = start
      // 3 nov. 2026, 3-nov-2026
      if let (d, _) = number(maxDigits: 2) {
        _ = separator(["-", "/", " "])
        if let w = word(), let m = ImportTimestamp.month(w) {
          _ = separator([".", "-", "/"])
          if let (y, dy) = number() { return Self.day(dy <= 2 ? y + 2000 : y, m, d) }
        }
      }
      i = start
      // Nov 3, 2026
      if let w = word(), let m = ImportTimestamp.month(w) {
        _ = separator(["."])
        if let (d, _) = number(maxDigits: 2) {
          _ = separator([","])
          if let (y, dy) = number() { return Self.day(dy <= 2 ? y + 2000 : y, m, d) }
        }
      }
      i = start
      return nil
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day? {
      guard (1900...2200).contains(y) else { return nil }
      return Day(year: y, month: m, day: d)
    }

    mutating func time() -> (Int, Int, Int)? {
      let start = i
      guard let (h, _) = number(maxDigits: 2), separator([":", "."]) != nil, let (m, md) = number(maxDigits: 2), md == 2
      else {
        i = start
        return nil
      }
      var s = 0
      let beforeSeconds = i
      if separator([":"]) != nil, let (sec, sd) = number(maxDigits: 2), sd == 2 {
        s = sec
        let beforeFraction = i
        if separator(["."]) == nil || number(maxDigits: 9) == nil { i = beforeFraction }
      } else {
        i = beforeSeconds
      }
      guard h < 24, m < 60, s < 61 else {
        i = start
        return nil
      }
      return (h, m, s)
    }

    mutating func meridiem() -> Half? {
      let start = i
      guard let w = word() else { return nil }
      switch w {
      case "am", "vm": return .am
      case "pm", "nm": return .pm
      case "a", "p":
        _ = separator(["."])
        if word() == "m" {
          _ = separator(["."])
          return w == "a" ? .am : .pm
        }
      default: break
      }
      i = start
      return nil
    }

    /// The zone's offset in seconds: `.some(nil)` when there is none (local time), nil when
    /// what follows is not a zone.
    mutating func zone() -> Int64?? {
      guard i < tokens.count else { return .some(nil) }
      var base: Int64 = 0
      if let w = word() {
        switch w {
        case "z", "utc", "gmt", "ut", "wet": base = 0
        case "cet", "met": base = 3600
        case "cest", "mest", "cedt": base = 7200
        default: return nil
        }
        if atEnd { return .some(base) }
      }
      guard let sign = separator(["+", "-"]), let (h, hd) = number() else { return nil }
      var seconds: Int64
      if hd >= 3 {
        seconds = Int64(h / 100 * 3600 + h % 100 * 60)
      } else {
        seconds = Int64(h * 3600)
        if separator([":"]) != nil {
          guard let (m, _) = number(maxDigits: 2), m < 60 else { return nil }
          seconds += Int64(m * 60)
        }
      }
      guard seconds <= 14 * 3600 else { return nil }
      return .some(base + (sign == "+" ? seconds : -seconds))
    }
  }

  static func month(_ word: String) -> Int? {
    let w = word.hasSuffix(".") ? String(word.dropLast()) : word
    let names: [[String]] = [
      ["jan", "januari", "janvier", "january", "janv"], ["feb", "februari", "fevrier", "february", "fev", "fevr"],
      ["mrt", "maart", "mars", "march", "mar"], ["apr", "april", "avril", "avr"], ["mei", "mai", "may"],
      ["jun", "juni", "juin", "june"], ["jul", "juli", "juillet", "july", "juil"], ["aug", "augustus", "aout", "august"],
      ["sep", "sept", "september", "septembre"], ["okt", "oktober", "octobre", "october", "oct"],
      ["nov", "november", "novembre"], ["dec", "december", "decembre"],
    ]
    return names.firstIndex { $0.contains(w) }.map { $0 + 1 }
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
