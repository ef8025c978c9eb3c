import Foundation
import XCTest

@testable import FabriekCore

/// Every stored property of every record, set to a value far from its default, survives the
/// journal, a compaction and a reload exactly, and Codable too. The snapshot has its own
/// writer and reader (`Store/JSON/*`) while the journal and exports use Codable, so a
/// property added to a record but not to the snapshot would otherwise be lost at the next
/// compaction: `testTheFullBoardSetsEveryStoredPropertyOfEveryRecord` fails for a new
/// property this board leaves at its default, and the other tests fail when a property
/// does not come back.
final class RecordRoundTripTests: XCTestCase {
  func testTheFullBoardSetsEveryStoredPropertyOfEveryRecord() throws {
    let board = try FullBoard.board()
    var unset: [String] = []
    let full = try XCTUnwrap(board.ideas[FullBoard.fullIdea])
    unset += Reflection.defaults(in: full, at: "idea")
    // An erased person keeps only their code, roles and figures.
    for p in board.people.values where board.erasure(of: p.id) == nil {
      unset += Reflection.defaults(in: p, at: "person \(p.id.code)")
    }
    unset += Reflection.defaults(in: board.erasures, at: "erasures")
    for s in board.sessions.values { unset += Reflection.defaults(in: s, at: "session \(s.id.code)") }
    // A history line has a stage event only when its change moved an idea; every kind of
    // event is on the board (below). It names a person only for a change of a match.
    for (k, h) in board.history.enumerated() {
      unset += Reflection.defaults(in: h, at: "history[\(k)]").filter { !$0.hasSuffix(".event") && !$0.hasSuffix(".person") }
    }
    XCTAssertTrue(board.history.contains { $0.person != nil }, "a match's history line names its person")
    unset += Reflection.defaults(in: board.matches.last as Any, at: "match")
    unset += Reflection.defaults(in: board.matchWeights as Any, at: "matchWeights")
    for s in board.stages { unset += Reflection.defaults(in: s, at: "stage \(s.id)") }
    unset += Reflection.defaults(in: board.rubric, at: "rubric")
    unset += Reflection.defaults(in: board.name, at: "name")
    unset += Reflection.defaults(in: board.exitSettings, at: "exitSettings")
    XCTAssertEqual(unset, [], "give these a value in FullBoard, and check the snapshot writes them")
    XCTAssertEqual(board.views.count, 2, "saved views are on the full board")

    // Every case of the records' enums with values is on the board; a new case fails to
    // compile here until it is added.
    func kind(_ k: Decision.Kind) -> String {
      switch k {
      case .accept: "accept"
      case .decline: "decline"
      case .park: "park"
      case .merge: "merge"
      }
    }
    func kind(_ o: Outcome) -> String {
      switch o {
      case .declined: "declined"
      case .parked: "parked"
      }
    }
    func kind(_ s: HistoryEntry.Subject) -> String {
      switch s {
      case .idea: "idea"
      case .person: "person"
      case .session: "session"
      case .board: "board"
      }
    }
    XCTAssertEqual(Set(board.ideas.values.compactMap(\.decision).map { kind($0.kind) }), ["accept", "decline", "park", "merge"])
    XCTAssertEqual(Set(board.ideas.values.compactMap(\.outcome).map(kind)), ["declined", "parked"])
    XCTAssertEqual(Set(board.history.map { kind($0.subject) }), ["idea", "person", "session", "board"])
    func kind(_ e: StageEvent) -> String {
      switch e {
      case .entered: "entered"
      case .declined: "declined"
      case .parked: "parked"
      }
    }
    XCTAssertEqual(Set(board.history.compactMap(\.event).map(kind)), ["entered", "declined", "parked"])
  }

  func testTheFullBoardSurvivesTheSnapshotWriterAndReaderExactly() throws {
    let board = try FullBoard.board()
    let bytes = try SnapshotCodec.encode(board, journalSeq: 7)
    let back = try SnapshotCodec.decode(bytes, path: "board.json")
    XCTAssertEqual(back.journalSeq, 7)
    XCTAssertNil(Reflection.difference(board, back.board, at: "board"))
    XCTAssertEqual(back.board, board)
  }

  func testTheFullBoardSurvivesCodableExactly() throws {
    let board = try FullBoard.board()
    let back = try JSONDecoder().decode(Board.self, from: try SnapshotCodec.encoder().encode(board))
    XCTAssertNil(Reflection.difference(board, back, at: "board"))
    XCTAssertEqual(back, board)
  }

