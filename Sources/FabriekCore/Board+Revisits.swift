extension Board {
  /// Parked ideas whose revisit date has come (today or earlier), oldest first.
  public func parkedDue(on today: Day) -> [Idea] {
    // Only the due ones are sorted: sorting every idea first costs more than the rest of opening.
    ideas.values.filter { if case .parked(let day) = $0.outcome { day <= today } else { false } }.sorted { $0.id < $1.id }
  }

  /// The change that brings every parked idea whose revisit date has come back into Incoming,
  /// with a history line each saying why; nil when none is due.
  public func revisitsDue(at now: Timestamp, by who: String = "fabriek") -> Change? {
    let due = parkedDue(on: now.day)
    guard !due.isEmpty else { return nil }
    let ops = due.map { BoardOperation.reopen($0.id, stage: Stage.incoming, at: now) }
    return Change(ops.count == 1 ? ops[0] : .batch(ops), by: who, at: now, why: "its revisit date has come")
  }
}
