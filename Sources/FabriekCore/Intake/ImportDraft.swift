/// One data row read into the values of an idea and its people; the people are resolved later
/// (`ImportBuilder`). Only a row without a title (or with more fields than the header) is
/// refused: a value that cannot go into its field — an answer that fits no option, an e-mail
/// address that is not one, a date fabriek cannot read — leaves the field empty and is kept,
/// with every answer of a column that maps to no field, in the idea's note (`noteEntries`,
/// `Question: answer`), and the row gets a notice saying so.
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
  var innovator: ImportMention?
  var coInnovators: [ImportMention] = []
  /// `Question: answer` for each cell kept in the note, in column order.
  var noteEntries: [String] = []
  /// `Question: answer` for the cells of the innovator's own columns, for the note when no
  /// person can be made of them.
  var personEntries: [String] = []
  var notices: [RowNotice] = []

  /// What every row of a table shares.
  struct Context {
    var columns: [ImportTable.Column]
    var index: [ImportField: Int]
    var custom: [ImportField: [String: String]]
    var options: ImportOptions

    init(table: ImportTable, options: ImportOptions) {
      columns = table.columns
      index = table.index
      custom = table.customValues
      self.options = options
    }
  }

  static func read(_ record: CSVDocument.Record, context c: Context) -> Result<ImportDraft, RowProblem> {
    let columns = c.columns
    if let last = record.fields.lastIndex(where: { !$0.allSatisfy(\.isWhitespace) }), last >= columns.count {
      return .failure(.tooManyFields(found: last + 1, expected: columns.count))
    }
    var noted = Set<Int>()
    /// A cell as text, its line breaks as LF.
    func cell(_ i: Int) -> String {
      guard i < record.fields.count else { return "" }
      return CSVCell.lineFeeds(CSVCell.import(record.fields[i])).trimmingCharactersInWhitespace()
    }
    func value(_ f: ImportField) -> String { c.index[f].map(cell) ?? "" }
    var d = ImportDraft(line: record.line)
    /// Keeps a field's cell in the note (once).
    func keep(_ f: ImportField) {
      if let i = c.index[f] { noted.insert(i) }
    }
    d.title = value(.title)
    if let refusal = Rules.idea(.title(d.title)).first {
      guard d.title.count > Rules.maxTitle else { return .failure(.rule(refusal.error)) }
      d.notices.append(.titleShortened(d.title.count))
      keep(.title)
      d.title = String(d.title.prefix(Rules.maxTitle - 1)).trimmingCharactersInWhitespace() + "…"
    }
    d.pitch = value(.pitch)
    if d.pitch.count > Rules.maxShortText {
      d.notices.append(.refused(.pitch, tr("row.longerThan", ["max": CoreText.number(Rules.maxShortText)])))
      keep(.pitch)
      d.pitch = ""
    }
    d.description = value(.description)
    if d.description.count > Rules.maxLongText {
      d.notices.append(.refused(.description, tr("row.longerThan", ["max": CoreText.number(Rules.maxLongText)])))
      keep(.description)
      d.description = ""
    }
    d.tags = themes(value(.themes))
    if let reason = Rules.tags(d.tags).first {
      d.notices.append(.refused(.themes, reason.text))
      keep(.themes)
      d.tags = []
    }
    let answer = value(.origin)
    if let source = c.options.source {
      d.origin = Origin(kind: .ideaCampaign, name: source)
      keep(.origin)
    } else if !answer.isEmpty {
      d.origin = ImportValues.origin(answer)
      if (d.origin.name ?? "").count > Rules.maxTitle {
        d.origin = Origin(kind: .website)
        keep(.origin)
      }
    }
    d.innovator = person(value, keep: keep, notices: &d.notices)
    let co = value(.coInnovators)
    d.coInnovators = ImportMention.list(co)
    if d.coInnovators.contains(where: { !Rules.email($0.email).isEmpty }) {
      d.notices.append(.badCoInnovators(co))
      keep(.coInnovators)
      d.coInnovators = []
    }
    /// The option a field's answer stands for; an answer that fits none is noted and kept in the note.
    func option<V>(_ f: ImportField, _ match: (String, [String: String]) -> V?) -> V? {
      let answer = value(f)
      guard !answer.isEmpty else { return nil }
      if let v = match(answer, c.custom[f] ?? [:]) { return v }
      d.notices.append(.unmatched(f, answer))
      keep(f)
      return nil
    }
    if let k = option(.applicantKind, ImportValues.applicantKind) { d.applicantKind = k }
    if let r = option(.region, ImportValues.region) { d.region = r }
    let time = value(.timestamp)
    if !time.isEmpty {
      if let t = ImportTimestamp.parse(time) {
        d.created = t
      } else {
        d.notices.append(.badTimestamp(time))
        keep(.timestamp)
      }
    }
    let personFields: Set<ImportField> = [.name, .givenName, .familyName, .email, .phone, .organisation]
    for (i, column) in columns.enumerated() {
      let text = cell(i)
      guard !text.isEmpty else { continue }
      if column.field == nil || noted.contains(i) {
        d.noteEntries.append(column.heading + ": " + text)
      } else if let f = column.field, personFields.contains(f) {
        d.personEntries.append(column.heading + ": " + text)
      }
    }
    return .success(d)
  }

  /// The row's own innovator, or nil when the row names nobody. An e-mail address that is not
  /// one is kept in the note and the person made without it.
  private static func person(
    _ value: (ImportField) -> String, keep: (ImportField) -> Void, notices: inout [RowNotice]
  ) -> ImportMention? {
    var m = ImportMention()
    m.email = value(.email)
    if !Rules.email(m.email).isEmpty {
      notices.append(.invalidEmail(m.email))
      keep(.email)
      m.email = ""
    }
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
    if let n = m.name, n.given.count > Rules.maxTitle || n.family.count > Rules.maxTitle {
      notices.append(.refused(.name, tr("row.longerThan", ["max": CoreText.number(Rules.maxTitle)])))
      for f in [ImportField.name, .givenName, .familyName] { keep(f) }
      m.name = nil
      m.explicit = false
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