  func testTheFullBoardSurvivesTheJournalACompactionAndAReloadExactly() throws {
    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/board.json"
    try BoardStore.create(at: path, board: Board(name: "Leeg"))
    let store = try BoardStore.open(path)
    for change in try FullBoard.changes() { try store.commit(change) }
    XCTAssertEqual(store.board, try FullBoard.board())

    let fromJournal = try BoardStore.open(path)
    XCTAssertEqual(fromJournal.lastSeq, store.lastSeq)
    XCTAssertNil(Reflection.difference(store.board, fromJournal.board, at: "board from the journal"))
    XCTAssertEqual(fromJournal.board, store.board)
    fromJournal.close()

    try store.compact()
    XCTAssertEqual(try PosixFileSystem().readFile(path + ".journal")?.count ?? 0, 0, "all of it is in the snapshot")
    let fromSnapshot = try BoardStore.open(path)
    XCTAssertNil(Reflection.difference(store.board, fromSnapshot.board, at: "board from the snapshot"))
    XCTAssertEqual(fromSnapshot.board, store.board)
    XCTAssertEqual(fromSnapshot.board.people[FullBoard.person]?.hoursBudget, 9_223_372_036_854_775_807)
  }
}

/// A board in which every stored property of every record holds a value far from its
/// default: long and non-ASCII text (combining marks, emoji joined with ZWJ, right-to-left
/// text, quotes, backslashes, control characters), the largest and smallest numbers the
/// rules allow, negative and fractional numbers, and the earliest and latest dates.
enum FullBoard {
  static let hostile =
    "Ünïcödé e\u{301} 👩🏽‍💻 👨‍👩‍👧‍👦 🇧🇪 עברית العربية \u{202E}rtl\u{202C} \"q\" 'q' \\ \\u0041 / \u{0}\u{1}\u{1B}[2J\u{1F}\u{7F}\t\n\r\n"
    + " \u{2028}\u{2029}\u{FEFF}\u{200D} 社 \u{10FFFF}"
  static let long = String(repeating: hostile, count: 400)
  static let short = String(hostile.prefix(Rules.maxTitle))
  static let earliest = Timestamp(iso: "0000-01-01T00:00:00Z") ?? Timestamp(seconds: 1)
  static let latest = Timestamp(iso: "9999-12-31T23:59:59Z") ?? Timestamp(seconds: 1)
  static let firstDay = Day(year: 0, month: 1, day: 1) ?? Day(daysSinceEpoch: 1)
  static let lastDay = Day(year: 9999, month: 12, day: 31) ?? Day(daysSinceEpoch: 1)

  static let stage = "stage \"ä\" \\ 社\u{1}"
  static let otherStage = "exit ✓"
  static let criterion = "crit \"é\" \\"
  static let reviewer = "reviewer \u{202E}\"x\" 👩🏽‍💻"
  static let fullIdea = IdeaID(Int.max)
  static let person = PersonID(Int.max)
  static let people = [PersonID(1), PersonID(2), person]
  /// Added and then erased.
  static let erased = PersonID(4)
  static let session = SessionID(Int.max)

  static func fullPerson(_ id: PersonID) -> Person {
    var p = Person(
      id: id, givenName: short, familyName: "Ñ\u{301}o'Brien \"\\\" 👨‍👩‍👧", email: "o'b\"\\+ü👍\(id.rawValue)@exämple.be",
      roles: PersonRole.allCases)
    p.phone = "+32 \u{202E}470 \"12\" \\ 34\u{0}"
    p.organisation = long
    p.expertise = ["e\u{301} 👩🏽‍💻 \"q\" \\ עב", "社会 \u{1}"]
    p.languages = ["nl", "fra"]
    p.mentorCapacity = Int.max
    p.hoursBudget = Int.max
    p.consentDate = firstDay
    p.consentPurpose = long
    p.retentionDate = lastDay
    p.showFullName = true
    return p
  }

