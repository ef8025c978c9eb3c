/// Text made fit for a room of outsiders (present mode): e-mail addresses and phone numbers
/// are replaced by a mark, and the names of the board's people by what they agreed to show
/// (`Person.publicName`: first name and initial unless `showFullName`).
///
/// Built once per board: the names are folded into a table keyed by their first word, so
/// `clean` costs time in proportion to the text, not to the number of people.
///
/// Names are matched word by word, ignoring case and accents (`van den broeck`, `VAN DEN
/// BROECK`), with spaces, hyphens, apostrophes or a comma between the words:
/// - a full name, given then family or family then given (`Peeters, Zoë`), becomes the public name;
/// - a family name on its own becomes the public name when one person on the board carries it,
///   and its initial (`P.`) when several do, so that no one is named for someone else;
/// - a family name of several words is also matched written as one (`Vandenbroeck`);
/// - the full names of people who agreed to be shown are kept whole, so that another person's
///   family name inside them is not replaced.
/// A name inside a longer word (`Peetersstraat`) is left alone. Phone numbers are runs of 9–15
/// digits starting with `+` or `0` (`+32 2 216 76 05`, `0475 12 34 56`, `02/216.76.05`,
/// `+32 (0)2 …`), and any run of digits ending in the last eight digits of a person's phone.
public struct PublicText: Sendable {
  /// The marks in the current language ("[phone]", "[telefoon]", "[téléphone]").
  public static var emailMark: String { tr("present.emailMark") }
  public static var phoneMark: String { tr("present.phoneMark") }

  struct Pattern: Sendable {
    var words: [String]
    var replacement: String
  }

  /// Name patterns by the key of their first word, longest first.
  let patterns: [String: [Pattern]]
  /// The last eight digits of every person's phone number.
  let phoneTails: Set<String>

  public init(board: Board) {
    var fullNames: [[String]: [Person]] = [:]
    var families: [[String]: [Person]] = [:]
    var tails: Set<String> = []
    for person in board.people.values.sorted(by: { $0.id < $1.id }) {
      let given = PublicText.words(of: person.givenName).map(\.key)
      let family = PublicText.words(of: person.familyName).map(\.key)
      let digits = person.phone.filter(\.isASCIIDigit)
      if digits.count >= 8 { tails.insert(String(digits.suffix(8))) }
      guard !family.isEmpty else { continue }
      fullNames[given + family, default: []].append(person)
      if !given.isEmpty { fullNames[family + given, default: []].append(person) }
      families[family, default: []].append(person)
    }
    var table: [[String]: String] = [:]
    // Namesakes of whom one agreed to be shown and one did not are both hidden.
    for (words, people) in fullNames {
      table[words] = (people.first { !$0.showFullName } ?? people.first)?.publicName
    }
    for (family, people) in families where !people.allSatisfy(\.showFullName) {
      let names = Set(people.map(\.publicName))
      let initial = people.first?.familyName.first.map { "\($0)." } ?? ""
      let shown = names.count == 1 ? names.first ?? initial : initial
      if table[family] == nil { table[family] = shown }
      if family.count > 1, table[[family.joined()]] == nil { table[[family.joined()]] = shown }
    }
    var byFirst: [String: [Pattern]] = [:]
    for (words, replacement) in table {
      guard let first = words.first else { continue }
      byFirst[first, default: []].append(Pattern(words: words, replacement: replacement))
    }
    for key in byFirst.keys { byFirst[key]?.sort { $0.words.count > $1.words.count } }
    patterns = byFirst
    phoneTails = tails
  }

  /// `text` without e-mail addresses, phone numbers or names beyond what people agreed to show.
  public func clean(_ text: String) -> String {
    replacingNames(in: replacingPhones(in: PublicText.replacingEmails(in: text)))
  }

  /// The words of `text`: runs of letters and digits, with their place and their search key.
  static func words(of text: String) -> [(range: Range<String.Index>, key: String)] {
    var out: [(Range<String.Index>, String)] = []
    var start: String.Index?
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      if c.isLetter || c.isNumber {
        if start == nil { start = i }
      } else if let s = start {
        out.append((s..<i, String(text[s..<i]).searchKey))
        start = nil
      }
      i = text.index(after: i)
    }
    if let s = start { out.append((s..<text.endIndex, String(text[s...]).searchKey)) }
    return out
  }

  private func replacingNames(in text: String) -> String {
    let words = PublicText.words(of: text)
    var out = ""
    var cursor = text.startIndex
    var i = 0
    while i < words.count {
      guard let candidates = patterns[words[i].key],
        let (pattern, last) = candidates.lazy.compactMap({ p in self.match(p, words, at: i, in: text).map { (p, $0) } })
          .first
      else {
        i += 1
        continue
      }
      out += text[cursor..<words[i].range.lowerBound]
      out += pattern.replacement
      cursor = words[last].range.upperBound
      i = last + 1
    }
    out += text[cursor...]
    return out
  }

  /// The index of the last word when `pattern` matches the words from `i` on.
  private func match(
    _ pattern: Pattern, _ words: [(range: Range<String.Index>, key: String)], at i: Int, in text: String
  ) -> Int? {
    let last = i + pattern.words.count - 1
    guard last < words.count else { return nil }
    for k in 1..<pattern.words.count {
      guard words[i + k].key == pattern.words[k],
        PublicText.isNameGap(text[words[i + k - 1].range.upperBound..<words[i + k].range.lowerBound])
      else { return nil }
    }
    return last
  }

  private static func isNameGap(_ gap: Substring) -> Bool {
    gap.count <= 3 && gap.allSatisfy { $0 == " " || $0 == "\u{A0}" || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "," }
  }
}

extension Character {
  var isASCIIDigit: Bool { asciiValue.map { (48...57).contains($0) } ?? false }
}
