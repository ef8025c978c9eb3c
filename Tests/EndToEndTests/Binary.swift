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
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
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

  static func temporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-e2e-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }
}
