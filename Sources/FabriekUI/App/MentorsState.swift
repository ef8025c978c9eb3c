import FabriekCore

/// The mentoring screens: the suggestions for one idea (`m` on an idea), every mentor and
/// partner with their load (`:mentors`, `b` on the board), the ideas in Enrichment without a
/// mentor, and the pool assignment of those ideas to be accepted or dropped row by row. The
/// rows are made from the board (`reload`) by the core's pure matching
/// (`Board.mentorSuggestions`, `MentorAssignment.optimal`); the view only formats them.
public struct MentorsState: Hashable, Sendable {
  public enum Page: Hashable, Sendable {
    /// People ranked for one idea, as mentor or partner (`role`).
    case suggestions(IdeaID)
    /// Every mentor and partner with their load.
    case people
    /// The ideas in Enrichment with no mentor.
    case unmatched
    /// The assignment of the unmatched ideas that maximises the total score.
    case pool
  }

  /// A mentor's or partner's load: how many ideas they mentor now and of how many, and which.
  public struct Load: Hashable, Sendable {
    public var person: PersonID
    public var active: Int
    public var capacity: Int?
    public var hoursBudget: Int?
    /// The minutes logged on all their matches.
    public var minutesUsed: Int
    public var ideas: [IdeaID]
    /// More ideas than places: the rules would refuse one more without a reason.
    public var isOverCapacity: Bool { capacity.map { active > $0 } ?? false }
  }

  /// One pair of the pool assignment; `accepted` until the user drops it.
  public struct PoolRow: Hashable, Sendable {
    public var idea: IdeaID
    public var person: PersonID
    public var score: Double
    public var reasons: [String]
    public var accepted = true
  }

  public internal(set) var page: Page
  /// Mentors or partners, on the suggestions page.
  public internal(set) var role: PersonRole = .mentor
  public private(set) var suggestions: [MentorSuggestion] = []
  public private(set) var people: [Load] = []
  public private(set) var unmatched: [IdeaID] = []
  public internal(set) var pool: [PoolRow] = []
  public internal(set) var cursor = 0
  /// The first row shown; the view keeps the cursor in view from here.
  public internal(set) var scroll = 0
  /// On the suggestions page: the idea's own matches, newest first, and the one `J`/`K` select.
  public private(set) var matches: [Match] = []
  public internal(set) var matchCursor = 0
  /// A question before a change (a reason to break a rule, to end or decline, the hours).
  public internal(set) var prompt: MentorPrompt?

  init(_ page: Page, board: Board) {
    self.page = page
    reload(board)
  }

  /// The idea the suggestions are for.
  public var idea: IdeaID? {
    if case .suggestions(let id) = page { return id }
    return nil
  }

  /// The idea's match `J`/`K` selected, which `a`, `x`, `d` and `h` change.
  public var selectedMatch: Match? { matches.indices.contains(matchCursor) ? matches[matchCursor] : nil }

  mutating func moveMatch(by step: Int) {
    matchCursor = matches.isEmpty ? 0 : min(max(0, matchCursor + step), matches.count - 1)
  }

  /// How many rows the page has.
  public var count: Int {
    switch page {
    case .suggestions: suggestions.count
    case .people: people.count
    case .unmatched: unmatched.count
    case .pool: pool.count
    }
  }

  mutating func move(by step: Int) {
    cursor = count == 0 ? 0 : min(max(0, cursor + step), count - 1)
  }

  mutating func moveToEnd(_ last: Bool) { cursor = last ? max(0, count - 1) : 0 }

  mutating func keepInView(visible: Int) {
    scroll = RecordList.firstShown(cursor: cursor, scroll: scroll, count: count, visible: visible)
  }

  /// Another page of the same screen, from its first row.
  mutating func show(_ page: Page, board: Board) {
    self.page = page
    cursor = 0
    scroll = 0
    reload(board)
  }

  /// The board changed (or the page did): the rows are made again, the cursor kept in range.
  /// The pool's rows stay as they were chosen, less those whose idea or person is gone.
  mutating func reload(_ board: Board) {
    switch page {
    case .suggestions(let id):
      suggestions = board.mentorSuggestions(for: id, role: role, limit: 200)
      let selected = selectedMatch?.id
      matches = board.matches(of: id).reversed()
      matchCursor = selected.flatMap { s in matches.firstIndex { $0.id == s } } ?? min(matchCursor, max(0, matches.count - 1))
    case .people:
      people = Self.loads(on: board)
    case .unmatched:
      unmatched = Self.unmatchedIdeas(on: board)
    case .pool:
      pool.removeAll { board.ideas[$0.idea] == nil || board.people[$0.person] == nil }
    }
    move(by: 0)
  }

  /// Every person with the mentor or partner role, mentors first, each by name, with the
  /// ideas of their active matches that are still in the programme (those that count against
  /// their capacity) and the hours logged on all their matches.
  static func loads(on board: Board) -> [Load] {
    var ideasOf: [PersonID: [IdeaID]] = [:]
    var minutes: [PersonID: Int] = [:]
    for m in board.matches {
      minutes[m.person, default: 0] += m.minutes
      guard m.state == .active, let idea = board.ideas[m.idea], idea.isActive, idea.stage != Stage.exited else { continue }
      ideasOf[m.person, default: []].append(m.idea)
    }
    let people = board.people.values.filter { $0.roles.contains(.mentor) || $0.roles.contains(.partner) }
    let sorted = people.sorted { a, b in
      let am = a.roles.contains(.mentor)
      let bm = b.roles.contains(.mentor)
      if am != bm { return am }
      let an = a.fullName.searchKey
      let bn = b.fullName.searchKey
      return an != bn ? an < bn : a.id < b.id
    }
    return sorted.map { person in
      let ideas = (ideasOf[person.id] ?? []).sorted()
      return Load(
        person: person.id, active: ideas.count, capacity: person.mentorCapacity, hoursBudget: person.hoursBudget,
        minutesUsed: minutes[person.id] ?? 0, ideas: ideas)
    }
  }

  /// The ideas in Enrichment, still on the board, with no mentor, by code.
  static func unmatchedIdeas(on board: Board) -> [IdeaID] {
    board.ideas.values.filter { $0.isActive && $0.stage == Stage.enrichment && $0.mentors.isEmpty }
      .map(\.id).sorted()
  }
}
