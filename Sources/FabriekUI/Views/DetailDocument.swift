import FabriekCore

/// An idea's whole record as lines of styled spans, wrapped to a width: the detail pane's
/// content. Every piece of record text is wrapped by `WordWrap` (which sanitises it).
struct DetailDocument {
  let board: Board
  let now: Timestamp
  let width: Int
  /// The width of the label column of "label  value" lines.
  let labelWidth = 14
  var lines: [[Span]] = []

  init(board: Board, now: Timestamp, width: Int) {
    self.board = board
    self.now = now
    self.width = max(10, width)
  }

  func lines(for idea: Idea, history: [HistoryEntry]) -> [[Span]] {
    var document = self
    document.lines = []
    document.overview(idea)
    document.people(idea)
    document.enrichment(idea)
    document.impact(idea)
    document.financing(idea)
    document.exitPlan(idea)
    document.notes(idea)
    document.history(history)
    return document.lines
  }

  mutating func heading(_ text: String) {
    if !lines.isEmpty { lines.append([]) }
    lines.append([Span(text, style: .detailHeading)])
  }

  /// "Label         value", the value wrapped with its continuation lines under the value.
  mutating func field(_ label: String, _ value: String, style: Style = .normal) {
    guard !value.isEmpty else { return }
    let wrapped = WordWrap.wrap(value, width: width - labelWidth)
    let pad = DisplayWidth.fit(label, to: labelWidth - 1) + " "
    for (row, segments) in wrapped.enumerated() {
      let head = Span(row == 0 ? pad : String(repeating: " ", count: labelWidth), style: .detailLabel)
      lines.append([head] + spans(segments, style: style))
    }
  }

  /// Free text, wrapped and indented by `indent` cells.
  mutating func paragraph(_ text: String, indent: Int = 2, style: Style = .normal) {
    guard !text.isEmpty else { return }
    let margin = String(repeating: " ", count: indent)
    for segments in WordWrap.wrap(text, width: width - indent) {
      lines.append([Span(margin)] + spans(segments, style: style))
    }
  }

  /// A line of a list: "• text", wrapped under the text.
  mutating func item(_ text: String, style: Style = .normal) {
    let wrapped = WordWrap.wrap(text, width: width - 4)
    for (row, segments) in wrapped.enumerated() {
      lines.append([Span(row == 0 ? "  • " : "    ", style: .detailLabel)] + spans(segments, style: style))
    }
  }

  mutating func note(_ text: String) {
    paragraph(text, style: .dim)
  }

  func spans(_ segments: [TextSegment], style: Style) -> [Span] {
    segments.map { Span($0.text, style: $0.isMarker ? .marker : style) }
  }

  func personName(_ id: PersonID) -> String {
    guard let person = board.people[id] else { return id.code }
    return person.organisation.isEmpty ? person.fullName : "\(person.fullName) (\(person.organisation))"
  }

  func stageName(_ id: String) -> String { board.stage(id)?.displayName ?? id }
}

/// How times, amounts and numbers read on screen, in the current language: Dutch and French the
/// Belgian way (`2 dec. 2026 09:00`, `3,8`, `€ 12.500,50`); English as its screens have always
/// shown them (`2026-12-02 09:00`, `3.8`, `€ 12.500,50`), so an English screen reads as before.
enum Format {
  /// "29 Nov 2026 06:22", "29 nov. 2026 06:22", "29 nov. 2026 06:22".
  static func time(_ t: Timestamp) -> String {
    let clock = String(t.description.dropFirst(11).prefix(5))
    return Language.current.date(t.day) + " " + clock
  }

  /// "29 Nov 2026", "29 nov. 2026", "29 nov. 2026".
  static func day(_ day: Day) -> String { Language.current.date(day) }

  /// A day as a date field is filled in: "2026-11-29" in English, "29/11/2026" in Dutch and
  /// French (both read back in every language, `Day(typed:)`).
  static func typedDay(_ day: Day) -> String {
    guard Language.current != .en else { return day.description }
    let c = day.components
    return String(c.day) + "/" + String(c.month) + "/" + String(c.year)
  }

  /// "€12,500.50" in English, "€ 12.500,50" in Dutch and French.
  static func amount(_ euro: Euro) -> String { Language.current.amount(euro) }

  /// An indicator's figure as the form reads it: "12.5" ("12,5" in Dutch and French).
  static func figure(_ value: Double) -> String {
    let text = FieldKinds.decimalText(value)
    return Language.current == .en ? text : String(text.map { $0 == "." ? "," : $0 })
  }

  static func days(from start: Timestamp, to now: Timestamp) -> Int {
    max(0, Int((now.seconds - start.seconds) / 86_400))
  }

  /// "3.8" ("3,8" in Dutch and French): one decimal.
  static func decimal(_ value: Double) -> String {
    let tenths = Int((abs(value) * 10).rounded())
    let separator = Language.current == .en ? "." : ","
    return (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10)" + separator + "\(tenths % 10)"
  }

  /// "12", "2.5" ("2,5"): a number without needless decimals.
  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : decimal(value)
  }

  /// "€12k", "€800", "€1.2M" ("€1,2M"): an amount for a badge, compact in every language.
  static func shortEuro(_ amount: Euro) -> String {
    let euros = Double(amount.cents) / 100
    if euros >= 1_000_000 { return "€" + number((euros / 100_000).rounded() / 10) + "M" }
    if euros >= 1_000 { return "€" + number((euros / 100).rounded() / 10) + "k" }
    return "€" + String(Int(euros))
  }
}
