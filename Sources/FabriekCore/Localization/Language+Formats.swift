/// Numbers, amounts and dates the way staff write them: Belgian conventions in Dutch and French
/// (`€ 12.500,50`, `2 dec. 2026`, `2 déc. 2026`), English ones in English (`€12,500.50`,
/// `2 Dec 2026`). Weeks start on Monday in every language.
extension Language {
  var decimalSeparator: String { self == .en ? "." : "," }
  var groupSeparator: String { self == .en ? "," : "." }

  /// An integer, grouped by thousands from five digits on (`1234`, `12.345`; `12,345`).
  public func integer(_ n: Int64) -> String {
    let magnitude = n.magnitude
    let digits = String(magnitude)
    guard digits.count > 4 else { return n < 0 ? "-" + digits : digits }
    return (n < 0 ? "-" : "") + grouped(digits)
  }

  func grouped(_ digits: String) -> String {
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out += groupSeparator }
      out.append(c)
    }
    return out
  }

  /// A decimal with at most `places` decimals, trailing zeros dropped (`3,5`; `3.5`; `4`).
  public func decimal(_ x: Double, places: Int = 1) -> String {
    guard x.isFinite else { return x.isNaN ? "–" : (x < 0 ? "-∞" : "∞") }
    var scale = 1.0
    for _ in 0..<max(0, places) { scale *= 10 }
    let scaled = (abs(x) * scale).rounded()
    guard scaled < 9.0e15 else { return (x < 0 ? "-" : "") + String(format: "%.0f", abs(x)) }
    let whole = Int64(scaled / scale)
    var fraction = Int64(scaled) - whole * Int64(scale)
    var text = integer(whole)
    if fraction > 0 {
      var digits = String(fraction)
      while digits.count < places { digits = "0" + digits }
      while digits.hasSuffix("0") {
        digits.removeLast()
        fraction /= 10
      }
      text += decimalSeparator + digits
    }
    return (x < 0 && scaled > 0 ? "-" : "") + text
  }

  /// An amount in euro with its cents: `€ 12.500,50` (Dutch, French), `€12,500.50` (English).
  public func amount(_ euro: Euro) -> String {
    let whole = euro.cents.magnitude / 100
    let cents = euro.cents.magnitude % 100
    let sign = euro.cents < 0 ? "-" : ""
    let body = grouped(String(whole)) + decimalSeparator + (cents < 10 ? "0" : "") + String(cents)
    return self == .en ? sign + "€" + body : sign + "€ " + body
  }

  /// An amount in whole euros where cents would be noise: `€ 12.500` / `€12,500`.
  public func wholeAmount(_ euro: Euro) -> String {
    let sign = euro.cents < 0 ? "-" : ""
    let body = grouped(String(euro.cents.magnitude / 100))
    return self == .en ? sign + "€" + body : sign + "€ " + body
  }

  /// `2 dec. 2026`, `2 déc. 2026`, `2 Dec 2026`.
  public func date(_ day: Day) -> String {
    let c = day.components
    return String(c.day) + " " + monthAbbreviation(c.month) + " " + String(c.year)
  }

  /// `2 dec.`, `2 déc.`, `2 Dec`: a date in the current year, where space is short.
  public func shortDate(_ day: Day) -> String {
    let c = day.components
    return String(c.day) + " " + monthAbbreviation(c.month)
  }

  public func monthAbbreviation(_ month: Int) -> String {
    let names: [String]
    switch self {
    case .en: names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    case .nl:
      names = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
    case .fr:
      names = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    }
    return (1...12).contains(month) ? names[month - 1] : String(month)
  }

  /// Monday = 0 … Sunday = 6: the week starts on Monday in Belgium, and fabriek uses it so in
  /// every language.
  public static func weekdayFromMonday(_ day: Day) -> Int {
    // 1970-01-01 was a Thursday (3 from Monday).
    ((day.daysSinceEpoch + 3) % 7 + 7) % 7
  }
}
