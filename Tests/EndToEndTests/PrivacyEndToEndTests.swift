import FabriekCore
import Foundation
import Glibc
import XCTest

/// `fabriek person erase` on the demo board through the built binary: afterwards `grep -rF`
/// finds the person's e-mail address, phone and name in no file of the board's folder; killed
/// at random points, the erasure is either finished by the next command that opens the board
/// for writing or never started, and erasing again leaves the folder clean.
final class PrivacyEndToEndTests: EndToEndTestCase {
  /// The demo board with a backup, its journal and a live journal, and a demo innovator whose
  /// full name no one else has, with an e-mail address and a phone.
  func demoBoard() throws -> Person {
    let setup = try Binary.run(["demo-data", "--count", "150", "--seed", "3", "--out", board])
    XCTAssertEqual(setup.status, 0, setup.stderr)
    let b = try stored()
    let person = try XCTUnwrap(
      b.people.values.sorted { $0.id < $1.id }.first { p in
        p.roles.contains(.innovator) && !p.phone.isEmpty && !p.email.isEmpty
          && b.ideasInOrder.contains { $0.innovators.contains(p.id) }
          && b.people.values.filter { $0.fullName == p.fullName }.count == 1
      })
    let idea = try XCTUnwrap(b.ideasInOrder.first { $0.innovators.contains(person.id) })
    for (text, flags) in [("Gebeld met \(person.fullName).", [String]()), ("Mail: \(person.email)", ["--private"])] {
      XCTAssertEqual(try Binary.run(["idea", "note", idea.code, "--text", text, "--file", board] + flags).status, 0)
      XCTAssertEqual(try Binary.run(["compact", "--file", board]).status, 0)
    }
    XCTAssertEqual(
      try Binary.run(["idea", "note", idea.code, "--text", "Privé: bel \(person.phone)", "--private", "--file", board]).status, 0)
    return person
  }

  /// What `grep -rF` finds of the person in the folder (its exit status and the lines).
  func grep(_ p: Person) throws -> Binary.Result {
    let proc = Process()
    proc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    proc.arguments = ["grep", "-rlF", "-e", p.email, "-e", p.phone, "-e", p.fullName, dir]
    let out = Pipe()
    proc.standardOutput = out
    try proc.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    proc.waitUntilExit()
    return Binary.Result(status: proc.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
  }

  func testErasingADemoPersonByEmailLeavesNoFileOfTheFolderHoldingTheirData() throws {
    let p = try demoBoard()
    XCTAssertEqual(try grep(p).status, 0, "the folder holds their data before")
    let before = try stored()
    let r = try Binary.run(["person", "erase", p.email, "--reason", "asked by mail", "--yes", "--as", "noor", "--file", board])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertTrue(r.stdout.contains("It cannot be undone."), r.stdout)
    XCTAssertTrue(r.stdout.contains("Erased the personal data of \(p.id.code)"), r.stdout)
    XCTAssertTrue(r.stdout.contains("No file in \(dir) holds their e-mail address, phone or name."), r.stdout)
    let found = try grep(p)
    XCTAssertEqual(found.status, 1, "grep found: \(found.stdout)")
    let after = try stored()
    XCTAssertEqual(after.stages.map { after.column($0.id).count }, before.stages.map { before.column($0.id).count })
    XCTAssertEqual(after.ideas.mapValues(\.scores.count), before.ideas.mapValues(\.scores.count))
    XCTAssertEqual(after.erasures.map(\.person), [p.id])
    XCTAssertEqual(after.erasures.first?.by, "noor")
    XCTAssertEqual(try Binary.run(["check", "--file", board]).status, 0)
    // Without --yes and without a terminal to ask on, nothing is erased.
    let other = try XCTUnwrap(after.people.values.first { $0.id != p.id && !$0.email.isEmpty })
    let refused = try Binary.run(["person", "erase", other.email, "--reason", "r", "--file", board])
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.stderr, "fabriek: Erasing cannot be undone; run again with --yes to erase without being asked.\n")
    XCTAssertEqual(try stored().people[other.id], other)
  }

