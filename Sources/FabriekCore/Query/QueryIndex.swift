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
  private var fold = SearchFold()
  /// People's folded names, e-mail and organisation, each ending in a line break.
  private var people: [PersonID: [UInt8]] = [:]
  /// The folded titles and codes of the sessions each idea is in (agenda, votes, notes).
  private var sessionKeys: [IdeaID: [UInt8]] = [:]
  private var votes: [IdeaID: Int] = [:]
  /// Suspected duplicates, made when a query first asks `is:duplicate` after a change.
  private var duplicates: Set<IdeaID>?
  /// The ids in board order, made again after the board changed, when a query needs them.
  private var ordered: (active: [IdeaID], all: [IdeaID])?
  private var historyCount = 0
  private var lastEntry: HistoryEntry?

  public init(board: Board) {
    build(for: board)
  }

  private mutating func build(for board: Board) {
    people = Dictionary(minimumCapacity: board.people.count)
    for (id, person) in board.people { people[id] = foldPerson(person) }
    keys = Dictionary(minimumCapacity: board.ideas.count)
    for (id, idea) in board.ideas { keys[id] = makeKey(idea) }
    buildSessions(board)
    duplicates = nil
    ordered = nil
    historyCount = board.history.count
    lastEntry = board.history.last
  }

  /// Catches up with a changed board, folding only the ideas its new history lines are about.
  public mutating func update(for board: Board) {
    let history = board.history
    guard history.count >= historyCount, historyCount == 0 || history[historyCount - 1] == lastEntry else {
      return build(for: board)
    }
    guard history.count > historyCount else { return }
    var changed = Set<IdeaID>()
    var changedPeople = Set<PersonID>()
    var sessionsChanged = false
    for entry in history[historyCount...] {
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
    for id in changed { keys[id] = board.ideas[id].map { makeKey($0) } }
    if sessionsChanged || !changed.isEmpty { buildSessions(board) }
    duplicates = nil
    ordered = nil
    historyCount = history.count
    lastEntry = history.last
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

  private mutating func order(_ board: Board) -> (active: [IdeaID], all: [IdeaID]) {
    if let ordered { return ordered }
    var active: [IdeaID] = []
    active.reserveCapacity(board.ideas.count)
    for stage in board.stages { active += board.columns[stage.id] ?? [] }
    let off = board.ideas.values.filter { !$0.isActive }.map(\.id).sorted()
    let made = (active, active + off)
    ordered = made
    return made
  }

  /// The ideas `query` matches, in board order: the columns stage by stage, then (when the query
  /// says `outcome:`) the declined and parked ideas by code. `user` is who `me` stands for; `now`
  /// the moment days in stage and revisit dates are counted to.
  public mutating func matches(_ query: IdeaQuery, in board: Board, user: String, now: Timestamp) -> [IdeaID] {
    let candidates = query.coversOutcomes ? order(board).all : order(board).active
    return matches(query, among: candidates, in: board, user: user, now: now)
  }

  /// The ideas among `candidates` (in their order) that `query` matches. Declined and parked
  /// ideas among them only match a query that says `outcome:`.
  public mutating func matches(
    _ query: IdeaQuery, among candidates: [IdeaID], in board: Board, user: String, now: Timestamp
  ) -> [IdeaID] {
    if query.isEmpty { return candidates.filter { board.ideas[$0]?.isActive == true } }
    if query.root.needsDuplicates, duplicates == nil { duplicates = Self.suspectedDuplicates(board) }
    let evaluator = QueryEvaluator(
      board: board, now: now, user: user, me: Self.people(named: user, in: board), keys: keys,
      people: people, sessionKeys: sessionKeys, votes: votes, duplicates: duplicates ?? [])
    let node = CompiledQuery(query.root)
    var found: [IdeaID] = []
    for id in candidates {
      guard let idea = board.ideas[id], query.coversOutcomes || idea.isActive else { continue }
      if evaluator.holds(node, idea) { found.append(id) }
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
