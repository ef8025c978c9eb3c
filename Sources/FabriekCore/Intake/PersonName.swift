/// A whole name from one form field, split into given and family name the way Belgian
/// names are written:
///
/// - `Family, Given` (a comma) is taken as written: `Peeters, Annelies`.
/// - Leading words in capitals, when the rest are not, are the family name: `DUBOIS Amélie`.
/// - Otherwise the family name starts at the first particle after the first word (`van`, `de`,
///   `den`, `der`, `le`, `la`, `du`, `des`, `di`, `da`, `dos`, `el`, `al`, `ben`, `aït`, …), so
///   `Sofie Van den Bossche` is Sofie + Van den Bossche and `Noor El Amrani` is Noor + El Amrani.
/// - Without a particle the last word is the family name: `Marie Claire Dubois` is
///   Marie Claire + Dubois. A single word is a given name.
public struct PersonName: Hashable, Sendable {
  public var given: String
  public var family: String

  public init(given: String, family: String) { self.given = given; self.family = family }

  public init(splitting full: String) {
    let text = full.trimmingCharactersInWhitespace()
    if let comma = text.firstIndex(of: ",") {
      family = String(text[..<comma]).trimmingCharactersInWhitespace()
      given = String(text[text.index(after: comma)...]).trimmingCharactersInWhitespace()
      return
    }
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard words.count > 1 else {
      given = words.first ?? ""
      family = ""
      return
    }
    let capitals = words.prefix { Self.isCapitals($0) }.count
    let start: Int
    if capitals > 0 && capitals < words.count {
      family = words[..<capitals].joined(separator: " ")
      given = words[capitals...].joined(separator: " ")
      return
    } else if let p = words.indices.dropFirst().first(where: { Self.particles.contains(words[$0].lowercased()) }) {
      start = p
    } else {
      start = words.count - 1
    }
    given = words[..<start].joined(separator: " ")
    family = words[start...].joined(separator: " ")
  }

  /// A name made from an e-mail address for someone who gave none: the words of the part
  /// before the `@` (`sofie.van.den.bossche@…` → Sofie + Van Den Bossche, `jan_peeters@…` →
  /// Jan + Peeters, `info@…` → Info); nil when that part has no letters.
  public init?(email: String) {
    guard let at = email.firstIndex(of: "@") else { return nil }
    let local = email[..<at].split(separator: "+").first.map(String.init) ?? ""
    let words = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" })
      .map { String($0.filter(\.isLetter)) }.filter { !$0.isEmpty }
      .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
    guard let first = words.first else { return nil }
    given = String(first.prefix(Rules.maxTitle))
    family = String(words.dropFirst().joined(separator: " ").prefix(Rules.maxTitle))
  }

  private static func isCapitals(_ word: String) -> Bool {
    let letters = word.filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
  }

  static let particles: Set<String> = [
    "van", "von", "vom", "de", "der", "den", "del", "della", "delle", "dei", "di", "da", "das", "dos", "do", "du",
    "des", "le", "la", "les", "'t", "ter", "ten", "te", "het", "op", "vanden", "vander", "vande", "el", "al", "ben",
    "bin", "ibn", "abu", "ait", "aït", "ould",
  ]
}
