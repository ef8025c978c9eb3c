/// Matches and the suggestion weights in the snapshot: keys in sorted order, an absent optional
/// left out, as the other records are written.
extension Match: JSONTable {
  static let blank = Match(
    id: MatchID(0), idea: IdeaID(0), person: PersonID(0), proposedBy: "", proposedAt: Timestamp(seconds: 0))
  static let fields = JSONFields<Self>(
    "match.json.record", required: ["id", "idea", "person", "state", "proposedAt"],
    [
      .init("endReason", \.endReason), .init("hours", nonEmpty: \.hours), .init("id", \.id), .init("idea", \.idea),
      .init("kind", \.kind), .init("overrideReason", \.overrideReason), .init("person", \.person),
      .init("proposedAt", \.proposedAt), .init("proposedBy", \.proposedBy), .init("state", \.state),
      .init("transitions", nonEmpty: \.transitions),
    ])
}

extension MatchEndReason: JSONTable {
  static let blank = MatchEndReason(.other)
  static let fields: JSONFields<Self> = [.init("kind", \.kind), .init("text", \.text)]
}

extension HoursEntry: JSONTable {
  static let blank = HoursEntry(id: 0, day: Day(daysSinceEpoch: 0), minutes: 0)
  static let fields: JSONFields<Self> = [
    .init("day", \.day), .init("id", \.id), .init("minutes", \.minutes), .init("note", nonEmpty: \.note),
  ]
}

extension MatchTransition: JSONTable {
  static let blank = MatchTransition(.proposed, at: Timestamp(seconds: 0), by: "")
  static let fields: JSONFields<Self> = [.init("at", \.at), .init("by", \.by), .init("state", \.state)]
}

/// A key left out keeps its default.
extension MatchWeights: JSONTable {
  static let blank = MatchWeights.default
  static let fields: JSONFields<Self> = [
    .init("capacity", \.capacity), .init("expertise", \.expertise), .init("hours", \.hours),
    .init("language", \.language), .init("outcomes", \.outcomes), .init("region", \.region),
    .init("themesCounted", \.themesCounted),
  ]
}
