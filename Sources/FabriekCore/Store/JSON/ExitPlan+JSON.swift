/// An exit plan in the snapshot, keys in sorted order, empty and absent values left out.
/// A version-1 board holds its criteria as one text, read one criterion per line
/// (`Migration.exitCriteria(fromText:)`).
extension ExitPlan: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("criteria", criteria)
      w.entry("departure", departure)
      w.entry("followUps", nonEmpty: followUps)
      w.entry("outcome", outcome)
      w.entry("status", status)
      w.entry("taper", nonEmpty: taper)
      w.entry("targetDate", targetDate)
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
          criteria = try r.records()
        }
      case "targetDate": targetDate = try r.optionalDay()
      case "status": status = try r.choice(ExitPlanStatus.self)
      case "outcome": outcome = try r.string()
      case "departure": departure = try r.optionalRecord()
      case "taper": taper = try r.records()
      case "followUps": followUps = try r.records()
      default: try r.skip()
      }
    }
  }
}

extension ExitCriterion: JSONTable {
  static let blank = ExitCriterion(text: "")
  static let fields: JSONFields<Self> = [
    .init("evidence", nonEmpty: \.evidence), .init("state", \.state), .init("text", \.text),
  ]
}

extension Departure: JSONTable {
  static let blank = Departure(outcome: .independent, day: Day(daysSinceEpoch: 0))
  static let fields: JSONFields<Self> = [.init("day", \.day), .init("outcome", \.outcome)]
}

extension TaperStep: JSONTable {
  static let blank = TaperStep(support: .monthly)
  static let fields: JSONFields<Self> = [
    .init("done", whenTrue: \.done), .init("support", \.support), .init("until", \.until),
  ]
}

extension FollowUp: JSONTable {
  static let blank = FollowUp(months: 0, due: Day(daysSinceEpoch: 0))
  static let fields: JSONFields<Self> = [.init("due", \.due), .init("months", \.months), .init("record", \.record)]
}

extension FollowUpRecord: JSONTable {
  static let blank = FollowUpRecord(day: Day(daysSinceEpoch: 0), operating: false)
  static let fields: JSONFields<Self> = [
    .init("day", \.day), .init("jobs", \.jobs), .init("note", nonEmpty: \.note), .init("operating", \.operating),
    .init("raised", \.raised), .init("turnover", \.turnover),
  ]
}

extension ExitSettings: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("followUpMonths", followUpMonths)
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