  static func ideaWithEverything() -> Idea {
    var i = Idea(id: fullIdea, title: short, stage: stage, created: earliest, pitch: String(long.prefix(Rules.maxShortText)))
    i.description = long
    i.applicantKind = ApplicantKind.allCases.last
    i.innovators = [PersonID(1), person]
    i.coach = PersonID(2)
    i.mentors = [person, PersonID(2)]
    i.origin = Origin(kind: OriginKind.allCases.last ?? .website, name: short)
    i.region = Region.allCases.last
    i.tags = ["e\u{301} 👨‍👩‍👧‍👦 \"q\" \\ עב \u{1}", "社会"]
    i.sdgs = [17, 1]
    i.valueModel = ValueModel.allCases.last
    i.enteredStage = latest
    i.outcome = .declined(reason: DeclineReason.allCases.last ?? .other, text: long)
    i.scores = [reviewer: [criterion: Int.max - 1, "c2": 1], "Noor": ["c2": 2]]
    i.decision = Decision(kind: .decline(reason: DeclineReason.allCases.last ?? .other, text: long), by: reviewer, at: latest)
    i.enrichment = EnrichmentKind.allCases.map { EnrichmentModule(kind: $0, status: ModuleStatus.allCases.last ?? .planned, notes: long) }
    i.readiness = 9
    i.theoryOfChange = long
    i.indicators = [
      Indicator(name: short, unit: hostile, baseline: -0.1, target: .greatestFiniteMagnitude, current: -.leastNonzeroMagnitude),
      Indicator(name: "n", unit: "u", baseline: -1e15, target: 0.1 + 0.2, current: 123_456_789.000_001),
    ]
    i.financing = [
      FinancingApplication(
        id: Int.min, kind: FinancingKind.allCases.last ?? .pilot, funder: long, asked: Euro(cents: .max),
        granted: Euro(cents: .max), status: .granted, submitted: firstDay, decided: lastDay)
    ]
    i.exitPlan = ExitPlan(
      criteria: [ExitCriterion(text: long, state: .met, evidence: hostile), ExitCriterion(text: short, state: .dropped, evidence: "e")],
      targetDate: firstDay, status: ExitPlanStatus.allCases.last ?? .draft, outcome: long,
      taper: [TaperStep(support: .biweekly, until: firstDay, done: true)],
      departure: Departure(outcome: .handedOver, day: lastDay),
      followUps: [
        FollowUp(
          months: Int.max, due: lastDay,
          record: FollowUpRecord(
            day: lastDay, operating: true, jobs: Int.max, turnover: .over1m, raised: Euro(cents: .max), note: long))
      ])
    i.notes = [
      Note(id: Int.min, at: earliest, author: reviewer, text: long, session: session, isPrivate: true),
      Note(id: Int.max, at: latest, author: short, text: hostile, session: session, isPrivate: true),
    ]
    return i
  }

  /// The ideas that carry the other kinds of decision and outcome.
  static func otherIdeas() -> [Idea] {
    var accepted = Idea(id: IdeaID(1), title: "accepted", stage: stage, created: latest)
    accepted.decision = Decision(kind: .accept(stage: stage), by: reviewer, at: earliest)
    var parked = Idea(id: IdeaID(2), title: "parked", stage: otherStage, created: earliest)
    parked.decision = Decision(kind: .park(revisit: lastDay), by: "x", at: latest)
    parked.outcome = .parked(revisit: lastDay)
    var merged = Idea(id: IdeaID(3), title: "merged", stage: otherStage, created: earliest)
    merged.decision = Decision(kind: .merge(into: fullIdea), by: "x", at: latest)
    merged.outcome = .declined(reason: .duplicate, text: "merged into \(fullIdea.code)")
    return [accepted, parked, merged]
  }

  static func fullSession() -> Session {
    var s = Session(id: session, kind: SessionKind.allCases.last ?? .coCreation, title: short, date: lastDay)
    s.facilitator = person
    s.agenda = [fullIdea, IdeaID(1)]
    s.participants = people
    s.votes = [
      DotVote(idea: fullIdea, participant: person, dots: Int.max),
      DotVote(idea: IdeaID(1), participant: PersonID(1), dots: 1),
    ]
    return s
  }

  /// A match with every field set: ended, with transitions, hours and reasons.
  static func fullMatch() -> Match {
    var m = Match(
      id: MatchID(Int.max), idea: fullIdea, person: PersonID(1), kind: .partner, state: .ended, proposedBy: short,
      proposedAt: earliest)
    m.transitions = [MatchTransition(.active, at: earliest, by: reviewer), MatchTransition(.ended, at: latest, by: short)]
    m.endReason = MatchEndReason(MatchEndReason.Kind.allCases.last ?? .other, text: short)
    m.hours = [HoursEntry(id: Int.max, day: lastDay, minutes: 24 * 60, note: short), HoursEntry(id: 1, day: firstDay, minutes: 1, note: hostile)].sorted { $0.id < $1.id }
    m.overrideReason = short
    return m
  }

