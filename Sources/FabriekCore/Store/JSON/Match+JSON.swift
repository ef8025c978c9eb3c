/// Matches and the suggestion weights in the snapshot: keys in sorted order, an absent optional
/// left out, as the other records are written.
extension Match: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("endReason", endReason)
      w.entry("hours", nonEmpty: hours)
      w.entry("id", id)
      w.entry("idea", idea)
      w.entry("kind", kind)
      w.entry("overrideReason", overrideReason)
      w.entry("person", person)
      w.entry("proposedAt", proposedAt)
      w.entry("proposedBy", proposedBy)
      w.entry("state", state)
      w.entry("transitions", nonEmpty: transitions)
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(id: MatchID(0), idea: IdeaID(0), person: PersonID(0), proposedBy: "", proposedAt: Timestamp(seconds: 0))
    try r.object(Key.self, required: [.id, .idea, .person, .state, .proposedAt], in: "match.json.record") { r, k in
      switch k {
      case .id: id = MatchID(try r.int())
      case .idea: idea = IdeaID(try r.int())
      case .person: person = PersonID(try r.int())
      case .kind: kind = try r.choice(MatchKind.self)
      case .state: state = try r.choice(MatchState.self)
      case .proposedBy: proposedBy = try r.string()
      case .proposedAt: proposedAt = try r.timestamp()
      case .overrideReason: overrideReason = r.isNull() ? nil : try r.string()
      case .endReason: endReason = try r.optionalRecord()
      case .hours: hours = try r.records()
      case .transitions: transitions = try r.records()
      default: try r.skip()
      }
    }
  }

  enum Key: Int, JSONKeys {
    case endReason, hours, id, idea, kind, overrideReason, person, proposedAt, proposedBy, state, transitions
    static let table = KeyTable(Key.self)
  }
}

extension MatchEndReason: JSONTable {
  static let blank = MatchEndReason(.other)
  static let fields: [JSONField<Self>] = [.init("kind", \.kind), .init("text", \.text)]
}

extension HoursEntry: JSONTable {
  static let blank = HoursEntry(id: 0, day: Day(daysSinceEpoch: 0), minutes: 0)
  static let fields: [JSONField<Self>] = [
    .init("day", \.day), .init("id", \.id), .init("minutes", \.minutes), .init("note", nonEmpty: \.note),
  ]
}

extension MatchTransition: JSONTable {
  static let blank = MatchTransition(.proposed, at: Timestamp(seconds: 0), by: "")
  static let fields: [JSONField<Self>] = [.init("at", \.at), .init("by", \.by), .init("state", \.state)]
}

/// A key left out keeps its default.
extension MatchWeights: JSONTable {
  static let blank = MatchWeights.default
  static let fields: [JSONField<Self>] = [
    .init("capacity", \.capacity), .init("expertise", \.expertise), .init("hours", \.hours),
    .init("language", \.language), .init("outcomes", \.outcomes), .init("region", \.region),
    .init("themesCounted", \.themesCounted),
  ]
}
