import FabriekCore
import Foundation
import XCTest

@testable import FabriekUI

/// The settings file `:lang` and `--lang`'s fallbacks read: what `language` says, and that
/// writing it changes that one line and nothing else of the user's file.
final class UserSettingsTests: XCTestCase {
  var dir = ""
  var path: String { dir + "/fabriek/config.toml" }

  override func setUp() {
    super.setUp()
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-settings-\(UUID().uuidString)").path
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: dir)
    super.tearDown()
  }

  func write(_ text: String) throws {
    try FileManager.default.createDirectory(atPath: dir + "/fabriek", withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  func contents() throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  func testTheLanguageIsReadAsWrittenAndAKeyInATableIsNotIt() throws {
    try write("# mine\ntheme = \"light\"\nlanguage = \"nl_BE\"\n\n[ui]\nlanguage = \"fr\"\n")
    XCTAssertEqual(try UserSettings(path: path).language(), "nl_BE")
    try write("[ui]\nlanguage = \"fr\"\n")
    XCTAssertNil(try UserSettings(path: path).language())
  }

  func testAMissingFileSetsNothing() throws {
    XCTAssertNil(try UserSettings(path: path).language())
  }

  func testTheStandardFileIsUnderXDGConfigHomeElseHome() {
    XCTAssertEqual(
      UserSettings.standard(environment: ["XDG_CONFIG_HOME": "/x/config", "HOME": "/h"])?.path,
      "/x/config/fabriek/config.toml")
    XCTAssertEqual(
      UserSettings.standard(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"])?.path,
      "/h/.config/fabriek/config.toml")
    XCTAssertNil(UserSettings.standard(environment: [:]))
  }

  func testSetLanguageReplacesItsLineAndKeepsEveryOtherLine() throws {
    try write("# mine\ntheme = \"light\"\nlanguage = \"nl\"   # Vlaams\n\n[colors]\nlanguage = \"keep\"\naccent = 3\n")
    try UserSettings(path: path).setLanguage(.fr)
    XCTAssertEqual(
      try contents(), "# mine\ntheme = \"light\"\nlanguage = \"fr\"\n\n[colors]\nlanguage = \"keep\"\naccent = 3\n")
    XCTAssertEqual(try UserSettings(path: path).language(), "fr")
  }

  func testSetLanguageReplacesAQuotedKeyRatherThanAddingASecondOne() throws {
    try write("\"language\" = \"en\"\n")
    try UserSettings(path: path).setLanguage(.nl)
    XCTAssertEqual(try contents(), "language = \"nl\"\n")
  }

  func testSetLanguageAddsTheLineBeforeTheFirstTable() throws {
    try write("theme = \"light\"\ncolors = [\n  \"red\",\n]\n[ui]   # screen\nx = 1\n[more]\n")
    try UserSettings(path: path).setLanguage(.nl)
    XCTAssertEqual(
      try contents(),
      "theme = \"light\"\ncolors = [\n  \"red\",\n]\nlanguage = \"nl\"\n[ui]   # screen\nx = 1\n[more]\n")
  }

  func testSetLanguageAppendsToAFileWithoutTablesAndMakesAMissingFile() throws {
    try UserSettings(path: path).setLanguage(.nl)
    XCTAssertEqual(try contents(), "language = \"nl\"\n")
    try write("theme = \"light\"")
    try UserSettings(path: path).setLanguage(.en)
    XCTAssertEqual(try contents(), "theme = \"light\"\nlanguage = \"en\"\n")
  }

  func testAFileThatIsNotTOMLIsOneSentenceInTheCurrentLanguage() throws {
    try write("theme = \"light\"\nthis is not toml\n")
    XCTAssertThrowsError(try UserSettings(path: path).language()) { error in
      XCTAssertEqual(
        (error as? SettingsError)?.message,
        "The settings file \(path) is not used: line 2 is not TOML such as language = \"nl\".")
    }
    let dutch = Language.$current.withValue(.nl) { () -> String? in
      do throws(SettingsError) {
        _ = try UserSettings(path: path).language()
        return nil
      } catch {
        return error.message
      }
    }
    XCTAssertEqual(
      dutch, "Het instellingenbestand \(path) wordt niet gebruikt: regel 2 is geen TOML zoals language = \"nl\".")
  }

  func testALanguageThatIsNotTextIsRefusedWithItsReason() throws {
    try write("language = 3\n")
    XCTAssertThrowsError(try UserSettings(path: path).language()) { error in
      XCTAssertEqual(
        (error as? SettingsError)?.message,
        "The settings file \(path) is not used: `language` must be a text such as \"nl\".")
    }
  }
}
