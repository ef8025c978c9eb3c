/// Finding one person by what a user types: a code (`P-0042`, `42`), an e-mail address or a
/// name that only one person has.
public enum PersonLookup: Hashable, Sendable {
  case found(Person)
  case ambiguous([Person])
  case none
}

extension Board {
  public func findPerson(_ text: String) -> PersonLookup {
    let typed = text.trimmingCharactersInWhitespace()
    if let id = PersonID(code: typed), let p = people[id] { return .found(p) }
    let key = typed.searchKey
    guard !key.isEmpty else { return .none }
    let all = people.values.sorted { $0.id < $1.id }
    if key.contains("@") {
      let matches = all.filter { $0.email.searchKey == key }
      return matches.count == 1 ? .found(matches[0]) : matches.isEmpty ? .none : .ambiguous(matches)
    }
    for rule in [
      { (p: Person) in p.fullName.searchKey == key || (p.familyName + " " + p.givenName).searchKey == key },
      { (p: Person) in p.fullName.searchKey.contains(key) },
    ] {
      let matches = all.filter(rule)
      if matches.count == 1 { return .found(matches[0]) }
      if matches.count > 1 { return .ambiguous(matches) }
    }
    return .none
  }
}
