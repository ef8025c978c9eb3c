/// A realistic demo board: ideas in every stage (a funnel), declined and parked ones, people
/// in every role, sessions of every kind, scores, notes, financing and exit plans, in Dutch,
/// French and English. The same seed and `now` always give the same board: there is no clock
/// and no system randomness inside, only a SplitMix64 generator.
///
/// Everything goes through `Board.apply`, so the board is valid by its own rules. Records are
/// built whole and added with one operation each, in time order, so `history` has one line per
/// person, idea and session.
public enum DemoData {
  public struct Generated: Hashable, Sendable {
    public var board: Board
    /// The messages of operations the board refused; each refused record was left out.
    /// Always empty unless the generator has a bug.
    public var refused: [String]
  }

  /// A board with `count` ideas, made for `seed`, with dates up to `now`.
  public static func board(count: Int, seed: UInt64, now: Timestamp) -> Board {
    generate(count: count, seed: seed, now: now).board
  }

  /// Like `board(count:seed:now:)`, and says which records, if any, the board refused.
  public static func generate(count: Int, seed: UInt64, now: Timestamp) -> Generated {
    var g = Generator(count: max(0, count), seed: seed, now: now)
    return g.run()
  }

  /// Who the history says made the demo records.
  public static let author = "demo"

  enum Fate { case active, declined, parked }

  /// What is decided about an idea before its people and sessions exist.
  struct Skeleton {
    var created: Timestamp
    var stage = Stage.incoming
    var fate = Fate.active
    var region: Region
    var place: Int
    var lang: Lang
    var culture: Int
    var theme: Int
    var variant: Int
    var kind: ApplicantKind?
    /// How good the idea is, 0…1: drives scores and outcomes.
    var quality: Double
  }

  struct PlannedSession {
    var session: Session
    /// When it is added to the board: after it took place, or two weeks before when planned.
    var addedAt: Timestamp
    var past: Bool
    var time: Timestamp
  }
}

extension DemoData {
  struct Generator {
    let count: Int
    let now: Timestamp
    var rng: SplitMix64
    /// The programme's three years: ideas come in evenly from `firstIdea` to just before `now`.
    let span: Int64 = 3 * 365 * 86_400
    let firstIdea: Int64
    var board = Board(name: "Sociale InnovatieFabriek (demo)")
    var refused: [String] = []

    var skeletons: [Skeleton] = []
    var staff: [(PersonID, String)] = []
    var mentors: [(PersonID, String)] = []
    var partners: [PersonID] = []
    var innovatorBase = 0
    var emails = Set<String>()
    var givenSlugs: [[String]] = []
    var familySlugs: [[String]] = []
    var placesByRegion: [Region: [Int]] = [:]
    var sessions: [PlannedSession] = []
    /// For each idea, a past session it was discussed in (index into `sessions`), or -1.
    var sessionOf: [Int] = []
    /// Whether the first idea in Realisation has been left without an exit plan yet.
    var missedExitPlan = false

    /// The matches planned for the ideas added so far (`DemoData+Matches.swift`).
    var brokering: DemoData.Brokering
    let seed: UInt64

    init(count: Int, seed: UInt64, now: Timestamp) {
      brokering = DemoData.Brokering(seed: seed)
      self.seed = seed
      self.count = count
      self.now = now
      rng = SplitMix64(state: seed ^ 0x5EED_FAB0_1EC7_0001)
      firstIdea = now.seconds - 2 * 3600 - span
      givenSlugs = DemoData.cultures.map { $0.given.map(DemoData.slug) }
      familySlugs = DemoData.cultures.map { $0.family.map(DemoData.slug) }
      for (i, p) in DemoData.places.enumerated() { placesByRegion[p.region, default: []].append(i) }
    }

    mutating func apply(_ op: BoardOperation, at: Timestamp) {
      runMatches(until: at)
      do {
        try board.apply(op, by: DemoData.author, at: at)
      } catch {
        refused.append(error.message)
      }
    }

    mutating func run() -> Generated {
      let staffCount = max(DemoData.staffNames.count, count / 40)
      let mentorCount = max(4, count / 8)
      let partnerCount = max(3, count / 50)
      let sessionCount = count == 0 ? 0 : max(12, count / 20)
      let people = staffCount + mentorCount + partnerCount + count
      board.history.reserveCapacity(people + count + sessionCount)
      board.ideas.reserveCapacity(count)
      board.people.reserveCapacity(people)
      board.sessions.reserveCapacity(sessionCount)
      emails.reserveCapacity(people)
      makeSkeletons()
      assignStages()
      addTeam(staff: staffCount, mentors: mentorCount, partners: partnerCount)
      planSessions(sessionCount)
      var next = 0
      for i in 0..<count {
        let created = skeletons[i].created
        while next < sessions.count, sessions[next].addedAt <= created {
          apply(.addSession(sessions[next].session), at: sessions[next].addedAt)
          next += 1
        }
        apply(.addPerson(makeInnovator(i)), at: created)
        let idea = makeIdea(i)
        apply(.addIdea(idea), at: created)
        planMatches(for: idea)
      }
      while next < sessions.count {
        apply(.addSession(sessions[next].session), at: sessions[next].addedAt)
        next += 1
      }
      runMatches(until: now)
      addExits(seed: seed)
      return Generated(board: board, refused: refused)
    }

  }
}
