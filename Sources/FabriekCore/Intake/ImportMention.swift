/// A person as one row names them: the innovator's own columns, or one entry of a
/// co-innovators cell. Mentions with the same e-mail are one person.
struct ImportMention: Hashable, Sendable {
  var name: PersonName?
  /// Given and family name came from their own columns, not from splitting a whole name.
  var explicit = false
  var email = ""
  var phone = ""
  var organisation = ""

  /// The mention as a co-innovators cell writes it: `Name <e-mail>`.
  var described: String {
    let name = name.map { [$0.given, $0.family].filter { !$0.isEmpty }.joined(separator: " ") } ?? ""
    if email.isEmpty { return name }
    return name.isEmpty ? email : "\(name) <\(email)>"
  }

  /// The key people are matched by: the e-mail address, case ignored.
  var key: String { email.lowercased() }

  /// What two mentions of one person say together: names from their own columns win over
  /// split ones, and empty details are filled in.
  func merged(with other: ImportMention) -> ImportMention {
    var m = self
    if m.name == nil || (!m.explicit && other.explicit && other.name != nil) {
      m.name = other.name
      m.explicit = other.explicit
    }
    if m.phone.isEmpty { m.phone = other.phone }
    if m.organisation.isEmpty { m.organisation = other.organisation }
    return m
  }

  /// The entries of a co-innovators cell: one per line or separated by `;`, each
  /// `Name <e-mail>`, a bare e-mail address or a name.
  static func list(_ cell: String) -> [ImportMention] {
    var out: [ImportMention] = []
    for entry in cell.split(whereSeparator: { $0.isNewline || $0 == ";" }) {
      var text = String(entry).trimmingCharactersInWhitespace()
      var m = ImportMention()
      if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
        let address = text[text.index(after: open)..<text.index(before: text.endIndex)]
        m.email = String(address).trimmingCharactersInWhitespace()
        text = String(text[..<open]).trimmingCharactersInWhitespace()
      } else if text.contains("@") && !text.contains(where: \.isWhitespace) {
        m.email = text
        text = ""
      }
      if !text.isEmpty { m.name = PersonName(splitting: text) }
      if m.name != nil || !m.email.isEmpty { out.append(m) }
    }
    return out
  }
}
