import FabriekCore
import FabriekUI
import Foundation
import XCTest

/// Every case of `Screen`, and every state a case carries (a triage prompt, present mode's
/// contribution line and summary, a form's questions, a list's filter), reached through the
/// keys and rendered at the smallest, a middle and a large size.
final class ScreenStateTests: XCTestCase {
  static let sizes = [(80, 24), (120, 40), (200, 60)]

  /// A journey into one screen state, and what the screen must say there.
  struct Path: Sendable {
    var name: String
    var mode: Mode
    var shows: String
    var start: @Sendable (Int, Int) throws -> AppState = { try ScreenFixtures.state(width: $0, height: $1) }
    var keys: @Sendable (inout Journey) throws -> Void
  }

  static let triage: @Sendable (Int, Int) throws -> AppState = { try TriageFixtures.state(width: $0, height: $1) }
  static let present: @Sendable (Int, Int) throws -> AppState = { try PresentFixtures.state(width: $0, height: $1) }
  static let mentoring: @Sendable (Int, Int) throws -> AppState = { try MentorFixtures.state(width: $0, height: $1) }

  static let paths: [Path] = [
    Path(name: "board", mode: .board, shows: "BOARD") { _ in },
    Path(name: "detail", mode: .detail, shows: "DETAIL") { $0.press("Enter") },
    Path(name: "search", mode: .search, shows: "/cafe") {
      $0.press("/")
      $0.type("cafe")
    },
    Path(name: "filter", mode: .filter, shows: "f circ") {
      $0.press("f")
      $0.type("circ")
    },
    Path(name: "palette", mode: .palette, shows: ":go") {
      $0.press(":")
      $0.type("go")
    },
    Path(name: "help", mode: .help, shows: "HELP") { $0.press("?") },
    Path(name: "triage", mode: .triage, shows: "TRIAGE", start: triage) { $0.press("t") },
    Path(name: "triage prompt", mode: .triagePrompt, shows: "TRIAGE", start: triage) {
      $0.press("t", "d")
    },
    Path(name: "present", mode: .present, shows: "PRESENT", start: present) { $0.press("p") },
    Path(name: "present capture", mode: .present, shows: "PRESENT", start: present) {
      $0.press("p", "i")
      $0.type("Idee")
    },
    Path(name: "present summary", mode: .present, shows: "PRESENT", start: present) {
      $0.press("p", "+", "S")
    },
    Path(name: "form", mode: .form, shows: "FORM") { $0.press("n") },
    Path(name: "form asking to discard", mode: .form, shows: "FORM") {
      $0.press("n")
      $0.type("Wijkcafé")
      $0.press("Esc")
    },
    Path(name: "form with conflicts", mode: .form, shows: "FORM") { journey in
      journey.press("e", "Ctrl-U")
      journey.type("Repair café Ledeberg")
      var other = journey.state.board
      try other.apply(.editIdea(IdeaID(1), [.title("Repair café Gent – herstelplaats")]), by: "ann", at: .now())
      journey.send(.boardChanged(other))
      journey.press("Ctrl-S")
    },
    Path(name: "list", mode: .list, shows: "PEOPLE") {
      $0.press(":")
      $0.type("people")
      $0.press("Enter")
    },
    Path(name: "list filter", mode: .listFilter, shows: "PEOPLE") {
      $0.press(":")
      $0.type("people")
      $0.press("Enter", "/")
      $0.type("so")
    },
    Path(name: "suggestions", mode: .suggestions, shows: "SUGGEST", start: mentoring) { $0.press("l", "l", "m") },
    Path(name: "mentors", mode: .mentors, shows: "Mentors and partners (5)", start: mentoring) { $0.press("b") },
    Path(name: "mentors unmatched", mode: .mentors, shows: "Ideas without a mentor (2)", start: mentoring) {
      $0.press("b", "Tab")
    },
    Path(name: "mentor pool", mode: .mentors, shows: "Pool assignment", start: mentoring) { $0.press("b", "Tab", "a") },
    Path(name: "import preview", mode: .importPreview, shows: "dry run") {
      let path = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-screens-\(UUID().uuidString).csv")
      try Data("Titel,E-mail\nRepair café,lotte@example.be\n".utf8).write(to: path)
      defer { try? FileManager.default.removeItem(at: path) }
      $0.press(":")
      $0.type("import " + path.path)
      $0.press("Enter")
    },
    Path(name: "erasure asking", mode: .erasure, shows: "cannot be undone") {
      $0.press(":")
      $0.type("people")
      $0.press("Enter", ":")
      $0.type("person erase asked")
      $0.press("Enter")
    },
    Path(name: "erasure done", mode: .erasure, shows: "Erased the personal data") {
      $0.press(":")
      $0.type("people")
      $0.press("Enter", ":")
      $0.type("person erase asked")
      $0.press("Enter", "y")
    },
    Path(name: "reports", mode: .reports, shows: "REPORTS") { $0.press("r", "Tab") },
    Path(name: "reports filter", mode: .reportsFilter, shows: "REPORTS") {
      $0.press("r", "f")
      $0.type("circ")
    },
    Path(name: "alumni", mode: .alumni, shows: "Alumni") {
      $0.press(":")
      $0.type("alumni")
      $0.press("Enter")
    },
  ]

  func testEveryScreenAndEachOfItsStatesRendersAtEverySize() throws {
    var reached = Set<String>()
    for path in Self.paths {
      for (width, height) in Self.sizes {
        var journey = Journey(try path.start(width, height))
        try path.keys(&journey)
        let state = journey.state
        XCTAssertEqual(state.mode, path.mode, path.name)
        reached.insert(Self.kind(of: state))
        let screen = render(state)
        XCTAssertEqual(screen.lines.count, height, path.name)
        XCTAssertTrue(screen.lines.allSatisfy { DisplayWidth.of($0) == width }, "\(path.name) \(width)×\(height)")
        let text = screen.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains(path.shows), "\(path.name) \(width)×\(height):\n\(text)")
      }
    }
    XCTAssertEqual(reached, Set(Self.allKinds))
  }

  /// Every case of `Screen` and each state a case carries; a new case does not compile here
  /// until it is named, and then fails the test until a path reaches it.
  static func kind(of state: AppState) -> String {
    switch state.screen {
    case .board: "board"
    case .detail: "detail"
    case .search: "search"
    case .filter: "filter"
    case .palette: "palette"
    case .help: "help"
    case .triage(let session): session.prompt == nil ? "triage" : "triage prompt"
    case .present(let session):
      session.capture != nil ? "present capture" : session.summaryScroll != nil ? "present summary" : "present"
    case .form(let form):
      form.isConfirmingDiscard
        ? "form asking to discard" : form.conflicts.isEmpty ? "form" : "form with conflicts"
    case .list(let list): list.isTypingFilter ? "list filter" : "list"
    case .importPreview: "import preview"
    case .erasure(let erasure): erasure.phase == .asking ? "erasure asking" : "erasure done"
    case .reports(let reports): reports.isTypingFilter ? "reports filter" : "reports"
    case .mentors(let state):
      switch state.page {
      case .suggestions: "suggestions"
      case .people: "mentors"
      case .unmatched: "mentors unmatched"
      case .pool: "mentor pool"
      }
    case .alumni: "alumni"
    }
  }

  static let allKinds = paths.map(\.name)
}
