extension Person {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("consentDate", consentDate) { $0.day($1) }
      w.entry("consentPurpose", nonEmpty: consentPurpose)
      w.entry("email", nonEmpty: email)
      w.entry("expertise", nonEmpty: expertise)
      w.key("familyName")
      w.string(familyName)
      w.key("givenName")
      w.string(givenName)
      w.entry("hoursBudget", hoursBudget) { $0.int($1) }
      w.key("id")
      w.int(id.rawValue)
      w.entry("languages", nonEmpty: languages)
      w.entry("mentorCapacity", mentorCapacity) { $0.int($1) }
      w.entry("organisation", nonEmpty: organisation)
      w.entry("phone", nonEmpty: phone)
      w.entry("retentionDate", retentionDate) { $0.day($1) }
      w.entry("roles", roles.isEmpty ? nil : roles) { w, roles in w.array { w in for r in roles { w.choice(r) } } }
      w.entry("showFullName", showFullName ? true : nil) { $0.bool($1) }
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

extension Session {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("agenda")
      w.ints(agenda.map(\.rawValue))
      w.key("date")
      w.day(date)
      w.entry("facilitator", facilitator) { $0.int($1.rawValue) }
      w.key("id")
      w.int(id.rawValue)
      w.key("kind")
      w.choice(kind)
      w.key("participants")
      w.ints(participants.map(\.rawValue))
      w.key("title")
      w.string(title)
      w.key("votes")
      w.array { w in
        for v in votes {
          w.object { w in
            w.key("dots")
            w.int(v.dots)
            w.key("idea")
            w.int(v.idea.rawValue)
            w.entry("participant", v.participant) { $0.int($1.rawValue) }
          }
        }
      }
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
      case .votes:
        try r.array { r in
          var v = DotVote(idea: IdeaID(0), participant: nil, dots: 0)
          try r.object { r, f in
            switch f {
            case "idea": v.idea = IdeaID(try r.int())
            case "participant": v.participant = try r.optionalInt().map(PersonID.init)
            case "dots": v.dots = try r.int()
            default: try r.skip()
            }
          }
          votes.append(v)
        }
      default: try r.skip()
      }
    }
  }
}

extension HistoryEntry {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("at")
      w.timestamp(at)
      w.entry("event", event) { $0.string($1.text) }
      w.entry("person", person) { $0.int($1.rawValue) }
      w.key("subject")
      w.object { w in
        switch subject {
        case .idea(let id):
          w.key("idea")
          w.object { w in
            w.key("_0")
            w.int(id.rawValue)
          }
        case .person(let id):
          w.key("person")
          w.object { w in
            w.key("_0")
            w.int(id.rawValue)
          }
        case .session(let id):
          w.key("session")
          w.object { w in
            w.key("_0")
            w.int(id.rawValue)
          }
        case .board:
          w.key("board")
          w.object { _ in }
        }
      }
      w.key("what")
      w.string(what)
      w.key("who")
      w.string(who)
      w.entry("why", why) { $0.string($1) }
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
