/// What a query needs of every idea, prebuilt: its text folded once (code, title, pitch,
/// description, people's names and organisations, tags, notes), the sessions it is in and the
/// dots it got there, and the board order in which results are listed.
///
/// After it is built it follows the board through its history, as `SearchIndex` does: the
/// history lines added since the last look name the ideas that changed, and only those are
/// folded again; a session line makes the session facts again; a renamed person, or a history
/// that does not simply continue (it was cut back), builds the index again. Typing a character
/// in the filter line then only reads the keys, never folds.
public struct QueryIndex: Sendable {
  private var keys: [IdeaID: [UInt8]] = [:]
  /// Each idea's tags, campaign and reviewers, folded, for the field tests that compare text.
  private var facts: [IdeaID: IdeaFacts] = [:]
  /// Who `me` is, for the last user asked about; made again when people change.
  private var me: (user: String, people: Set<PersonID>)?
  private var fold = SearchFold()
  /// People's folded names, e-mail and organisation, each ending in a line break.
  private var people: [PersonID: [UInt8]] = [:]
  /// The folded titles and codes of the sessions each idea is in (agenda, votes, notes).
  private var sessionKeys: [IdeaID: [UInt8]] = [:]
  private var votes: [IdeaID: Int] = [:]
  /// Suspected duplicates, made when a query first asks `is:duplicate` after a change.
  private var duplicates: Set<IdeaID>?
  /// The ids in board order, made again after the board changed, when a query needs them.
  private var ordered: (active: [Entry], all: [Entry])?
  private var mark = HistoryMark()

  public init(board: Board) {
    build(for: board)
  }

  private mutating func build(for board: Board) {
    people = Dictionary(minimumCapacity: board.people.count)
    for (id, person) in board.people { people[id] = foldPerson(person) }
    keys = Dictionary(minimumCapacity: board.ideas.count)
    facts = Dictionary(minimumCapacity: board.ideas.count)
    for (id, idea) in board.ideas {
      keys[id] = makeKey(idea)
      facts[id] = makeFacts(idea)
    }
    me = nil
    buildSessions(board)
    duplicates = nil
    ordered = nil
    mark = HistoryMark(at: board.history)
  }

  /// Catches up with a changed board, folding only the ideas its new history lines are about.
  public mutating func update(for board: Board) {
    let history = board.history
    guard let added = mark.linesAdded(to: history) else { return build(for: board) }
    guard !added.isEmpty else { return }
    var changed = Set<IdeaID>()
    var changedPeople = Set<PersonID>()
    var sessionsChanged = false
    for entry in added {
      switch entry.subject {
      case .idea(let id): changed.insert(id)
      case .person(let id): changedPeople.insert(id)
      case .session: sessionsChanged = true
      case .board: break
      }
    }
    for id in changedPeople {
      let key = board.people[id].map { foldPerson($0) }
      if let old = people[id], let key, old != key { return build(for: board) }
      people[id] = key
    }
    for id in changed {
      keys[id] = board.ideas[id].map { makeKey($0) }
      facts[id] = board.ideas[id].map { makeFacts($0) }
    }
    if !changedPeople.isEmpty { me = nil }
    // A note can tie an idea to a session: only then does an idea's change touch the sessions.
    let touchesSessions = changed.contains { id in
      sessionKeys[id] != nil || board.ideas[id]?.notes.contains { $0.session != nil } == true
    }
    if sessionsChanged || touchesSessions { buildSessions(board) }
    duplicates = nil
    ordered = nil
    mark = HistoryMark(at: history)
  }

  private mutating func foldPerson(_ person: Person) -> [UInt8] {
    var key: [UInt8] = []
    for text in [person.fullName, person.email, person.organisation, person.id.code] where !text.isEmpty {
      fold.fold(text, into: &key)
      key.append(0x0A)
    }
    return key
  }

  private mutating func makeKey(_ idea: Idea) -> [UInt8] {
    var key: [UInt8] = []
    key.reserveCapacity(idea.title.utf8.count + idea.pitch.utf8.count + idea.description.utf8.count + 64)
    func add(_ text: String) {
      guard !text.isEmpty else { return }
      fold.fold(text, into: &key)
      key.append(0x0A)
    }
    add(idea.code)
    add(idea.title)
    add(idea.pitch)
    add(idea.description)
    for (person, _) in idea.people { key += people[person] ?? [] }
    for tag in idea.tags { add(tag) }
    for note in idea.notes { add(note.text) }
    return key
  }

  private mutating func folded(_ text: String) -> String { String(decoding: fold.fold(text), as: UTF8.self) }

  private mutating func makeFacts(_ idea: Idea) -> IdeaFacts {
    var tags: [String] = []
    for tag in idea.tags { tags.append(folded(tag)) }
    var reviewers: [String] = []
    for reviewer in idea.scores.keys { reviewers.append(folded(reviewer)) }
    var campaign: String?
    if let origin = idea.origin, origin.kind == .ideaCampaign { campaign = folded(origin.name ?? "") }
    return IdeaFacts(tags: tags, campaign: campaign, reviewers: reviewers)
  }

