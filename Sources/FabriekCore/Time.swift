import Foundation

/// A moment, to the second, in UTC. Stored as ISO 8601 text (`2026-11-29T06:22:43Z`)
/// with a hand-written parser: `ISO8601DateFormatter` is far too slow for 100,000 ideas.
public struct Timestamp: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var seconds: Int64
  public init(seconds: Int64) { self.seconds = seconds }
  public init(_ date: Date) { seconds = Int64(date.timeIntervalSince1970.rounded(.down)) }
  public static func now() -> Timestamp { Timestamp(Date()) }
  public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
  public var day: Day { Day(daysSinceEpoch: Int(floorDiv(seconds, 86_400))) }
  public static func < (a: Self, b: Self) -> Bool { a.seconds < b.seconds }

  public var description: String {
    let secs = floorMod(seconds, 86_400)
    let d = day
    return d.description + "T" + pad2(Int(secs / 3600)) + ":" + pad2(Int(secs / 60 % 60)) + ":"
      + pad2(Int(secs % 60)) + "Z"
  }

  public init?(iso text: String) {
    var text = text
    guard let t = text.withUTF8({ Timestamp(isoBytes: $0) }) else { return nil }
    self = t
  }

  init?(isoBytes u: UnsafeBufferPointer<UInt8>) {
    guard u.count == 20, u[10] == UInt8(ascii: "T"), u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"),
      u[19] == UInt8(ascii: "Z"), let d = Day(isoBytes: UnsafeBufferPointer(rebasing: u[0..<10])),
      let h = digits(u[11..<13]), let m = digits(u[14..<16]), let s = digits(u[17..<19]),
      h < 24, m < 60, s < 61
    else { return nil }
    seconds = Int64(d.daysSinceEpoch) * 86_400 + Int64(h * 3600 + m * 60 + s)
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    let text = try c.decode(String.self)
    guard let t = Timestamp(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: c, debugDescription: tr("time.notATimestamp", ["text": text]))
    }
    self = t
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }

  public func adding(days: Int) -> Timestamp { Timestamp(seconds: seconds + Int64(days) * 86_400) }
}

/// A calendar day (`2026-11-29`), for revisit, target, consent and retention dates.
public struct Day: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var daysSinceEpoch: Int
  public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }
  public static func < (a: Self, b: Self) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }
  public static func today() -> Day { Timestamp.now().day }

  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
    daysSinceEpoch = Day.daysFromCivil(year, month, day)
  }

  public init?(iso text: String) {
    var text = text
    guard let d = text.withUTF8({ Day(isoBytes: $0) }) else { return nil }
    self = d
  }

  init?(isoBytes u: UnsafeBufferPointer<UInt8>) {
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
      let y = digits(u[0..<4]), let m = digits(u[5..<7]), let d = digits(u[8..<10])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public var components: (year: Int, month: Int, day: Int) { Day.civilFromDays(daysSinceEpoch) }

  public var description: String {
    let c = components
    var y = String(c.year)
    while y.count < 4 { y = "0" + y }
    return y + "-" + pad2(c.month) + "-" + pad2(c.day)
  }

  public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    let text = try c.decode(String.self)
    guard let d = Day(iso: text) else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: tr("time.notADate", ["text": text]))
    }
    self = d
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's civil calendar algorithms.
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp + (mp < 10 ? 3 : -9)
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}

private func digits(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
  var n = 0
  for b in s {
    guard b >= 48, b <= 57 else { return nil }
    n = n * 10 + Int(b - 48)
  }
  return n
}

private func pad2(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
private func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }
private func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv(a, b) * b }

/// An amount in euro, held in cents so that sums are exact.
public struct Euro: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var cents: Int64
  public init(cents: Int64) { self.cents = cents }
  public init(euros: Int64) { cents = euros * 100 }
  public static func < (a: Self, b: Self) -> Bool { a.cents < b.cents }
  public static let zero = Euro(cents: 0)
  public static func + (a: Euro, b: Euro) -> Euro { Euro(cents: a.cents + b.cents) }
  public init(from decoder: Decoder) throws { cents = try decoder.singleValueContainer().decode(Int64.self) }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(cents)
  }

  /// `€ 12.500,00`: the Belgian way of writing an amount.
  public var description: String {
    let negative = cents < 0
    let whole = abs(cents) / 100
    let rest = abs(cents) % 100
    var groups: [String] = []
    var w = whole
    repeat {
      let g = w % 1000
      w /= 1000
      groups.insert(w > 0 ? String(format: "%03d", g) : String(g), at: 0)
    } while w > 0
    return (negative ? "-" : "") + "€ " + groups.joined(separator: ".") + "," + (rest < 10 ? "0" : "") + String(rest)
  }

  /// Parses `12500`, `12.500`, `12.500,50`, `12500.50`, `€ 12 500`.
  public init?(parsing text: String) {
    var s = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
    s = s.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }
    guard !s.isEmpty else { return nil }
    var negative = false
    if s.hasPrefix("-") {
      negative = true
      s.removeFirst()
    }
    var intPart = s
    var frac = ""
    if let comma = s.lastIndex(of: ",") {
      intPart = String(s[..<comma]).replacingOccurrences(of: ".", with: "")
      frac = String(s[s.index(after: comma)...])
    } else if let dot = s.lastIndex(of: "."), s.distance(from: dot, to: s.endIndex) <= 3,
      s.filter({ $0 == "." }).count == 1
    {
      intPart = String(s[..<dot])
      frac = String(s[s.index(after: dot)...])
    } else {
      intPart = s.replacingOccurrences(of: ".", with: "")
    }
    guard !intPart.isEmpty, intPart.count <= 13, intPart.allSatisfy({ $0.isASCII && $0.isNumber }),
      frac.count <= 2, frac.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(intPart)
    else { return nil }
    let f = frac.isEmpty ? 0 : (Int64(frac) ?? 0) * (frac.count == 1 ? 10 : 1)
    cents = (whole * 100 + f) * (negative ? -1 : 1)
  }
}
