import FabriekTerminal
import XCTest

final class PreflightTests: XCTestCase {
  func testAKnownTerminalTypePasses() throws {
    XCTAssertEqual(try Terminal.checkTermType("xterm-256color"), "xterm-256color")
  }

  func testAMissingOrUnknownTerminalTypeIsAClearError() {
    XCTAssertThrowsError(try Terminal.checkTermType(nil)) { XCTAssertEqual($0 as? TerminalError, .termNotSet) }
    XCTAssertThrowsError(try Terminal.checkTermType("")) { XCTAssertEqual($0 as? TerminalError, .termNotSet) }
    XCTAssertThrowsError(try Terminal.checkTermType("no-such-terminal-9000")) { error in
      XCTAssertEqual(error as? TerminalError, .unknownTerm("no-such-terminal-9000"))
      XCTAssertEqual(
        (error as? TerminalError)?.message,
        "The terminal type “no-such-terminal-9000” (from TERM) is not in the terminfo database; "
          + "set TERM to a type your system knows, such as xterm-256color.")
    }
  }

  func testATerminalThatCannotMoveTheCursorIsRefused() {
    XCTAssertThrowsError(try Terminal.checkTermType("dumb")) { error in
      XCTAssertEqual(error as? TerminalError, .noCursorAddressing("dumb"))
    }
  }

  func testNotATerminalMessageSuggestsASubcommand() {
    XCTAssertEqual(
      TerminalError.outputNotTerminal.message,
      "fabriek needs a terminal: standard output is not one; run it in a terminal, "
        + "or use a subcommand such as `fabriek idea list` or `fabriek export`.")
  }
}
