import FabriekCore
import Foundation
import XCTest

/// The built binary in tmux: start, navigate, move a card, resize, quit, start again; and
/// a hostile record whose escape sequences must never reach the terminal.
final class BoardScreenEndToEndTests: EndToEndTestCase {
  func makeBoard(_ ideas: [(String, String)], note: String? = nil) throws {
    var b = Board(name: "Testfabriek")
    for (k, (title, stage)) in ideas.enumerated() {
      var idea = Idea(id: IdeaID(k + 1), title: title, stage: stage, created: t0, pitch: "Pitch \(k + 1)")
      if k == 0, let note { idea.notes = [Note(id: 1, at: t0, author: "Noor", text: note)] }
      try b.apply(.addIdea(idea), by: "test", at: t0)
    }
    try BoardStore.create(at: board, board: b)
  }

  func stage(of code: String) throws -> String? {
    try stored().idea(code: code)?.stage
  }

  func testNavigateMoveResizeQuitAndTheCardIsWhereItWasLeft() throws {
    try makeBoard([
      ("Alpha buurtrestaurant", Stage.incoming), ("Beta repair café", Stage.incoming),
      ("Gamma deelfiets", Stage.enrichment),
    ])
    var tmux: Tmux? = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 120, height: 40)
    try tmux?.waitFor(text: "Alpha buurtrestaurant")
    try tmux?.send("j")  // focus Beta
    try tmux?.send("L")  // Beta → Idea generation
    try tmux?.send("L")  // Beta → Enrichment
    let deadline = Date().addingTimeInterval(5)
    while try stage(of: "I-0002") != Stage.enrichment, Date() < deadline { usleep(50_000) }
    XCTAssertEqual(try stage(of: "I-0002"), Stage.enrichment, "each move is saved at once")
    try tmux?.resize(width: 80, height: 24)
    try tmux?.waitFor("a reflowed 80-column screen") { screen in
      screen.split(separator: "\n").allSatisfy { $0.count <= 80 } && screen.contains("I-0002")
    }
    try tmux?.send("q")
    XCTAssertEqual(try tmux?.waitForExit(), 0)
    tmux = nil