  private mutating func buildSessions(_ board: Board) {
    var members: [IdeaID: Set<SessionID>] = [:]
    var dots: [IdeaID: Int] = [:]
    for session in board.sessions.values {
      for id in session.agenda { members[id, default: []].insert(session.id) }
      for vote in session.votes {
        members[vote.idea, default: []].insert(session.id)
        dots[vote.idea, default: 0] += vote.dots
      }
    }
    for idea in board.ideas.values {
      for note in idea.notes { if let s = note.session { members[idea.id, default: []].insert(s) } }
    }
    var keys: [IdeaID: [UInt8]] = [:]
    for (id, sessions) in members {
      var key: [UInt8] = []
      for s in sessions.sorted() {
        guard let session = board.sessions[s] else { continue }
        fold.fold(session.id.code, into: &key)
        key.append(0x0A)
        fold.fold(session.title, into: &key)
        key.append(0x0A)
      }
      keys[id] = key
    }
    sessionKeys = keys
    votes = dots
  }

  /// One idea in board order, with its folded text and the idea itself (its storage shared
  /// with the board's), so that matching reads it in place.
  struct Entry {
    var id: IdeaID
    var key: [UInt8]
    var facts: IdeaFacts
    var idea: IdeaBox
  }

  private mutating func order(_ board: Board) -> (active: [Entry], all: [Entry]) {
    if let ordered { return ordered }
    var active: [Entry] = []
    active.reserveCapacity(board.ideas.count)
    for stage in board.stages {
      for id in board.columns[stage.id] ?? [] {
        guard let idea = board.ideas[id] else { continue }
        active.append(Entry(id: id, key: keys[id] ?? [], facts: facts[id] ?? .empty, idea: IdeaBox(idea)))
      }
    }
    var all = active
    for idea in board.ideas.values.filter({ !$0.isActive }).sorted(by: { $0.id < $1.id }) {
      all.append(Entry(id: idea.id, key: keys[idea.id] ?? [], facts: facts[idea.id] ?? .empty, idea: IdeaBox(idea)))
    }
    let made = (active, all)
    ordered = made
    return made
  }

  /// The ideas `query` matches, in board order: the columns stage by stage, then (when the query
  /// says `outcome:`) the declined and parked ideas by code. `user` is who `me` stands for; `now`
  /// the moment days in stage and revisit dates are counted to. With `previous`, the query just
  /// before it and what it matched: when the new query can only match fewer ideas (a word grew,
  /// a term was added: `IdeaQuery.narrows`), only those are looked at again.
  public mutating func matches(
    _ query: IdeaQuery, in board: Board, user: String, now: Timestamp,
    previous: (query: IdeaQuery, matches: [IdeaID])? = nil
  ) -> [IdeaID] {
    let entries = query.coversOutcomes ? order(board).all : order(board).active
    if let previous, query.narrows(previous.query) {
      return narrowing(query, previous.matches, entries, board, user, now)
        ?? matches(query, among: previous.matches, in: board, user: user, now: now)
    }
    if query.isEmpty { return entries.map(\.id) }
    let evaluator = makeEvaluator(query, board, user, now)
    let node = CompiledQuery(query.root)
    return entries.withUnsafeBufferPointer { buffer in
      var found: [IdeaID] = []
      for k in buffer.indices where evaluator.holds(node, key: buffer[k].key, facts: buffer[k].facts, idea: buffer[k].idea) {
        found.append(buffer[k].id)
      }
      return found
    }
  }

  /// The ideas of `previous` (a result in the board order of `entries`) that `query` matches,
  /// walking both in step so that no idea is looked up or copied; nil when `previous` is not in
  /// that order.
  private mutating func narrowing(
    _ query: IdeaQuery, _ previous: [IdeaID], _ entries: [Entry], _ board: Board, _ user: String, _ now: Timestamp
  ) -> [IdeaID]? {
    let evaluator = makeEvaluator(query, board, user, now)
    let node = CompiledQuery(query.root)
    return entries.withUnsafeBufferPointer { buffer -> [IdeaID]? in
      var found: [IdeaID] = []
      var k = 0
      for id in previous {
        while k < buffer.count, buffer[k].id != id { k += 1 }
        guard k < buffer.count else { return nil }
        if evaluator.holds(node, key: buffer[k].key, facts: buffer[k].facts, idea: buffer[k].idea) { found.append(id) }
        k += 1
      }
      return found
    }
  }

  private mutating func makeEvaluator(_ query: IdeaQuery, _ board: Board, _ user: String, _ now: Timestamp)
    -> QueryEvaluator
  {
    if query.root.needsDuplicates, duplicates == nil { duplicates = Self.suspectedDuplicates(board) }
    var mine = Set<PersonID>()
    if query.root.needsMe {
      if let me, me.user == user {
        mine = me.people
      } else {
        mine = Self.people(named: user, in: board)
        me = (user, mine)
      }
    }
    return QueryEvaluator(
      board: board, now: now, user: user.searchKey, me: mine, people: people,
      sessionKeys: sessionKeys, votes: votes, duplicates: duplicates ?? [])
  }

