/// Reading what a user types for a match: a state, a reason, hours.
extension MatchState {
  /// A state by its name or an unambiguous beginning of it, in English or the current
  /// language (`act`, `actief`, `ended`); nil when none or several fit.
  public init?(typed text: String) {
    let key = text.trimmingCharactersInWhitespace().searchKey
    guard !key.isEmpty else { return nil }
    let names = MatchState.allCases.map { ($0, [$0.rawValue, $0.label.searchKey]) }
    if let exact = names.first(where: { $0.1.contains(key) }) {
      self = exact.0
      return
    }
    let fits = names.filter { $0.1.contains { $0.hasPrefix(key) } }
    guard fits.count == 1 else { return nil }
    self = fits[0].0
  }
}

extension MatchEndReason {
  /// `no-fit: another sector`, `goal-reached`, `moved abroad`: a kind (its name, or a
  /// beginning of it, before a colon or a space) and the rest as text; text alone is "other".
  public init(typed text: String) {
    let t = text.trimmingCharactersInWhitespace()
    let head = t.prefix { $0 != ":" && $0 != " " }
    let rest = t.dropFirst(head.count).drop { $0 == ":" || $0 == " " }
    let key = String(head).searchKey
    let fits = Kind.allCases.filter {
      $0.rawValue == key || $0.rawValue.replacingOccurrences(of: "-", with: "") == key
        || (key.count >= 2 && $0.rawValue.hasPrefix(key))
    }
    if fits.count == 1, let kind = fits.first {
      self.init(kind, text: String(rest))
    } else {
      self.init(.other, text: t)
    }
  }
}

extension HoursEntry {
  /// Hours as typed: `1.5`, `1,5`, `2`, or `1:30`; in whole minutes, nil when not a time
  /// above zero.
  public static func minutes(typed text: String) -> Int? {
    let t = text.trimmingCharactersInWhitespace()
    if let colon = t.firstIndex(of: ":") {
      guard let h = Int(t[..<colon]), let m = Int(t[t.index(after: colon)...]), h >= 0, (0..<60).contains(m) else {
        return nil
      }
      let total = h.multipliedReportingOverflow(by: 60)
      return total.overflow || total.partialValue + m <= 0 ? nil : total.partialValue + m
    }
    guard let hours = Double(t.replacingOccurrences(of: ",", with: ".")), hours.isFinite, hours > 0, hours < 1e6 else {
      return nil
    }
    let minutes = Int((hours * 60).rounded())
    return minutes > 0 ? minutes : nil
  }
}
