/// A person whose data the board should no longer keep as it is: their retention date has
/// passed, or there is no consent on record.
public struct DuePerson: Hashable, Sendable {
  public var person: Person
  /// The retention date, when it has passed.
  public var retentionPassed: Day?
  public var noConsent: Bool
  /// What ties them to the board: ideas with the role (`I-0007 innovator`) and sessions.
  public var links: [String]
}

extension Board {
  /// Everyone due on `today`, in code order; erased people are never due.
  public func peopleDue(today: Day) -> [DuePerson] {
    var links: [PersonID: [String]] = [:]
    for idea in ideasInOrder {
      for (p, role) in idea.people { links[p, default: []].append("\(idea.code) \(role.rawValue)") }
    }
    for s in sessions.values.sorted(by: { $0.id < $1.id }) {
      let ids = Set(s.participants + (s.facilitator.map { [$0] } ?? []))
      for p in ids.sorted() { links[p, default: []].append(s.id.code) }
    }
    return people.values.sorted { $0.id < $1.id }.compactMap { p in
      if erasure(of: p.id) != nil { return nil }
      let passed = p.retentionDate.flatMap { $0 < today ? $0 : nil }
      let noConsent = p.consentDate == nil
      guard passed != nil || noConsent else { return nil }
      return DuePerson(person: p, retentionPassed: passed, noConsent: noConsent, links: links[p.id] ?? [])
    }
  }
}