  /// The ideas among `candidates` (in their order) that `query` matches. Declined and parked
  /// ideas among them only match a query that says `outcome:`, unless `offBoardToo` (the
  /// candidates are the declined or parked ideas already: `fabriek idea list --stage declined`).
  public mutating func matches(
    _ query: IdeaQuery, among candidates: [IdeaID], in board: Board, user: String, now: Timestamp,
    offBoardToo: Bool = false
  ) -> [IdeaID] {
    let evaluator = makeEvaluator(query, board, user, now)
    let node = CompiledQuery(query.root)
    var found: [IdeaID] = []
    for id in candidates {
      guard let idea = board.ideas[id], offBoardToo || query.coversOutcomes || idea.isActive else { continue }
      if evaluator.holds(node, key: keys[id] ?? [], facts: facts[id] ?? .empty, idea: IdeaBox(idea)) { found.append(id) }
    }
    return found
  }

  /// The people `me` stands for: those whose full name, given name, e-mail or the part of the
  /// e-mail before the @ is `user` (folded).
  static func people(named user: String, in board: Board) -> Set<PersonID> {
    let u = user.searchKey
    guard !u.isEmpty else { return [] }
    var found = Set<PersonID>()
    for person in board.people.values {
      let email = person.email.searchKey
      if person.fullName.searchKey == u || person.givenName.searchKey == u || email == u
        || (!email.isEmpty && email.split(separator: "@").first.map(String.init) == u)
      {
        found.insert(person.id)
      }
    }
    return found
  }

  /// Every idea that `Board.suspectedDuplicates` finds something for, worked out for the whole
  /// board at once: ideas are grouped by their innovators' e-mail addresses first.
  static func suspectedDuplicates(_ board: Board) -> Set<IdeaID> {
    var byEmail: [String: [IdeaID]] = [:]
    for idea in board.ideas.values {
      var emails = Set<String>()
      for p in idea.innovators { if let e = board.people[p]?.email.lowercased(), !e.isEmpty { emails.insert(e) } }
      for e in emails { byEmail[e, default: []].append(idea.id) }
    }
    var found = Set<IdeaID>()
    var titles: [IdeaID: TitleSimilarity] = [:]
    func title(_ id: IdeaID) -> TitleSimilarity? {
      if let t = titles[id] { return t }
      guard let idea = board.ideas[id] else { return nil }
      let t = TitleSimilarity(idea.title)
      titles[id] = t
      return t
    }
    for group in byEmail.values where group.count > 1 {
      for (i, a) in group.enumerated() {
        for b in group[(i + 1)...] {
          guard let ta = title(a), let tb = title(b) else { continue }
          // As in `Board.suspectedDuplicates(of:)`: the other's title is near-identical to this one's.
          if tb.isNearIdentical(to: ta) { found.insert(a) }
          if ta.isNearIdentical(to: tb) { found.insert(b) }
        }
      }
    }
    return found
  }
}

extension QueryNode {
  /// Whether any test needs the idea's record (free words only need the folded text).
  var needsIdea: Bool {
    switch self {
    case .all, .word: false
    case .test: true
    case .not(let node): node.needsIdea
    case .and(let nodes), .or(let nodes): nodes.contains { $0.needsIdea }
    }
  }

  var needsMe: Bool {
    switch self {
    case .all, .word: false
    case .test(let test):
      switch test {
      case .person(_, .value(.me)), .reviewer(.value(.me)): true
      default: false
      }
    case .not(let node): node.needsMe
    case .and(let nodes), .or(let nodes): nodes.contains { $0.needsMe }
    }
  }

  var needsDuplicates: Bool {
    switch self {
    case .all, .word: false
    case .test(let test): test == .condition(.duplicate)
    case .not(let node): node.needsDuplicates
    case .and(let nodes), .or(let nodes): nodes.contains { $0.needsDuplicates }
    }
  }
}

/// A query's tree with its words as folded bytes, ready to test many ideas.
indirect enum CompiledQuery {
  case all
  case word([UInt8])
  case test(QueryTest)
  case not(CompiledQuery)
  case and([CompiledQuery])
  case or([CompiledQuery])

  init(_ node: QueryNode) {
    switch node {
    case .all: self = .all
    case .word(let w): self = .word(Array(w.utf8))
    case .test(let t): self = .test(t)
    case .not(let n): self = .not(CompiledQuery(n))
    case .and(let ns): self = .and(ns.map(CompiledQuery.init))
    case .or(let ns): self = .or(ns.map(CompiledQuery.init))
    }
  }
}

/// An idea's texts that field tests compare, folded.
struct IdeaFacts: Sendable {
  var tags: [String]
  /// The idea campaign's name; nil when the idea did not come from an idea campaign.
  var campaign: String?
  var reviewers: [String]

  static let empty = IdeaFacts(tags: [], campaign: nil, reviewers: [])
}
