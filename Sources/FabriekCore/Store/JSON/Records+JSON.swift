extension Outcome {
  func write(to w: inout JSONWriter) {
    w.object { w in
      switch self {
      case .declined(let reason, let text):
        w.key("declined")
        w.object { w in
          w.key("reason")
          w.choice(reason)
          w.key("text")
          w.string(text)
        }
      case .parked(let day):
        w.key("parked")
        w.object { w in
          w.key("revisit")
          w.day(day)
        }
      }
    }
  }

  init(json r: inout JSONReader) throws {
    var result: Outcome?
    try r.tagged { r, tag in
      let v = try CaseValues(json: &r)
      switch tag {
      case "declined": result = .declined(reason: v.reason, text: v.text)
      case "parked": result = v.revisit.map { .parked(revisit: $0) }
      default: break
      }
    }
    guard let result else { throw r.failure(tr("json.notAnOutcome")) }
    self = result
  }
}

extension Decision {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("at")
      w.timestamp(at)
      w.key("by")
      w.string(by)
      w.key("kind")
      w.object { w in
        switch kind {
        case .accept(let stage):
          w.key("accept")
          w.object { w in
            w.key("stage")
            w.string(stage)
          }
        case .decline(let reason, let text):
          w.key("decline")
          w.object { w in
            w.key("reason")
            w.choice(reason)
            w.key("text")
            w.string(text)
          }
        case .park(let day):
          w.key("park")
          w.object { w in
            w.key("revisit")
            w.day(day)
          }
        case .merge(let into):
          w.key("merge")
          w.object { w in
            w.key("into")
            w.int(into.rawValue)
          }
        }
      }
    }
  }

  init(json r: inout JSONReader) throws {
    var at: Timestamp?
    var by = ""
    var kind: Kind?
    try r.object { r, k in
      switch k {
      case "at": at = try r.timestamp()
      case "by": by = try r.string()
      case "kind":
        try r.tagged { r, tag in
          let v = try CaseValues(json: &r)
          switch tag {
          case "accept": kind = .accept(stage: v.stage)
          case "decline": kind = .decline(reason: v.reason, text: v.text)
          case "park": kind = v.revisit.map { .park(revisit: $0) }
          case "merge": kind = v.into.map { .merge(into: IdeaID($0)) }
          default: break
          }
        }
      default: try r.skip()
      }
    }
    guard let at, let kind else { throw r.failure(tr("json.decisionIncomplete")) }
    self.init(kind: kind, by: by, at: at)
  }
}

/// The values of a case of an outcome or a decision, written as `{"case":{…}}`: every field
/// any of their cases has, each case taking those it needs.
private struct CaseValues {
  var stage = ""
  var reason = DeclineReason.other
  var text = ""
  var revisit: Day?
  var into: Int?

  init(json r: inout JSONReader) throws {
    try r.object { r, f in
      switch f {
      case "stage": stage = try r.string()
      case "reason": reason = try r.choice(DeclineReason.self)
      case "text": text = try r.string()
      case "revisit": revisit = try r.day()
      case "into": into = try r.int()
      default: try r.skip()
      }
    }
  }
}

extension FinancingApplication {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("asked")
      w.int(asked.cents)
      w.entry("decided", decided) { $0.day($1) }
      w.key("funder")
      w.string(funder)
      w.entry("granted", granted) { $0.int($1.cents) }
      w.key("id")
      w.int(id)
      w.key("kind")
      w.choice(kind)
      w.key("status")
      w.choice(status)
      w.entry("submitted", submitted) { $0.day($1) }
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(id: 0, kind: .pilot, funder: "", asked: .zero, status: .draft)
    try r.object { r, k in
      switch k {
      case "id": id = try r.int()
      case "kind": kind = try r.choice(FinancingKind.self)
      case "funder": funder = try r.string()
      case "asked": asked = try r.euro()
      case "granted": granted = r.isNull() ? nil : try r.euro()
      case "status": status = try r.choice(FinancingStatus.self)
      case "submitted": submitted = try r.optionalDay()
      case "decided": decided = try r.optionalDay()
      default: try r.skip()
      }
    }
  }
}
