/// The idea and person fields a CSV column can fill.
public enum ImportField: String, Hashable, Codable, Sendable, CaseIterable {
  case title, pitch, description
  /// A whole name, split into given and family name (`PersonName`).
  case name
  case givenName = "given-name"
  case familyName = "family-name"
  case email, phone, organisation
  case applicantKind = "applicant-kind"
  case region
  /// Comma-separated themes, stored as tags.
  case themes
  /// When the candidate was submitted: the idea's created date.
  case timestamp
  /// “How did you find us?”: the idea's origin.
  case origin
  /// More innovators, one per line or separated by `;`, each `Name <e-mail>`, a name or an e-mail.
  case coInnovators = "co-innovators"
  /// The column is read but not used.
  case ignore

  /// Parses a field name as `--map` gives it: `title`, `given-name`, `tags`, `created`, … (case, spaces,
  /// hyphens and underscores ignored).
  public init?(name: String) {
    let key = name.searchKey.filter { $0.isLetter || $0.isNumber }
    if let f = Self.allCases.first(where: { $0.rawValue.filter { $0 != "-" } == key }) {
      self = f
      return
    }
    let aliases: [String: ImportField] = [
      "tags": .themes, "theme": .themes, "created": .timestamp, "date": .timestamp, "firstname": .givenName,
      "lastname": .familyName, "surname": .familyName, "fullname": .name, "mail": .email,
      "organization": .organisation, "applicant": .applicantKind, "applicanttype": .applicantKind,
      "foundus": .origin, "source": .origin, "coinnovator": .coInnovators, "skip": .ignore, "none": .ignore,
    ]
    guard let f = aliases[key] else { return nil }
    self = f
  }

  /// The names `--map` accepts, for messages and help.
  public static let names = allCases.map(\.rawValue).joined(separator: ", ")

  /// A header or value as it is compared: case, accents, punctuation and anything in
  /// parentheses ignored, spaces collapsed (`E-mailadres *` → `e mailadres`).
  public static func fold(_ text: String) -> String {
    if let ascii = foldASCII(text) { return ascii }
    var out = ""
    var depth = 0
    var space = false
    for c in text.searchKey {
      if c == "(" {
        depth += 1
      } else if c == ")" {
        depth = max(0, depth - 1)
        space = true
      } else if depth > 0 {
        continue
      } else if c.isLetter || c.isNumber {
        if space && !out.isEmpty { out.append(" ") }
        space = false
        out.append(c)
      } else {
        space = true
      }
    }
    return out
  }

  /// `fold` for text that is all ASCII, byte by byte (the same result, several times faster);
  /// nil for any other text.
  private static func foldASCII(_ text: String) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var depth = 0
    var space = false
    for b in text.utf8 {
      guard b < 0x80 else { return nil }
      switch b {
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth = max(0, depth - 1)
        space = true
      case _ where depth > 0: continue
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "A")...UInt8(ascii: "Z"):
        if space && !out.isEmpty { out.append(UInt8(ascii: " ")) }
        space = false
        out.append(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b)
      default: space = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
