import ArgumentParser
import FabriekCore
import FabriekUI
import Foundation

/// `fabriek mentor`: the brokering of mentors and partners from the command line: suggest
/// people for an idea (`Board.mentorSuggestions`), propose, move and log hours on matches
/// (`MentorCommand+Matches.swift`), list load and matches, and assign a pool at once
/// (`MentorCommand+Lists.swift`); a pair's score is the same number in `suggest` and `assign`.
struct MentorCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "mentor", abstract: tr("mentor.cli.abstract"), subcommands: [Suggest.self, Propose.self, Move.self, Log.self, List.self, Matches.self, Assign.self])
  }

  struct Suggest: ParsableCommand {
    static var configuration: CommandConfiguration { .text("mentor.cli.suggest") }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("mentor.cli.code"), completion: Completions.ideaCodes) var code: String
    @Flag(help: .text("mentor.cli.partner")) var partner = false
    @Option(help: .text("mentor.cli.limit")) var limit = 10
    @Flag(help: .text("mentor.cli.json")) var json = false

    func run() throws {
      try Failure.guarded {
        let b = try board.openForReading().board
        let idea = try resolveIdea(code, on: b)
        let suggestions = b.mentorSuggestions(for: idea.id, role: partner ? .partner : .mentor, limit: max(0, limit))
        if json {
          print(try JSONOutput.encode(suggestions.map { Coded($0, on: b) }))
          return
        }
        if suggestions.isEmpty {
          print(tr(partner ? "mentor.cli.noPartner" : "mentor.cli.noMentor", ["code": idea.code]))
          return
        }
        let names = suggestions.map { Text.clean(b.people[$0.person]?.fullName ?? $0.person.code) }
        let width = min(28, names.map(DisplayWidth.of).max() ?? 0)
        let scores = suggestions.map { Language.current.decimal($0.score, places: 2) }
        let scoreWidth = scores.map(\.count).max() ?? 0
        for ((s, name), score) in zip(zip(suggestions, names), scores) {
          let padded = DisplayWidth.pad(name, to: width)
          let score = DisplayWidth.pad(score, to: scoreWidth, alignment: .trailing)
          print("\(s.person.code)  \(padded)  \(score)  \(Text.clean(s.reasons.joined(separator: " · ")))")
        }
      }
    }
  }

  /// `{"person": "P-0042", "name": …, "score": 13.5, "reasons": [...]}`: the stable shape
  /// scripts rely on (README, "Mentors").
  struct Coded: Encodable {
    var person: String
    var name: String
    var score: Double
    var reasons: [String]
    init(_ s: MentorSuggestion, on board: Board) {
      person = s.person.code
      name = board.people[s.person]?.fullName ?? ""
      score = s.score
      reasons = s.reasons
    }
  }
}
