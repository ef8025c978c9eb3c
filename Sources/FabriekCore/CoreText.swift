/// Numbers and dates inside the core's sentences. English writes them as it always has
/// (`100000`, `2027-03-01`), so that its messages stay the same; Dutch and French write them the
/// Belgian way (`100.000`, `1 mrt. 2027`), Language+Formats.swift.
enum CoreText {
  /// A count or a limit.
  static func number(_ n: Int, in language: Language = Language.current) -> String {
    language == .en ? String(n) : language.integer(Int64(n))
  }

  static func day(_ d: Day, in language: Language = Language.current) -> String {
    language == .en ? d.description : language.date(d)
  }

  /// An amount: `€ 12.500,00` in every language (the way `Euro.description` has always written it).
  static func amount(_ e: Euro) -> String { e.description }
}
