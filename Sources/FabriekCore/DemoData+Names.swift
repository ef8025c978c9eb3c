extension DemoData {
  /// `de Gent`, `d'Ixelles`: French elision before a vowel.
  static func de(_ place: String) -> String {
    guard let first = place.first, "AEIOUÉÈ".contains(first) else { return "de " + place }
    return "d'" + place
  }

  /// `7` → `07`.
  static func pad2(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

  /// `Aït Ouarab` → `aitouarab`: the part of a name that can go in an e-mail address.
  static func slug(_ s: String) -> String {
    var out = ""
    for ch in s.searchKey.unicodeScalars {
      switch ch {
      case "a"..."z", "0"..."9", "-": out.unicodeScalars.append(ch)
      case "ł": out += "l"
      case "ı": out += "i"
      case "ø": out += "o"
      case "ß": out += "ss"
      default: break
      }
    }
    return out
  }
}
