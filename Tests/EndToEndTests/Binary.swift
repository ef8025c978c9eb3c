import Foundation
import XCTest

/// Runs the built `fabriek` executable, which `swift build` puts beside the test bundle.
enum Binary {
  static var path: String {
    let bundle =
      Bundle.main.bundleURL.path.hasSuffix(".xctest")
      ? Bundle.main.bundleURL : URL(fileURLWithPath: CommandLine.arguments[0])
    var dir = bundle.deletingLastPathComponent()
    for arg in CommandLine.arguments where arg.hasSuffix(".xctest") {
      dir = URL(fileURLWithPath: arg).deletingLastPathComponent()
    }
    return dir.appendingPathComponent("fabriek").path
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  struct Missing: Error, CustomStringConvertible {
    var description: String
  }

  /// The end-to-end tests fail, rather than skip, when the binary is not there: a skipped
  /// test would let CI pass without proving anything.
  static func requireBuilt() throws {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw Missing(description: "\(path) is missing; `swift build` builds it (swift test normally does too)")
    }
  }

  /// Runs fabriek with `arguments` and waits for it.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    p.environment = Self.environment(environment)
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  /// The test process's environment with the language pinned, so that a developer's own
  /// `LANG` or settings file cannot change what a test reads: English, and a settings folder
  /// that does not exist, unless the test says otherwise.
  static func environment(_ overrides: [String: String]) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { env[name] = nil }
    env["LANG"] = "C.UTF-8"
    env["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-no-settings").path
    for (k, v) in overrides { env[k] = v }
    return env
  }

  static func temporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-e2e-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }
}
