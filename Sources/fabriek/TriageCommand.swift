import ArgumentParser

/// `fabriek triage`: the board full screen, straight in the triage screen on the Incoming
/// queue; scores and decisions are recorded under the reviewer's name (`--as`, else `$USER`).
struct TriageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triage",
    abstract: "Triage the Incoming queue full screen: score with the rubric, accept, decline, park or merge.",
    discussion: """
      Candidates come oldest first, one per screen with the whole record and suspected \
      duplicates. Digits score the current criterion; a accepts, d declines with a reason, p \
      parks until a date, m merges into a duplicate, s skips, u undoes; Esc goes to the board.
      """)

  @OptionGroup var board: BoardOptions
  @Option(help: "Colour theme: default, light, projector, monochrome or one of yours.") var theme: String?
  @Option(help: ArgumentHelp("Only the candidates this query matches, as `f` on the board filters.", valueName: "query"))
  var filter: String?

  func run() throws {
    try InteractiveLaunch.run(board: board, theme: theme, demo: false, startInTriage: true, filter: filter)
  }
}
