import FabriekUI
import Foundation
import XCTest

final class ThemeCatalogTests: XCTestCase {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-themes-\(UUID().uuidString)")

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(at: root.appendingPathComponent("user"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("bundled"), withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try FileManager.default.removeItem(at: root)
  }

  func write(_ text: String, to path: String) throws {
    try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }

  func testUserThemesOverrideBundledOnesAndDefaultIsAlwaysThere() throws {
    try write("description = \"bundled\"", to: "bundled/light.toml")
    try write("description = \"mine\"", to: "user/light.toml")
    try write("description = \"solar\"", to: "user/solar.toml")
    try write("not a theme", to: "user/notes.txt")
    let catalog = ThemeCatalog(directories: [
      root.appendingPathComponent("user"), root.appendingPathComponent("bundled"),
    ])
    XCTAssertEqual(catalog.names(), ["default", "light", "solar"])
    XCTAssertEqual(try catalog.load(named: "light").summary, "mine")
    XCTAssertEqual(try catalog.load(named: "default"), Theme.builtInDefault)
    XCTAssertEqual(catalog.name(after: "light"), "solar")
    XCTAssertEqual(catalog.name(after: "solar"), "default")
  }

  func testUnknownAndUnsafeNamesAreRefused() {
    let catalog = ThemeCatalog(directories: [root.appendingPathComponent("user")])
    XCTAssertThrowsError(try catalog.load(named: "neon")) { error in
      XCTAssertEqual((error as? ThemeError)?.message, "There is no theme named “neon”; the themes are: default.")
    }
    XCTAssertThrowsError(try catalog.load(named: "../etc/passwd")) { error in
      XCTAssertEqual(error as? ThemeError, .invalidName("../etc/passwd"))
    }
  }

  func testStandardDirectoriesPutTheUserFirst() {
    let directories = ThemeCatalog.standardDirectories(
      environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/an"], executablePath: "/opt/fabriek/bin/fabriek",
      currentDirectory: "/work")
    XCTAssertEqual(directories.first?.path, "/cfg/fabriek/themes")
    XCTAssertTrue(directories.contains { $0.path == "/opt/fabriek/bin/themes" })
    XCTAssertTrue(directories.contains { $0.path == "/opt/fabriek/share/fabriek/themes" })
    XCTAssertEqual(directories.last?.path, "/work/themes")
    let withoutXDG = ThemeCatalog.standardDirectories(
      environment: ["HOME": "/home/an"], executablePath: nil, currentDirectory: "/w")
    XCTAssertEqual(withoutXDG.map(\.path), ["/home/an/.config/fabriek/themes", "/w/themes"])
  }
}
