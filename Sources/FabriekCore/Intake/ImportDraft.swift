/// One data row read into the values of an idea and its people, checked against the board's
/// rules for values; the people are resolved later (`ImportBuilder`).
struct ImportDraft: Hashable, Sendable {
  var line: Int
  var title = ""
  var pitch = ""
  var description = ""
  var applicantKind: ApplicantKind?
  var region: Region?
  var tags: [String] = []
  var created: Timestamp?
  var origin = Origin(kind: .website)
  /// The “how did you find us?” answer when the origin is the campaign given with `--source`.
  var foundUs: String?
  var innovator: ImportMention?
  var coInnovators: [ImportMention] = []

  static func read(
    _ record: CSVDocument.Record, columns: Int, index: [ImportField: Int], options: ImportOptions
  ) -> Result<ImportDraft, RowProblem> {
    if let last = record.fields.lastIndex(where: { !$0.allSatisfy(\.isWhitespace) }), last >= columns {
      return .failure(.tooManyFields(found: last + 1, expected: columns))
    }
    func value(_ f: ImportField) -> String {
      guard let i = index[f], i < record.fields.count else { return "" }
      return CSVCell.import(record.fields[i]).trimmingCharactersInWhitespace()
    }
    var d = ImportDraft(line: record.line)
    do throws(BoardError) {
      d.title = value(.title)
      try Rules.idea(.title(d.title)).throwFirst()
      d.pitch = value(.pitch)
      try Rules.idea(.pitch(d.pitch)).throwFirst()
      d.description = value(.description)
      try Rules.idea(.description(d.description)).throwFirst()
      d.tags = themes(value(.themes))
      try Rules.idea(.tags(d.tags)).throwFirst()
      if let source = options.source {
        d.origin = Origin(kind: .ideaCampaign, name: source)
        let answer = value(.origin)
        d.foundUs = answer.isEmpty ? nil : answer
      } else if !value(.origin).isEmpty {
        d.origin = ImportValues.origin(value(.origin))
      }
      try Rules.text(d.origin.name ?? "", field: "how did you find us", max: Rules.maxTitle)
      d.innovator = try person(value)
      d.coInnovators = ImportMention.list(value(.coInnovators))
      for m in d.coInnovators { try Rules.email(m.email).on(PersonField.email).throwFirst() }
    } catch {
      return .failure(.rule(error))
    }
    let kind = value(.applicantKind)
    if !kind.isEmpty {
      guard let k = ImportValues.applicantKind(kind) else { return .failure(.unknownValue(.applicantKind, kind)) }
      d.applicantKind = k
    }
    let region = value(.region)
    if !region.isEmpty {
      guard let r = ImportValues.region(region) else { return .failure(.unknownValue(.region, region)) }
      d.region = r
    }
    let time = value(.timestamp)
    if !time.isEmpty {
      guard let t = ImportTimestamp.parse(time) else { return .failure(.badTimestamp(time)) }
      d.created = t
    }
    return .success(d)
  }

  /// The row's own innovator, or nil when the row names nobody.
  private static func person(_ value: (ImportField) -> String) throws(BoardError) -> ImportMention? {
    var m = ImportMention()
    m.email = value(.email)
    try Rules.email(m.email).on(PersonField.email).throwFirst()
    m.phone = value(.phone)
    m.organisation = value(.organisation)
    let given = value(.givenName)
    let family = value(.familyName)
    if !given.isEmpty || !family.isEmpty {
      m.name = PersonName(given: given, family: family)
      m.explicit = true
    } else if !value(.name).isEmpty {
      m.name = PersonName(splitting: value(.name))
    }
    return m.name == nil && m.email.isEmpty && m.phone.isEmpty && m.organisation.isEmpty ? nil : m
  }

  /// Themes as tags: separated by commas, semicolons or line breaks; a theme given twice is kept once.
  static func themes(_ cell: String) -> [String] {
    var seen = Set<String>()
    var tags: [String] = []
    for part in cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }) {
      let tag = String(part).trimmingCharactersInWhitespace()
      if !tag.isEmpty, seen.insert(tag.searchKey).inserted { tags.append(tag) }
    }
    return tags
  }
}

extension ImportDraft {
  /// The row's innovator first, then its co-innovators.
  var people: [ImportMention] { (innovator.map { [$0] } ?? []) + coInnovators }
}
