/// An idea in the snapshot, keys in sorted order, empty and absent values left out.
extension Idea {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("applicantKind", applicantKind) { $0.choice($1) }
      w.entry("coach", coach) { $0.int($1.rawValue) }
      w.key("created")
      w.timestamp(created)
      w.entry("decision", decision) { $1.write(to: &$0) }
      w.entry("description", nonEmpty: description)
      if !enrichment.isEmpty {
        w.key("enrichment")
        w.array { w in
          for m in enrichment {
            w.object { w in
              w.key("kind")
              w.choice(m.kind)
              w.key("notes")
              w.string(m.notes)
              w.key("status")
              w.choice(m.status)
            }
          }
        }
      }
      w.key("enteredStage")
      w.timestamp(enteredStage)
      if let p = exitPlan {
        w.key("exitPlan")
        p.write(to: &w)
      }
      if !financing.isEmpty {
        w.key("financing")
        w.array { w in for f in financing { f.write(to: &w) } }
      }
      w.key("id")
      w.int(id.rawValue)
      if !indicators.isEmpty {
        w.key("indicators")
        w.array { w in
          for i in indicators {
            w.object { w in
              w.entry("baseline", i.baseline) { $0.double($1) }
              w.entry("current", i.current) { $0.double($1) }
              w.key("name")
              w.string(i.name)
              w.entry("target", i.target) { $0.double($1) }
              w.key("unit")
              w.string(i.unit)
            }
          }
        }
      }
      w.entry("innovators", nonEmpty: innovators.map(\.rawValue))
      w.entry("mentors", nonEmpty: mentors.map(\.rawValue))
      if !notes.isEmpty {
        w.key("notes")
        w.array { w in
          for n in notes {
            w.object { w in
              w.key("at")
              w.timestamp(n.at)
              w.key("author")
              w.string(n.author)
              w.key("id")
              w.int(n.id)
              w.key("isPrivate")
              w.bool(n.isPrivate)
              w.entry("session", n.session) { $0.int($1.rawValue) }
              w.key("text")
              w.string(n.text)
            }
          }
        }
      }
      if let o = origin {
        w.key("origin")
        w.object { w in
          w.key("kind")
          w.choice(o.kind)
          w.entry("name", o.name) { $0.string($1) }
        }
      }
      w.entry("outcome", outcome) { $1.write(to: &$0) }
      w.entry("pitch", nonEmpty: pitch)
      w.entry("readiness", readiness) { $0.int($1) }
      w.entry("region", region) { $0.choice($1) }
      if !scores.isEmpty {
        w.key("scores")
        w.object { w in
          for (reviewer, s) in scores.sorted(by: { $0.key < $1.key }) {
            w.key(reviewer)
            w.object { w in
              for (c, v) in s.sorted(by: { $0.key < $1.key }) {
                w.key(c)
                w.int(v)
              }
            }
          }
        }
      }
      w.entry("sdgs", nonEmpty: sdgs)
      w.key("stage")
      w.string(stage)
      w.entry("tags", nonEmpty: tags)
      w.entry("theoryOfChange", nonEmpty: theoryOfChange)
      w.key("title")
      w.string(title)
      w.entry("valueModel", valueModel) { $0.choice($1) }
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(id: IdeaID(0), title: "", created: Timestamp(seconds: 0))
    try r.object(Key.self, required: [.id, .title, .stage, .created, .enteredStage], in: "json.record.idea") { r, key in
      switch key {
      case .id: id = IdeaID(try r.int())
      case .title: title = try r.string()
      case .pitch: pitch = try r.string()
      case .description: description = try r.string()
      case .applicantKind: applicantKind = try r.optionalChoice(ApplicantKind.self)
      case .innovators: innovators = try r.ints().map(PersonID.init)
      case .coach: coach = try r.optionalInt().map(PersonID.init)
      case .mentors: mentors = try r.ints().map(PersonID.init)
      case .origin:
        if r.isNull() { break }
        var kind = OriginKind.website
        var name: String?
        try r.object { r, k in
          switch k {
          case "kind": kind = try r.choice(OriginKind.self)
          case "name": name = r.isNull() ? nil : try r.string()
          default: try r.skip()
          }
        }
        origin = Origin(kind: kind, name: name)
      case .region: region = try r.optionalChoice(Region.self)
      case .tags: tags = try r.strings()
      case .sdgs: sdgs = try r.ints()
      case .valueModel: valueModel = try r.optionalChoice(ValueModel.self)
      case .stage: stage = try r.string()
      case .enteredStage: enteredStage = try r.timestamp()
      case .created: created = try r.timestamp()
      case .outcome: outcome = r.isNull() ? nil : try Outcome(json: &r)
      case .scores:
        try r.object { r, reviewer in
          var s: [String: Int] = [:]
          try r.object { r, c in s[c] = try r.int() }
          scores[reviewer] = s
        }
      case .decision: decision = r.isNull() ? nil : try Decision(json: &r)
      case .enrichment:
        try r.array { r in
          var m = EnrichmentModule(kind: .training, status: .planned)
          try r.object { r, k in
            switch k {
            case "kind": m.kind = try r.choice(EnrichmentKind.self)
            case "status": m.status = try r.choice(ModuleStatus.self)
            case "notes": m.notes = try r.string()
            default: try r.skip()
            }
          }
          enrichment.append(m)
        }
      case .readiness: readiness = try r.optionalInt()
      case .theoryOfChange: theoryOfChange = try r.string()
      case .indicators:
        try r.array { r in
          var i = Indicator(name: "")
          try r.object { r, k in
            switch k {
            case "name": i.name = try r.string()
            case "unit": i.unit = try r.string()
            case "baseline": i.baseline = try r.optionalDouble()
            case "target": i.target = try r.optionalDouble()
            case "current": i.current = try r.optionalDouble()
            default: try r.skip()
            }
          }
          indicators.append(i)
        }
      case .financing: try r.array { r in financing.append(try FinancingApplication(json: &r)) }
      case .exitPlan: exitPlan = r.isNull() ? nil : try ExitPlan(json: &r)
      case .notes:
        try r.array { r in
          var n = Note(id: 0, at: Timestamp(seconds: 0), author: "", text: "")
          try r.object(NoteKey.self, required: [.id, .at, .text], in: "json.record.note") { r, k in
            switch k {
            case .id: n.id = try r.int()
            case .at: n.at = try r.timestamp()
            case .author: n.author = try r.string()
            case .session: n.session = try r.optionalInt().map(SessionID.init)
            case .text: n.text = try r.string()
            case .isPrivate: n.isPrivate = try r.bool()
            default: try r.skip()
            }
          }
          notes.append(n)
        }
      default: try r.skip()
      }
    }
  }
}

extension Idea {
  /// The snapshot's keys for an idea, in the order they are written.
  enum Key: Int, JSONKeys {
    case applicantKind, coach, created, decision, description, enrichment, enteredStage, exitPlan, financing, id
    case indicators, innovators, mentors, notes, origin, outcome, pitch, readiness, region, scores, sdgs, stage, tags
    case theoryOfChange, title, valueModel
    static let table = KeyTable(Key.self)
  }

  enum NoteKey: Int, JSONKeys {
    case at, author, id, isPrivate, session, text
    static let table = KeyTable(NoteKey.self)
  }
}