  /// The board, built change by change: each change is journalled by a store the same way.
  static func changes() throws -> [Change] {
    let stages = [
      Stage(id: stage, name: long, wipLimit: Int.max, staleDays: Int.max),
      Stage(id: otherStage, name: short, wipLimit: 1, staleDays: 30),
    ]
    let rubric = Rubric(
      criteria: [
        Rubric.Criterion(id: criterion, name: short, weight: 0.1 + 0.2),
        Rubric.Criterion(id: "c2", name: "n", weight: 1e300),
      ], scale: 1...(Int.max - 1))
    var ops: [BoardOperation] = [.renameBoard(short), .setStages(stages), .setRubric(rubric)]
    ops += people.map { .addPerson(fullPerson($0)) }
    ops += otherIdeas().map { .addIdea($0) }
    ops += [.addIdea(ideaWithEverything()), .addSession(fullSession())]
    ops += [
      .addPerson(Person(id: erased, givenName: "Erika", familyName: "Voorbeeld", email: "erika@voorbeeld.be")),
      .erasePerson(PersonErasure(person: erased, at: latest, by: reviewer, reason: long)),
    ]
    ops += [.setView(name: short, query: hostile), .setView(name: "mine", query: "coach:me \"é 社\"")]
    ops += [.restoreMatch(fullMatch()), .setMatchWeights(MatchWeights(expertise: 0.1 + 0.2, themesCounted: 100, language: 999.999_999, capacity: 7, hours: 0.5, outcomes: 3, region: 9))]
    ops += [
      .setExitSettings(
        ExitSettings(templates: [.socialOnly: [short], .financialAndSocial: [hostile, "break-even"]], followUpMonths: [3, 240]))
    ]
    return ops.enumerated().map { k, op in
      Change(op, by: k % 2 == 0 ? reviewer : short, at: k % 2 == 0 ? latest : earliest, why: hostile)
    }
  }

  static func board() throws -> Board {
    var b = Board(name: "Leeg")
    for c in try changes() { try b.apply(c) }
    return b
  }
}

/// Looking into records with `Mirror`, so that a test sees every stored property, also one
/// added after the test was written.
enum Reflection {
  /// The paths of the stored properties under `value` that hold their type's default: an
  /// empty text or list, zero, false or nil.
  static func defaults(in value: Any, at path: String) -> [String] {
    switch value {
    case let s as String: return s.isEmpty ? [path] : []
    case let b as Bool: return b ? [] : [path]
    case let n as Int: return n == 0 ? [path] : []
    case let n as Int64: return n == 0 ? [path] : []
    case let d as Double: return d == 0 ? [path] : []
    default: break
    }
    let mirror = Mirror(reflecting: value)
    let children = Array(mirror.children)
    switch mirror.displayStyle {
    case .optional:
      guard let wrapped = children.first else { return [path] }
      return defaults(in: wrapped.value, at: path)
    case .collection, .set, .dictionary:
      if children.isEmpty { return [path] }
      return children.enumerated().flatMap { k, c in defaults(in: c.value, at: "\(path)[\(k)]") }
    case .enum:
      // A case without values (a choice from a list) has no default to avoid.
      return children.flatMap { c in defaults(in: c.value, at: "\(path).\(c.label ?? "?")") }
    default:
      return children.enumerated().flatMap { k, c in defaults(in: c.value, at: "\(path).\(c.label ?? "\(k)")") }
    }
  }

  /// The first stored property in which `a` and `b` differ, with both values; nil when
  /// they are the same all the way down.
  static func difference(_ a: Any, _ b: Any, at path: String) -> String? {
    let ma = Mirror(reflecting: a)
    let mb = Mirror(reflecting: b)
    if ma.displayStyle == .dictionary, mb.displayStyle == .dictionary {
      let (ea, eb) = (entries(ma), entries(mb))
      if ea.map(\.key) != eb.map(\.key) { return "\(path): keys \(ea.map(\.key)) ≠ \(eb.map(\.key))" }
      for (x, y) in zip(ea, eb) {
        if let d = difference(x.value, y.value, at: "\(path)[\(x.key)]") { return d }
      }
      return nil
    }
    let ca = Array(ma.children)
    let cb = Array(mb.children)
    if ca.isEmpty || cb.isEmpty || ma.displayStyle == .enum && ca.first?.label != cb.first?.label {
      let (sa, sb) = (String(reflecting: a), String(reflecting: b))
      return sa == sb && ca.count == cb.count ? nil : "\(path): \(sa.prefix(200)) ≠ \(sb.prefix(200))"
    }
    if ca.count != cb.count { return "\(path): \(ca.count) ≠ \(cb.count) parts" }
    for (k, (x, y)) in zip(ca, cb).enumerated() {
      if let d = difference(x.value, y.value, at: "\(path).\(x.label ?? "\(k)")") { return d }
    }
    return nil
  }

  /// A dictionary's entries, by key.
  private static func entries(_ m: Mirror) -> [(key: String, value: Any)] {
    m.children.map { entry -> (key: String, value: Any) in
      let parts = Array(Mirror(reflecting: entry.value).children)
      return (parts.first.map { String(describing: $0.value) } ?? "?", parts.last?.value ?? entry.value)
    }.sorted { $0.key < $1.key }
  }
}
