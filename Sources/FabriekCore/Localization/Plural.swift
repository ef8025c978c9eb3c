/// CLDR plural categories, as far as our three languages use them.
public enum PluralCategory: String, Sendable {
  case one, other
}

extension Language {
  /// The CLDR cardinal rule: English and Dutch say "one" for exactly 1 written without
  /// decimals (`i = 1 and v = 0`); French for 0 and 1 and everything between (`i = 0,1`), so
  /// "1,5 idée" but "1.5 ideas".
  public func plural(_ n: Double) -> PluralCategory {
    switch self {
    case .en, .nl: return n == 1 ? .one : .other
    case .fr:
      let whole = abs(n).rounded(.towardZero)
      return whole == 0 || whole == 1 ? .one : .other
    }
  }
  public func plural(_ n: Int) -> PluralCategory { plural(Double(n)) }
}
