import ArgumentParser
import FabriekCore

/// `fabriek present`: the board full screen in present mode, for a projector: the projector
/// theme, personal data hidden, the spotlight, dot votes, a timer and contributions, with other
/// terminals' changes shown within a second.
struct PresentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present",
    abstract: "Present the board on a projector: spotlight, dot votes, a timer; personal data hidden.",
    discussion: """
      Tab cycles the views (board, spotlight, votes, timer); ←/→ or Space step through the \
      session's agenda (or the focused column); + and - add or take a dot (a minute on the \
      timer view); s starts or pauses the timer, 1–5 pick 5, 10, 15, 20 or 30 minutes; i types \
      a contribution to the spotlighted idea; S shows the session's summary; Esc leaves. \
      Without --session, the first vote or contribution starts a co-creation session dated \
      today. E-mail addresses, phone numbers, private notes and surnames (unless a person agreed \
      to be shown in full) never appear on screen.
      """)

  @OptionGroup var board: BoardOptions
  @Option(help: "The session to run (e.g. S-0003): its agenda, votes and contributions.") var session: String?
  @Option(help: "Colour theme to go back to when leaving present mode.") var theme: String?

  func run() throws {
    var id: SessionID?
    if let session {
      guard let parsed = SessionID(code: session) else {
        Failure.fail("--session: “\(Text.clean(session))” is not a session code like S-0003.", code: 1)
      }
      id = parsed
    }
    try InteractiveLaunch.run(
      board: board, theme: theme, demo: false, startInTriage: false, presenting: true, presentSession: id)
  }
}
