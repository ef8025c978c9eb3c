import FabriekCore

/// The people a picker searches: each person's name, a line that tells namesakes apart, and
/// the folded text the query is matched against. Built once when a form opens.
public struct PeopleDirectory: Hashable, Sendable {
  public struct Entry: Hashable, Sendable {
    public let id: PersonID
    public let name: String
    /// Organisation or e-mail, to tell two people of the same name apart.
    public let detail: String
    /// Folded name, for prefix and word matches.
    let nameKey: [UInt8]
    /// Folded name, organisation and e-mail, for the looser matches.
    let allKey: [UInt8]
  }

  public let entries: [Entry]
  private let index: [PersonID: Int]

  public init(_ people: some Collection<Person>) {
    var fold = SearchFold()
    var entries: [Entry] = []
    entries.reserveCapacity(people.count)
    for person in people {
      // `fullName`, without its array; the loose key extends the name's key rather than
      // folding the name again (this runs for every person when a form first opens).
      let (given, family) = (person.givenName, person.familyName)
      let name = given.isEmpty ? family : family.isEmpty ? given : given + " " + family
      let detail = person.organisation.isEmpty ? person.email : person.organisation
      let nameKey = fold.fold(name)
      var allKey = nameKey
      allKey.append(0x20)
      fold.fold(person.organisation, into: &allKey)
      allKey.append(0x20)
      fold.fold(person.email, into: &allKey)
      entries.append(Entry(id: person.id, name: name, detail: detail, nameKey: nameKey, allKey: allKey))
    }
    // By the folded name (as people read it: no case, no accents), then by id; bytes compare
    // several times faster than Strings, which normalise as they go.
    entries.sort { $0.nameKey != $1.nameKey ? $0.nameKey.lexicographicallyPrecedes($1.nameKey) : $0.id < $1.id }
    self.entries = entries
    var index: [PersonID: Int] = [:]
    index.reserveCapacity(entries.count)
    for (offset, entry) in entries.enumerated() { index[entry.id] = offset }
    self.index = index
  }

  public func name(of id: PersonID) -> String? { index[id].map { entries[$0].name } }

  /// The best matches for a query, best first: the name starts with it, then a word of the
  /// name does, then name, organisation or e-mail contain it, then the name holds its letters
  /// in order (`sdw` finds Sofie Dewulf).
  public func matches(_ query: String, excluding: Set<PersonID> = [], limit: Int) -> [Entry] {
    var fold = SearchFold()
    let key = fold.fold(query.trimmingCharactersInWhitespace())
    guard !key.isEmpty, limit > 0 else { return [] }
    var ranked: [[Entry]] = [[], [], [], []]
    for entry in entries where !excluding.contains(entry.id) {
      guard let rank = Self.rank(of: key, in: entry) else { continue }
      ranked[rank].append(entry)
      if rank == 0, ranked[0].count >= limit { break }
    }
    return Array(ranked.joined().prefix(limit))
  }

  static func rank(of key: [UInt8], in entry: Entry) -> Int? {
    let name = entry.nameKey
    if name.starts(with: key) { return 0 }
    if wordStarts(key, in: name) { return 1 }
    if contains(key, in: entry.allKey) { return 2 }
    if isSubsequence(key, of: name) { return 3 }
    return nil
  }

  static func wordStarts(_ key: [UInt8], in text: [UInt8]) -> Bool {
    // A word after the first starts at 1 or later, so the text must be longer than the key.
    guard text.count > key.count else { return false }
    for start in 1...(text.count - key.count) where text[start - 1] == 0x20 || text[start - 1] == 0x2D {
      if text[start..<start + key.count].elementsEqual(key) { return true }
    }
    return false
  }

  static func contains(_ key: [UInt8], in text: [UInt8]) -> Bool {
    guard text.count >= key.count else { return false }
    for start in 0...(text.count - key.count) where text[start] == key[0] {
      if text[start..<start + key.count].elementsEqual(key) { return true }
    }
    return false
  }

  static func isSubsequence(_ key: [UInt8], of text: [UInt8]) -> Bool {
    var i = 0
    for byte in text where i < key.count && byte == key[i] { i += 1 }
    return i == key.count
  }
}

/// Someone chosen in a picker: a person on the board, or a new one typed in by name (made
/// when the form is saved, in the same operation).
public enum PersonChoice: Hashable, Sendable {
  case existing(PersonID)
  case new(String)
}

/// A person picker (innovators, coach, mentors, facilitator, participants): the people chosen
/// so far and a query typed after them. While the query is not empty, the best matches show
/// below the field with "new person …" last; ↑/↓ pick one and Enter takes it. Backspace on
/// an empty query takes the last person away. A single picker (coach) replaces its person.
public struct PeoplePickerState: Hashable, Sendable {
  public let directory: PeopleDirectory
  public let isSingle: Bool
  public private(set) var chosen: [PersonChoice]
  public private(set) var query = TextFieldState()
  public private(set) var highlighted = 0

  static let maxCandidates = 6

  public init(chosen: [PersonID], directory: PeopleDirectory, single: Bool = false) {
    self.directory = directory
    isSingle = single
    self.chosen = chosen.map(PersonChoice.existing)
  }

  /// What the list below the field offers.
  public enum Candidate: Hashable, Sendable {
    case person(PeopleDirectory.Entry)
    case create(String)
  }

  public var candidates: [Candidate] {
    let typed = query.text.trimmingCharactersInWhitespace()
    guard !typed.isEmpty else { return [] }
    var excluded = Set<PersonID>()
    for case .existing(let id) in chosen { excluded.insert(id) }
    let found = directory.matches(typed, excluding: excluded, limit: Self.maxCandidates)
    return found.map(Candidate.person) + [.create(typed)]
  }

  /// The name shown for a chosen person ("new" ones marked as such by the view).
  public func name(of choice: PersonChoice) -> String {
    switch choice {
    case .existing(let id): directory.name(of: id) ?? id.code
    case .new(let name): name
    }
  }

  /// The chosen people's names, as the field shows them.
  public var chosenText: String { chosen.map { name(of: $0) }.joined(separator: ", ") }

  public mutating func insert(_ character: Character) {
    query.insert(character)
    highlighted = 0
  }

  public mutating func insert(contentsOf text: String) {
    query.insert(contentsOf: text)
    highlighted = 0
  }

  /// Editing keys go to the query; Backspace on an empty query takes the last person away.
  public mutating func apply(_ edit: TextEdit) {
    if edit == .deleteBackward, query.text.isEmpty {
      if !chosen.isEmpty { chosen.removeLast() }
      return
    }
    query.apply(edit)
    highlighted = 0
  }

  /// ↑/↓ among the candidates; false when none are shown (the arrow moves between fields).
  public mutating func moveHighlight(_ step: Int) -> Bool {
    let count = candidates.count
    guard count > 0 else { return false }
    highlighted = ((highlighted + step) % count + count) % count
    return true
  }

  /// Enter: takes the highlighted candidate; false when none is shown.
  public mutating func pick() -> Bool {
    let options = candidates
    guard options.indices.contains(highlighted) else { return false }
    let choice: PersonChoice
    switch options[highlighted] {
    case .person(let entry): choice = .existing(entry.id)
    case .create(let name): choice = .new(name)
    }
    if isSingle { chosen = [choice] } else { chosen.append(choice) }
    query = TextFieldState()
    highlighted = 0
    return true
  }

  /// Esc with a query: the query goes, the form stays. False when there was none.
  public mutating func clearQuery() -> Bool {
    guard !query.text.isEmpty else { return false }
    query = TextFieldState()
    highlighted = 0
    return true
  }
}
