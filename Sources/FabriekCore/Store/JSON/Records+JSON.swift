extension Outcome: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      switch self {
      case .declined(let reason, let text): w.entry("declined", CaseValues(reason: reason, text: text))
      case .parked(let day): w.entry("parked", CaseValues(revisit: day))
      }
    }
  }

  init(json r: inout JSONReader) throws {
    var result: Outcome?
    try r.tagged { r, tag in
      let v = try CaseValues(json: &r)
      switch tag {
      case "declined": result = .declined(reason: v.reason ?? .other, text: v.text ?? "")
      case "parked": result = v.revisit.map { .parked(revisit: $0) }
      default: break
      }
    }
    guard let result else { throw r.failure(tr("json.notAnOutcome")) }
    self = result
  }
}

extension Decision: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("at", at)
      w.entry("by", by)
      w.key("kind")
      w.object { w in
        switch kind {
        case .accept(let stage): w.entry("accept", CaseValues(stage: stage))
        case .decline(let reason, let text): w.entry("decline", CaseValues(reason: reason, text: text))
        case .park(let day): w.entry("park", CaseValues(revisit: day))
        case .merge(let into): w.entry("merge", CaseValues(into: into.rawValue))
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
          case "accept": kind = .accept(stage: v.stage ?? "")
          case "decline": kind = .decline(reason: v.reason ?? .other, text: v.text ?? "")
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
/// any of their cases has, each case giving and taking those it needs.
private struct CaseValues {
  var stage: String?
  var reason: DeclineReason?
  var text: String?
  var revisit: Day?
  var into: Int?
}

extension CaseValues: JSONTable {
  static let blank = CaseValues()
  static let fields: JSONFields<Self> = [
    .init("into", \.into), .init("reason", \.reason), .init("revisit", \.revisit), .init("stage", \.stage),
    .init("text", \.text),
  ]
}

extension FinancingApplication: JSONTable {
  static let blank = FinancingApplication(id: 0, kind: .pilot, funder: "", asked: .zero, status: .draft)
  static let fields: JSONFields<Self> = [
    .init("asked", \.asked), .init("decided", \.decided), .init("funder", \.funder), .init("granted", \.granted),
    .init("id", \.id), .init("kind", \.kind), .init("status", \.status), .init("submitted", \.submitted),
  ]
}