  func testPersonExportAndDueThroughTheBinary() throws {
    let p = try demoBoard()
    let out = dir + "/dossier.json"
    let r = try Binary.run(["person", "export", p.id.code, "--out", out, "--file", board])
    XCTAssertEqual(r.status, 0, r.stderr)
    let text = try String(contentsOfFile: out, encoding: .utf8)
    XCTAssertTrue(text.contains(p.email) && text.contains("\"innovator\""), text)
    let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? NSNumber)?.intValue
    XCTAssertEqual(mode, 0o600)
    let due = try Binary.run(["person", "due", "--json", "--file", board])
    XCTAssertEqual(due.status, 0, due.stderr)
    let expected = try stored().peopleDue(today: .today()).map(\.person.id.code)
    let listed = try JSONDecoder().decode([[String: AnyDecodable]].self, from: Data(due.stdout.utf8)).compactMap { $0["code"]?.text }
    XCTAssertEqual(listed, expected)
  }

  func testExportLeavesOutContactDetailsUnlessPersonal() throws {
    let p = try demoBoard()
    let plain = try Binary.run(["export", "--format", "json", "--file", board])
    XCTAssertEqual(plain.status, 0, plain.stderr)
    XCTAssertFalse(plain.stdout.contains(p.email))
    XCTAssertFalse(plain.stdout.contains(p.phone), p.phone)
    XCTAssertFalse(plain.stdout.contains("Privé: bel"), "the note with their phone is private")
    let personal = try Binary.run(["export", "--format", "json", "--personal", "--file", board])
    XCTAssertTrue(personal.stdout.contains(p.email))
  }

  /// Starts an erasure and kills it with SIGKILL after `delay` microseconds unless it ended first.
  func eraseKilled(_ code: String, after delay: UInt32) throws -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binary.path)
    p.arguments = ["person", "erase", code, "--reason", "asked", "--yes", "--file", board]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(delay) * 1000
    while p.isRunning, DispatchTime.now().uptimeNanoseconds < deadline { usleep(200) }
    let killed = p.isRunning
    if killed { kill(p.processIdentifier, SIGKILL) }
    p.waitUntilExit()
    return killed
  }

  func testAnErasureKilledAtRandomPointsIsFinishedOrCanBeRunAgain() throws {
    let p = try demoBoard()
    // Outside the folder that is searched.
    let template = try Binary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: template) }
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("board.json") }
    for n in names { try FileManager.default.copyItem(atPath: dir + "/" + n, toPath: template + "/" + n) }
    let before = try stored()
    // How long a whole erasure takes here, to spread the kills over it.
    let start = DispatchTime.now().uptimeNanoseconds
    XCTAssertFalse(try eraseKilled(p.id.code, after: 60_000_000))
    let full = UInt32(min(5_000_000, (DispatchTime.now().uptimeNanoseconds - start) / 1000))
    var killed = 0
    var pending = 0
    for trial in 0..<16 {
      for n in try FileManager.default.contentsOfDirectory(atPath: dir) where n.hasPrefix("board.json") || n.hasPrefix(".board.json") {
        try FileManager.default.removeItem(atPath: dir + "/" + n)
      }
      for n in names { try FileManager.default.copyItem(atPath: template + "/" + n, toPath: dir + "/" + n) }
      let delay = UInt32.random(in: 0...max(1, full))
      if try eraseKilled(p.id.code, after: delay) { killed += 1 }
      if FileManager.default.fileExists(atPath: board + ".erasing") {
        pending += 1
        // Reading only is refused until the erasure is finished.
        let check = try Binary.run(["person", "export", p.id.code, "--file", board])
        XCTAssertEqual(check.status, 1, "trial \(trial)")
        XCTAssertTrue(check.stderr.contains("The erasure of \(p.id.code) was interrupted"), check.stderr)
      } else if try stored().erasure(of: p.id) == nil {
        XCTAssertEqual(try stored().withoutHistory, before.withoutHistory, "trial \(trial): intact")
      }
      // Running it again finishes it (or does it); then nothing is left, and the board checks.
      let again = try Binary.run(["person", "erase", p.id.code, "--reason", "asked", "--yes", "--file", board])
      XCTAssertEqual(again.status, 0, "trial \(trial): \(again.stderr)")
      let found = try grep(p)
      XCTAssertEqual(found.status, 1, "trial \(trial), killed after \(delay) µs: \(found.stdout)")
      XCTAssertEqual(try Binary.run(["check", "--file", board]).status, 0, "trial \(trial)")
      let after = try stored()
      XCTAssertEqual(after.stages.map { after.column($0.id).count }, before.stages.map { before.column($0.id).count })
      XCTAssertEqual(after.erasures.map(\.person), [p.id], "trial \(trial)")
    }
    XCTAssertGreaterThan(killed, 0)
    print("erasure kill test: \(killed) of 16 killed, \(pending) left an erasure to finish")
  }
}

/// A JSON value read just far enough to compare a string field.
struct AnyDecodable: Decodable {
  var text: String?
  init(from decoder: Decoder) throws {
    text = try? decoder.singleValueContainer().decode(String.self)
  }
}
