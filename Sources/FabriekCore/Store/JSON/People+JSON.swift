extension Person: JSONTable {
  static let blank = Person(id: PersonID(0), givenName: "", familyName: "")
  static let fields = JSONFields<Self>(
    "json.record.person", required: ["id"],
    [
      .init("consentDate", \.consentDate), .init("consentPurpose", nonEmpty: \.consentPurpose),
      .init("email", nonEmpty: \.email), .init("expertise", nonEmpty: \.expertise), .init("familyName", \.familyName),
      .init("givenName", \.givenName), .init("hoursBudget", \.hoursBudget), .init("id", \.id),
      .init("languages", nonEmpty: \.languages), .init("mentorCapacity", \.mentorCapacity),
      .init("organisation", nonEmpty: \.organisation), .init("phone", nonEmpty: \.phone),
      .init("retentionDate", \.retentionDate), .init("roles", nonEmpty: \.roles),
      .init("showFullName", whenTrue: \.showFullName),
    ])
}

extension Session: JSONTable {
  static let blank = Session(id: SessionID(0), kind: .coCreation, title: "", date: Day(daysSinceEpoch: 0))
  static let fields = JSONFields<Self>(
    "json.record.session", required: ["id", "kind", "title", "date"],
    [
      .init("agenda", \.agenda), .init("date", \.date), .init("facilitator", \.facilitator), .init("id", \.id),
      .init("kind", \.kind), .init("participants", \.participants), .init("title", \.title), .init("votes", \.votes),
    ])
}

extension DotVote: JSONTable {
  static let blank = DotVote(idea: IdeaID(0), participant: nil, dots: 0)
  static let fields: JSONFields<Self> = [
    .init("dots", \.dots), .init("idea", \.idea), .init("participant", \.participant),
  ]
}

extension HistoryEntry: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("at", at)
      w.entry("event", event?.text)
      w.entry("person", person)
      w.key("subject")
      w.object { w in
        switch subject {
        case .idea(let id): w.subjectCase("idea", id)
        case .person(let id): w.subjectCase("person", id)
        case .session(let id): w.subjectCase("session", id)
        case .board:
          w.key("board")
          w.object { _ in }
        }
      }
      w.entry("what", what)
      w.entry("who", who)
      w.entry("why", why)
    }
  }

  init(json r: inout JSONReader) throws {
    var event: StageEvent?
    var at: Timestamp?
    var who = ""
    var what = ""
    var why: String?
    var subject: Subject?
    var person: PersonID?
    try r.object(Key.self, in: "json.record.history") { r, k in
      switch k {
      case .at: at = try r.timestamp()
      case .person: person = try r.optionalInt().map(PersonID.init)
      case .who: who = try r.string()
      case .what: what = try r.string()
      case .why: why = r.isNull() ? nil : try r.string()
      case .event:
        let text = try r.string()
        guard let e = StageEvent(text: text) else { throw r.failure(tr("json.notAStageEvent", ["text": text])) }
        event = e
      case .subject:
        try r.tagged { r, tag in
          var n: Int?
          try r.object { r, f in if f == "_0" { n = try r.int() } else { try r.skip() } }
          switch (tag, n) {
          case ("idea", let n?): subject = .idea(IdeaID(n))
          case ("person", let n?): subject = .person(PersonID(n))
          case ("session", let n?): subject = .session(SessionID(n))
          case ("board", _): subject = .board
          default: break
          }
        }
      default: try r.skip()
      }
    }
    guard let at, let subject else { throw r.failure(tr("json.historyIncomplete")) }
    self.init(at: at, who: who, subject: subject, what: what, why: why, event: event)
    self.person = person
  }
}

extension JSONWriter {
  /// `"case":{"_0":id}`, the way `Codable` writes an enum case with one value.
  fileprivate mutating func subjectCase<K>(_ tag: StaticString, _ id: RecordID<K>) {
    key(tag)
    object { $0.entry("_0", id) }
  }
}

extension HistoryEntry {
  enum Key: Int, JSONKeys {
    case at, event, person, subject, what, who, why
    static let table = KeyTable(Key.self)
  }
}
