import Foundation
import XCTest

/// The built binary chooses its language from the locale: `LANG=nl_BE.UTF-8 fabriek --demo`
/// opens in Dutch, `fr_BE` in French. HOME and XDG_CONFIG_HOME point into the test's own folder,
/// so no settings file of the machine is read, and none is written.
final class LanguageEndToEndTests: EndToEndTestCase {
  private func demo(lang: String) throws -> (Tmux, String) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let environment = [
      "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "HOME": dir + "/home", "XDG_CONFIG_HOME": dir + "/config",
    ]
    let tmux = try Tmux(
      ["sh", "-c", "cd \(Tmux.shellQuote(root.path)) && \(Tmux.shellQuote(Binary.path)) --demo"], width: 160,
      height: 48, environment: environment)
    let screen = try tmux.waitFor(text: "Sociale InnovatieFabriek (demo)")
    return (tmux, screen)
  }

  private func quit(_ tmux: Tmux) throws {
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/config"), "no settings file is written")
  }

  func testADutchLocaleOpensTheDemoWithDutchColumnHeaders() throws {
    let (tmux, screen) = try demo(lang: "nl_BE.UTF-8")
    let header = screen.split(separator: "\n").first.map(String.init) ?? ""
    XCTAssertTrue(header.contains("Binnengekomen"), header)
    XCTAssertTrue(header.contains("Ideevorming"), header)
    XCTAssertTrue(header.contains("Verrijking"), header)
    XCTAssertFalse(header.contains("Incoming"), header)
    XCTAssertTrue(screen.contains(" BORD "), screen)
    try quit(tmux)
  }

  func testAFrenchLocaleOpensTheDemoWithFrenchColumnHeaders() throws {
    let (tmux, screen) = try demo(lang: "fr_BE.UTF-8")
    let header = screen.split(separator: "\n").first.map(String.init) ?? ""
    XCTAssertTrue(header.contains("Entrant"), header)
    XCTAssertTrue(header.contains("Génération d'idées"), header)
    XCTAssertTrue(header.contains("Enrichissement"), header)
    XCTAssertFalse(header.contains("Incoming"), header)
    XCTAssertTrue(screen.contains(" TABLEAU "), screen)
    try quit(tmux)
  }

  /// `:lang fr` switches the screen at once and writes `language = "fr"` into the settings
  /// file, keeping what else it held; the next start speaks French without any locale.
  func testLangSwitchesAtOnceAndTheNextStartRemembers() throws {
    let config = dir + "/config/fabriek"
    try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
    try Data("# mine\ntheme = \"light\"\n".utf8).write(to: URL(fileURLWithPath: config + "/config.toml"))
    try createBoard()
    let environment = ["LANG": "C.UTF-8", "HOME": dir + "/home", "XDG_CONFIG_HOME": dir + "/config"]
    let first = try Tmux([Binary.path, "--file", board], width: 100, height: 30, environment: environment)
    try first.waitFor(text: "Incoming")
    try first.send(":")
    try first.type("lang fr")
    try first.send("Enter")
    try first.waitFor(text: "Entrant")
    let settings = try String(contentsOfFile: config + "/config.toml", encoding: .utf8)
    XCTAssertEqual(settings, "# mine\ntheme = \"light\"\nlanguage = \"fr\"\n")
    try first.send("q")
    XCTAssertEqual(try first.waitForExit(), 0)
    let second = try Tmux([Binary.path, "--file", board], width: 100, height: 30, environment: environment)
    try second.waitFor(text: "Entrant")
    try second.send("q")
    XCTAssertEqual(try second.waitForExit(), 0)
  }
}
