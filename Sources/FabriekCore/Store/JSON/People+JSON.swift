extension Person: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("consentDate", consentDate)
      w.entry("consentPurpose", nonEmpty: consentPurpose)
      w.entry("email", nonEmpty: email)
      w.entry("expertise", nonEmpty: expertise)
      w.entry("familyName", familyName)
      w.entry("givenName", givenName)
      w.entry("hoursBudget", hoursBudget)
      w.entry("id", id)
      w.entry("languages", nonEmpty: languages)
      w.entry("mentorCapacity", mentorCapacity)
      w.entry("organisation", nonEmpty: organisation)
      w.entry("phone", nonEmpty: phone)
      w.entry("retentionDate", retentionDate)
      w.entry("roles", roles.isEmpty ? nil : roles) { w, roles in w.array { w in for r in roles { w.choice(r) } } }
      w.entry("showFullName", showFullName ? true : nil)
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(id: PersonID(0), givenName: "", familyName: "")
    try r.object(Key.self, required: [.id], in: "json.record.person") { r, k in
      switch k {
      case .id: id = PersonID(try r.int())
      case .givenName: givenName = try r.string()
      case .familyName: familyName = try r.string()
      case .email: email = try r.string()
      case .phone: phone = try r.string()
      case .organisation: organisation = try r.string()
      case .roles: try r.array { r in roles.append(try r.choice(PersonRole.self)) }
      case .expertise: expertise = try r.strings()
      case .languages: languages = try r.strings()
      case .mentorCapacity: mentorCapacity = try r.optionalInt()
      case .hoursBudget: hoursBudget = try r.optionalInt()
      case .consentDate: consentDate = try r.optionalDay()
      case .consentPurpose: consentPurpose = try r.string()
      case .retentionDate: retentionDate = try r.optionalDay()
      case .showFullName: showFullName = try r.bool()
      default: try r.skip()
      }
    }
  }
}

extension Session: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("agenda", agenda)
      w.entry("date", date)
      w.entry("facilitator", facilitator)
      w.entry("id", id)
      w.entry("kind", kind)
      w.entry("participants", participants)
      w.entry("title", title)
      w.entry("votes", votes)
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(id: SessionID(0), kind: .coCreation, title: "", date: Day(daysSinceEpoch: 0))
    try r.object(Key.self, required: [.id, .kind, .title, .date], in: "json.record.session") { r, k in
      switch k {
      case .id: id = SessionID(try r.int())
      case .kind: kind = try r.choice(SessionKind.self)
      case .title: title = try r.string()
      case .date: date = try r.day()
      case .facilitator: facilitator = try r.optionalInt().map(PersonID.init)
      case .agenda: agenda = try r.ints().map(IdeaID.init)
      case .participants: participants = try r.ints().map(PersonID.init)
      case .votes: votes = try r.records()
      default: try r.skip()
      }
    }
  }
}

extension DotVote: JSONTable {
  static let blank = DotVote(idea: IdeaID(0), participant: nil, dots: 0)
  static let fields: [JSONField<Self>] = [
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

extension Person {
  enum Key: Int, JSONKeys {
    case consentDate, consentPurpose, email, expertise, familyName, givenName, hoursBudget, id, languages
    case mentorCapacity, organisation, phone, retentionDate, roles, showFullName
    static let table = KeyTable(Key.self)
  }
}

extension Session {
  enum Key: Int, JSONKeys {
    case agenda, date, facilitator, id, kind, participants, title, votes
    static let table = KeyTable(Key.self)
  }
}

extension HistoryEntry {
  enum Key: Int, JSONKeys {
    case at, event, person, subject, what, who, why
    static let table = KeyTable(Key.self)
  }
}
