/// An idea in the snapshot, keys in sorted order, empty and absent values left out.
extension Idea {
  func write(to w: inout JSONWriter) {
    w.object { w in
      if let v = applicantKind {
        w.key("applicantKind")
        w.choice(v)
      }
      if let v = coach {
        w.key("coach")
        w.int(v.rawValue)
      }
      w.key("created")
      w.timestamp(created)
      if let d = decision {
        w.key("decision")
        d.write(to: &w)
      }
      if !description.isEmpty {
        w.key("description")
        w.string(description)
      }
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
        w.object { w in
          w.key("criteria")
          w.string(p.criteria)
          w.key("outcome")
          w.string(p.outcome)
          w.key("status")
          w.choice(p.status)
          if let d = p.targetDate {
            w.key("targetDate")
            w.day(d)
          }
        }
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
              if let v = i.baseline {
                w.key("baseline")
                w.double(v)
              }
              if let v = i.current {
                w.key("current")
                w.double(v)
              }
              w.key("name")
              w.string(i.name)
              if let v = i.target {
                w.key("target")
                w.double(v)
              }
              w.key("unit")
              w.string(i.unit)
            }
          }
        }
      }
      if !innovators.isEmpty {
        w.key("innovators")
        w.ints(innovators.map(\.rawValue))
      }
      if !mentors.isEmpty {
        w.key("mentors")
        w.ints(mentors.map(\.rawValue))
      }
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
              if let s = n.session {
                w.key("session")
                w.int(s.rawValue)
              }
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
          if let n = o.name {
            w.key("name")
            w.string(n)
          }
        }
      }
      if let o = outcome {
        w.key("outcome")
        o.write(to: &w)
      }
      if !pitch.isEmpty {
        w.key("pitch")
        w.string(pitch)
      }
      if let v = readiness {
        w.key("readiness")
        w.int(v)
      }
      if let v = region {
        w.key("region")
        w.choice(v)
      }
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
      if !sdgs.isEmpty {
        w.key("sdgs")
        w.ints(sdgs)
      }
      w.key("stage")
      w.string(stage)
      if !tags.isEmpty {
        w.key("tags")
        w.strings(tags)
      }
      if !theoryOfChange.isEmpty {
        w.key("theoryOfChange")
        w.string(theoryOfChange)
      }
      w.key("title")
      w.string(title)
      if let v = valueModel {
        w.key("valueModel")
        w.choice(v)
      }
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(id: IdeaID(0), title: "", created: Timestamp(seconds: 0))
    try r.object(Key.self, required: [.id, .title, .stage, .created, .enteredStage], in: "an idea") { r, key in
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
      case .exitPlan:
        if r.isNull() { break }
        var p = ExitPlan(criteria: "")
        try r.object { r, k in
          switch k {
          case "criteria": p.criteria = try r.string()
          case "targetDate": p.targetDate = try r.optionalDay()
          case "status": p.status = try r.choice(ExitPlanStatus.self)
          case "outcome": p.outcome = try r.string()
          default: try r.skip()
          }
        }
        exitPlan = p
      case .notes:
        try r.array { r in
          var n = Note(id: 0, at: Timestamp(seconds: 0), author: "", text: "")
          try r.object(NoteKey.self, required: [.id, .at, .text], in: "a note") { r, k in
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
