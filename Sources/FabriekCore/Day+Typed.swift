extension Day {
  /// A date as people in Belgium type it: ISO `2027-12-31`, or day first `31/12/2027`,
  /// `31-12-2027`, `31.12.2027` (one- or two-digit day and month, a four-digit year). A day that
  /// does not exist (`31/02/2027`) is nil.
  public init?(typed text: String) {
    let t = text.trimmingCharactersInWhitespace()
    if let iso = Day(iso: t) {
      self = iso
      return
    }
    guard let separator = t.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
    let parts = t.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    guard let d = Day(year: year, month: month, day: day) else { return nil }
    self = d
  }
}
