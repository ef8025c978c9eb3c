/// An idea in the snapshot, keys in sorted order, empty and absent values left out.
extension Idea: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("applicantKind", applicantKind)
      w.entry("coach", coach)
      w.entry("created", created)
      w.entry("decision", decision)
      w.entry("description", nonEmpty: description)
      w.entry("enrichment", nonEmpty: enrichment)
      w.entry("enteredStage", enteredStage)
      w.entry("exitPlan", exitPlan)
      w.entry("financing", nonEmpty: financing)
      w.entry("id", id)
      w.entry("indicators", nonEmpty: indicators)
      w.entry("innovators", nonEmpty: innovators)
      w.entry("mentors", nonEmpty: mentors)
      w.entry("notes", nonEmpty: notes)
      w.entry("origin", origin)
      w.entry("outcome", outcome)
      w.entry("pitch", nonEmpty: pitch)
      w.entry("readiness", readiness)
      w.entry("region", region)
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
      w.entry("stage", stage)
      w.entry("tags", nonEmpty: tags)
      w.entry("theoryOfChange", nonEmpty: theoryOfChange)
      w.entry("title", title)
      w.entry("valueModel", valueModel)
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
      case .origin: origin = try r.optionalRecord()
      case .region: region = try r.optionalChoice(Region.self)
      case .tags: tags = try r.strings()
      case .sdgs: sdgs = try r.ints()
      case .valueModel: valueModel = try r.optionalChoice(ValueModel.self)
      case .stage: stage = try r.string()
      case .enteredStage: enteredStage = try r.timestamp()
      case .created: created = try r.timestamp()
      case .outcome: outcome = try r.optionalRecord()
      case .scores:
        try r.object { r, reviewer in
          var s: [String: Int] = [:]
          try r.object { r, c in s[c] = try r.int() }
          scores[reviewer] = s
        }
      case .decision: decision = try r.optionalRecord()
      case .enrichment: enrichment = try r.records()
      case .readiness: readiness = try r.optionalInt()
      case .theoryOfChange: theoryOfChange = try r.string()
      case .indicators: indicators = try r.records()
      case .financing: financing = try r.records()
      case .exitPlan: exitPlan = try r.optionalRecord()
      case .notes: notes = try r.records()
      default: try r.skip()
      }
    }
  }
}

extension EnrichmentModule: JSONTable {
  static let blank = EnrichmentModule(kind: .training, status: .planned)
  static let fields: JSONFields<Self> = [.init("kind", \.kind), .init("notes", \.notes), .init("status", \.status)]
}

extension Indicator: JSONTable {
  static let blank = Indicator(name: "")
  static let fields: JSONFields<Self> = [
    .init("baseline", \.baseline), .init("current", \.current), .init("name", \.name), .init("target", \.target),
    .init("unit", \.unit),
  ]
}

extension Note: JSONTable {
  static let blank = Note(id: 0, at: Timestamp(seconds: 0), author: "", text: "")
  static let fields = JSONFields<Self>(
    "json.record.note", required: ["id", "at", "text"],
    [
      .init("at", \.at), .init("author", \.author), .init("id", \.id), .init("isPrivate", \.isPrivate),
      .init("session", \.session), .init("text", \.text),
    ])
}

extension Origin: JSONTable {
  static let blank = Origin(kind: .website)
  static let fields: JSONFields<Self> = [.init("kind", \.kind), .init("name", \.name)]
}

extension Idea {
  /// The snapshot's keys for an idea, in the order they are written.
  enum Key: Int, JSONKeys {
    case applicantKind, coach, created, decision, description, enrichment, enteredStage, exitPlan, financing, id
    case indicators, innovators, mentors, notes, origin, outcome, pitch, readiness, region, scores, sdgs, stage, tags
    case theoryOfChange, title, valueModel
    static let table = KeyTable(Key.self)
  }
}
