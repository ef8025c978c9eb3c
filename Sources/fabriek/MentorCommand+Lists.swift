import ArgumentParser
import FabriekCore
import FabriekUI
import Foundation

/// `fabriek mentor list`, `matches` and `assign`: load per person, the matches themselves, and
/// the pool assignment of a view's ideas (`Board.poolAssignment`).
extension MentorCommand {
  struct List: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("match.cli.list.abstract")) }
    @OptionGroup var board: BoardOptions
    @Flag(help: .text("match.cli.listPartner")) var partner = false
    @Flag(help: .text("match.cli.listJSON")) var json = false

    func run() throws {
      try Failure.guarded {
        let b = try board.openForReading().board
        let load = b.mentorLoad()
        let used = b.minutesLogged()
        let people = b.people.values.filter { $0.roles.contains(partner ? .partner : .mentor) }.sorted { $0.id < $1.id }
        if json {
          print(try JSONOutput.encode(people.map { Load($0, active: load[$0.id] ?? 0, minutes: used[$0.id] ?? 0) }))
          return
        }
        if people.isEmpty {
          print(tr(partner ? "match.cli.noPartners" : "match.cli.noMentors"))
          return
        }
        let names = people.map { Text.clean($0.fullName) }
        let width = min(28, names.map(DisplayWidth.of).max() ?? 0)
        for (p, name) in zip(people, names) {
          let active = load[p.id] ?? 0
          let places = p.mentorCapacity.map { "\(active)/\($0)" } ?? "\(active)/–"
          let hours = Language.current.decimal(Double(used[p.id] ?? 0) / 60, places: 2)
          let budget = p.hoursBudget.map { "\(hours)/\($0) h" } ?? "\(hours) h"
          let over = p.mentorCapacity.map { active > $0 } == true ? "  " + tr("match.cli.over") : ""
          let expertise = Text.clean(p.expertise.joined(separator: ", "))
          print("\(p.id.code)  \(DisplayWidth.pad(name, to: width))  \(places)  \(budget)  \(expertise)\(over)")
        }
      }
    }

    /// `{"person": "P-0042", "name": …, "capacity": 3, "active": 1, "hoursBudget": 40, "hoursUsed": 12.5}`.
    struct Load: Encodable {
      var person: String
      var name: String
      var capacity: Int?
      var active: Int
      var hoursBudget: Int?
      var hoursUsed: Double
      init(_ p: Person, active: Int, minutes: Int) {
        person = p.id.code
        name = p.fullName
        capacity = p.mentorCapacity
        self.active = active
        hoursBudget = p.hoursBudget
        hoursUsed = (Double(minutes) / 60 * 100).rounded() / 100
      }
      enum CodingKeys: String, CodingKey { case person, name, capacity, active, hoursBudget, hoursUsed }
      func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(person, forKey: .person)
        try c.encode(name, forKey: .name)
        try c.encode(capacity, forKey: .capacity)  // null when not said
        try c.encode(active, forKey: .active)
        try c.encode(hoursBudget, forKey: .hoursBudget)
        try c.encode(hoursUsed, forKey: .hoursUsed)
      }
    }
  }

  struct Matches: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("match.cli.matches.abstract")) }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("match.cli.matchesOf")) var code: String?
    @Flag(help: .text("match.cli.matchesJSON")) var json = false

    func run() throws {
      try Failure.guarded {
        let b = try board.openForReading().board
        var matches = b.matches
        if let code {
          if let idea = IdeaID(code: code), b.idea(idea) != nil {
            matches = b.matches(of: idea)
          } else {
            let p = try PersonCommand.find(code, on: b)
            matches = b.matches(for: p.id)
          }
        }
        if json {
          print(try JSONOutput.encode(matches.map { CodedMatch($0) }))
          return
        }
        for m in matches { print(MentorCommand.describe(m.id, on: b)) }
      }
    }
  }

  struct Assign: ParsableCommand {
    static var configuration: CommandConfiguration { .text("match.cli.assign") }
    @OptionGroup var board: BoardOptions
    @OptionGroup var filtering: FilterOptions
    @Flag(help: .text("match.cli.assignPartner")) var partner = false
    @Flag(help: .text("match.cli.dryRun")) var dryRun = false
    @Flag(help: .text("match.cli.assignJSON")) var json = false

    func run() throws {
      try Failure.guarded {
        guard filtering.view != nil || filtering.filter != nil else {
          throw UsageError(message: tr("match.cli.assignNeedsIdeas"))
        }
        let role: PersonRole = partner ? .partner : .mentor
        let store = dryRun ? try board.openForReading() : try board.open()
        func plan(_ b: Board) throws -> [PoolProposal] {
          guard let query = try filtering.query(on: b) else { return [] }
          let ideas = FilterOptions.ideas(query, on: b, among: nil, user: board.who).filter(\.isActive)
          return b.poolAssignment(for: ideas.map(\.id), role: role)
        }
        var proposals = try plan(store.board)
        var codes: [MatchID] = []
        if !dryRun && !proposals.isEmpty {
          // Planned again under the lock, on the board as it is then, and committed as one step.
          var failure: Error?
          let (change, _) = try store.commit { (b: Board) throws(BoardError) -> Change in
            do {
              proposals = try plan(b)
            } catch {
              failure = error
              proposals = []
            }
            return Change(b.proposing(proposals, kind: partner ? .partner : .mentor, by: board.who, at: .now()), by: board.who)
          }
          if let failure { throw failure }
          if case .batch(let ops) = change.op {
            codes = ops.compactMap { if case .proposeMatch(let m) = $0 { m.id } else { nil } }
          }
        }
        let b = store.board
        if json {
          print(try JSONOutput.encode(proposals.enumerated().map { k, p in Pair(p, match: codes.indices.contains(k) ? codes[k] : nil) }))
          return
        }
        if proposals.isEmpty {
          print(tr("match.cli.assignNone"))
          return
        }
        for (k, p) in proposals.enumerated() {
          let name = Text.clean(b.people[p.person]?.fullName ?? "")
          let score = Language.current.decimal(p.score, places: 2)
          let made = codes.indices.contains(k) ? "  " + codes[k].code : ""
          print("\(p.idea.code)  \(p.person.code)  \(name)  \(score)\(made)")
        }
        print(tr(dryRun ? "match.cli.assignDry" : "match.cli.assignDone", ["n": proposals.count]))
      }
    }

    /// `{"idea": "I-0012", "person": "P-0042", "score": 11.5}`, with `"match": "M-0003"` once made.
    struct Pair: Encodable {
      var idea: String
      var person: String
      var score: Double
      var match: String?
      init(_ p: PoolProposal, match: MatchID?) {
        idea = p.idea.code
        person = p.person.code
        score = p.score
        self.match = match?.code
      }
    }
  }

  /// A match as JSON, with codes: `{"match": "M-0003", "idea": "I-0012", "person": "P-0042", …}`.
  struct CodedMatch: Encodable {
    var match: String
    var idea: String
    var person: String
    var kind: MatchKind
    var state: MatchState
    var proposedBy: String
    var proposedAt: Timestamp
    var transitions: [MatchTransition]
    var endReason: MatchEndReason?
    var hours: [Entry]
    var hoursUsed: Double
    var overrideReason: String?
    struct Entry: Encodable {
      var id: Int
      var day: Day
      var hours: Double
      var note: String
    }
    init(_ m: Match) {
      match = m.code
      idea = m.idea.code
      person = m.person.code
      kind = m.kind
      state = m.state
      proposedBy = m.proposedBy
      proposedAt = m.proposedAt
      transitions = m.transitions
      endReason = m.endReason
      hours = m.hours.map { Entry(id: $0.id, day: $0.day, hours: $0.hours, note: $0.note) }
      hoursUsed = Double(m.minutes) / 60
      overrideReason = m.overrideReason
    }
  }
}
