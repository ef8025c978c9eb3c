/// An exit plan in the snapshot, keys in sorted order, empty and absent values left out.
/// A version-1 board holds its criteria as one text, read one criterion per line
/// (`Migration.exitCriteria(fromText:)`).
extension ExitPlan {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("criteria")
      w.array { w in
        for c in criteria {
          w.object { w in
            w.entry("evidence", nonEmpty: c.evidence)
            w.key("state")
            w.choice(c.state)
            w.key("text")
            w.string(c.text)
          }
        }
      }
      w.entry("departure", departure) { w, d in
        w.object { w in
          w.key("day")
          w.day(d.day)
          w.key("outcome")
          w.choice(d.outcome)
        }
      }
      if !followUps.isEmpty {
        w.key("followUps")
        w.array { w in for f in followUps { f.write(to: &w) } }
      }
      w.key("outcome")
      w.string(outcome)
      w.key("status")
      w.choice(status)
      if !taper.isEmpty {
        w.key("taper")
        w.array { w in
          for s in taper {
            w.object { w in
              if s.done {
                w.key("done")
                w.bool(true)
              }
              w.key("support")
              w.choice(s.support)
              w.entry("until", s.until) { $0.day($1) }
            }
          }
        }
      }
      w.entry("targetDate", targetDate) { $0.day($1) }
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(criteria: [])
    try r.object { r, k in
      switch k {
      case "criteria":
        if r.peek() == UInt8(ascii: "\"") {
          criteria = Migration.exitCriteria(fromText: try r.string())
        } else {
          try r.array { r in
            var c = ExitCriterion(text: "")
            try r.object { r, k in
              switch k {
              case "text": c.text = try r.string()
              case "state": c.state = try r.choice(CriterionState.self)
              case "evidence": c.evidence = try r.string()
              default: try r.skip()
              }
            }
            criteria.append(c)
          }
        }
      case "targetDate": targetDate = try r.optionalDay()
      case "status": status = try r.choice(ExitPlanStatus.self)
      case "outcome": outcome = try r.string()
      case "departure":
        if r.isNull() { break }
        var d = Departure(outcome: .independent, day: Day(daysSinceEpoch: 0))
        try r.object { r, k in
          switch k {
          case "day": d.day = try r.day()
          case "outcome": d.outcome = try r.choice(ExitOutcome.self)
          default: try r.skip()
          }
        }
        departure = d
      case "taper":
        try r.array { r in
          var s = TaperStep(support: .monthly)
          try r.object { r, k in
            switch k {
            case "support": s.support = try r.choice(SupportKind.self)
            case "until": s.until = try r.optionalDay()
            case "done": s.done = try r.bool()
            default: try r.skip()
            }
          }
          taper.append(s)
        }
      case "followUps": try r.array { r in followUps.append(try FollowUp(json: &r)) }
      default: try r.skip()
      }
    }
  }
}

extension FollowUp {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("due")
      w.day(due)
      w.key("months")
      w.int(months)
      w.entry("record", record) { w, r in
        w.object { w in
          w.key("day")
          w.day(r.day)
          w.entry("jobs", r.jobs) { $0.int($1) }
          w.entry("note", nonEmpty: r.note)
          w.key("operating")
          w.bool(r.operating)
          w.entry("raised", r.raised) { $0.int($1.cents) }
          w.entry("turnover", r.turnover) { $0.choice($1) }
        }
      }
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(months: 0, due: Day(daysSinceEpoch: 0))
    try r.object { r, k in
      switch k {
      case "due": due = try r.day()
      case "months": months = try r.int()
      case "record":
        if r.isNull() { break }
        var rec = FollowUpRecord(day: Day(daysSinceEpoch: 0), operating: false)
        try r.object { r, k in
          switch k {
          case "day": rec.day = try r.day()
          case "jobs": rec.jobs = try r.optionalInt()
          case "note": rec.note = try r.string()
          case "operating": rec.operating = try r.bool()
          case "raised": rec.raised = r.isNull() ? nil : try r.euro()
          case "turnover": rec.turnover = try r.optionalChoice(TurnoverBand.self)
          default: try r.skip()
          }
        }
        record = rec
      default: try r.skip()
      }
    }
  }
}

extension ExitSettings {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("followUpMonths")
      w.ints(followUpMonths)
      w.key("templates")
      w.object { w in
        for model in ValueModel.allCases {
          guard let texts = templates[model] else { continue }
          w.key(model.rawValue)
          w.strings(texts)
        }
      }
    }
  }

  init(json r: inout JSONReader) throws {
    self.init()
    try r.object { r, k in
      switch k {
      case "followUpMonths": followUpMonths = try r.ints()
      case "templates":
        try r.object { r, model in
          guard let m = ValueModel(rawValue: model) else { return try r.skip() }
          templates[m] = try r.strings()
        }
      default: try r.skip()
      }
    }
  }
}