    let again = try Tmux([Binary.path, "--file", board], width: 120, height: 40)
    let screen = try again.waitFor(text: "Beta repair café")
    XCTAssertEqual(try stage(of: "I-0002"), Stage.enrichment)
    XCTAssertEqual(try stage(of: "I-0001"), Stage.incoming)
    // Beta is drawn in the same column as Gamma (Enrichment), not under Alpha (Incoming).
    let rows = screen.split(separator: "\n").map(String.init)
    let column = { (needle: String) -> Int? in
      rows.compactMap { row in row.range(of: needle).map { row.distance(from: row.startIndex, to: $0.lowerBound) } }
        .first
    }
    XCTAssertNotNil(column("Beta"))
    XCTAssertEqual(column("Beta"), column("Gamma"), screen)
    XCTAssertNotEqual(column("Beta"), column("Alpha"), screen)
    try again.send("q")
    XCTAssertEqual(try again.waitForExit(), 0)
  }

  func testEscapeSequencesInARecordNeverReachTheTerminal() throws {
    let title = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}gnp.exe"
    let note = "OSC 52: \u{1B}]52;c;ZXZpbA==\u{07} and \u{1B}[31mred\u{1B}[0m \u{2066}isolate\u{2069}"
    try makeBoard([(title, Stage.incoming), ("Gewoon idee", Stage.incoming)], note: note)
    let recording = dir + "/terminal-output.bin"
    let tmux = try Tmux([Binary.path, "--file", board], width: 160, height: 48, recordTo: recording)
    try tmux.waitFor(text: "Gewoon idee")
    let screen = try tmux.waitFor(text: "Evil␛]0;pwned␇␛[2J⟨U+009B⟩31m")  // the card clips the title
    XCTAssertFalse(screen.contains("pwned\u{07}"))
    try tmux.send("Enter")  // the detail pane shows the whole title and the note
    try tmux.waitFor(text: "Evil␛]0;pwned␇␛[2J⟨U+009B⟩31m⟨U+202E⟩gnp.exe")
    try tmux.waitFor(text: "OSC 52: ␛]52;c;ZXZpbA==␇")
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
    usleep(200_000)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: recording))
    XCTAssertGreaterThan(bytes.count, 1_000, "the recording holds the program's output")
    let output = String(decoding: bytes, as: UTF8.self)
    for forbidden in [
      "\u{1B}]0;pwned", "\u{1B}]52;", "\u{07}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{1B}[2J\u{9B}", "ZXZpbA==\u{07}",
    ] {
      XCTAssertFalse(output.contains(forbidden), "the terminal received \(forbidden.debugDescription)")
    }
    XCTAssertFalse(bytes.contains(0x9B) && bytes.firstRange(of: Data([0xC2, 0x9B])) != nil, "no C1 CSI")
    XCTAssertTrue(output.contains("pwned"), "the text itself is shown")
  }

  func testATerminalThatCannotDoWhatWeNeedGetsOneSentenceAndExitCode2() throws {
    try makeBoard([("Alpha", Stage.incoming)])
    let piped = try Binary.run(["--file", board])
    XCTAssertEqual(piped.status, 2)
    XCTAssertEqual(piped.stderr.filter { $0 == "\n" }.count, 1, piped.stderr)
    XCTAssertTrue(piped.stderr.hasPrefix("fabriek: "), piped.stderr)
    for term in ["dumb", "no-such-terminal"] {
      let tmux = try Tmux([Binary.path, "--file", board], width: 100, height: 30, environment: ["TERM": term])
      XCTAssertEqual(try tmux.waitForExit(), 2, term)
      let transcript = try tmux.transcript()
      let printed = transcript.components(separatedBy: "\n").filter { $0.hasPrefix("fabriek: ") }
      XCTAssertEqual(printed.count, 1, transcript)
      XCTAssertTrue(printed.first?.contains(term) ?? false, printed.joined())
    }
  }

  func testASignalGivesTheTerminalBackAndLosesNothing() throws {
    for (signal, status) in [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)] {
      try? FileManager.default.removeItem(atPath: board)
      try makeBoard([("Alpha buurtrestaurant", Stage.incoming), ("Beta repair café", Stage.incoming)])
      let sttyFile = dir + "/stty-\(signal)"
      let script =
        "\(Tmux.shellQuote(Binary.path)) --file \(Tmux.shellQuote(board)); code=$?; stty -a > \(sttyFile); exit $code"
      let tmux = try Tmux(["sh", "-c", script], width: 100, height: 30)
      try tmux.waitFor(text: "Alpha buurtrestaurant")
      try tmux.send("L")
      let deadline = Date().addingTimeInterval(5)
      while try stage(of: "I-0001") == Stage.incoming, Date() < deadline { usleep(50_000) }
      XCTAssertEqual(try stage(of: "I-0001"), Stage.ideaGeneration, "the move is saved before the signal")
      let pids = Tmux.processes(withArguments: [Binary.path, "--file", board])
      XCTAssertEqual(pids.count, 1, "one fabriek on the board")
      kill(try XCTUnwrap(pids.first), signal)
      XCTAssertEqual(try tmux.waitForExit(), status)
      let flags = Set(
        try String(contentsOfFile: sttyFile, encoding: .utf8).split(whereSeparator: {
          $0 == " " || $0 == "\n" || $0 == ";"
        }).map(String.init))
      for flag in ["icanon", "echo", "isig", "ixon"] {
        XCTAssertTrue(flags.contains(flag) && !flags.contains("-" + flag), "\(flag) after signal \(signal)")
      }
      XCTAssertEqual(try stage(of: "I-0001"), Stage.ideaGeneration, "nothing committed is lost")
    }
  }
}
