import ArgumentParser
import FabriekCore
import Foundation

/// `fabriek person …`: a person's rights over their data on the board (access and
/// portability, erasure) and the people whose data is due for erasure.
struct PersonCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "person", abstract: tr("privacy.cli.abstract"),
      subcommands: [PersonExportCommand.self, PersonEraseCommand.self, PersonDueCommand.self])
  }

  /// The one person `text` names, or a refusal saying who it could be.
  static func find(_ text: String, on board: Board) throws -> Person {
    switch board.findPerson(text) {
    case .found(let p): return p
    case .ambiguous(let people):
      let names = people.prefix(8).map { "\($0.id.code) \($0.fullName)" }.joined(separator: ", ")
      throw UsageError(message: tr("privacy.person.ambiguous", ["text": text, "candidates": names]))
    case .none: throw UsageError(message: tr("privacy.person.notFound", ["text": text]))
    }
  }

  /// Writes `text` to a new file (0600, replaced in one step); an existing one only with `force`.
  static func write(_ text: String, to out: String, force: Bool) throws {
    let path = BoardLocation.absolute(out)
    let fs = PosixFileSystem()
    if !force, fs.linkStatus(path) != nil { throw UsageError(message: tr("privacy.out.exists", ["path": path])) }
    do throws(IOError) {
      try fs.replaceFile(path, with: Array(text.utf8), tempTag: "person-\(getpid())")
    } catch {
      throw UsageError(message: tr("privacy.out.failed", ["path": path, "reason": error.reason]))
    }
  }

  static func say(_ line: String) { print(Text.clean(line)) }
}

struct PersonExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration { .text("privacy.cli.export", commandName: "export") }
  @OptionGroup var board: BoardOptions
  @Argument(help: .text("privacy.cli.person")) var person: String
  @Option(help: .text("privacy.cli.format")) var format: String = "json"
  @Option(help: .text("privacy.cli.out")) var out: String?
  @Flag(help: .text("privacy.cli.force")) var force = false

  func run() throws {
    try Failure.guarded {
      let markdown: Bool
      switch format.lowercased() {
      case "json": markdown = false
      case "md", "markdown": markdown = true
      default: throw UsageError(message: tr("privacy.format.unknown", ["format": format]))
      }
      let store = try board.openForReading()
      let p = try PersonCommand.find(person, on: store.board)
      let dossier = try store.board.dossier(of: p, folder: store.files.directory)
      let text = markdown ? dossier.markdown() : dossier.json()
      guard let out else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      try PersonCommand.write(text, to: out, force: force)
      PersonCommand.say(tr("privacy.export.written", ["code": p.id.code, "path": BoardLocation.absolute(out)]))
    }
  }
}

struct PersonEraseCommand: ParsableCommand {
  static var configuration: CommandConfiguration { .text("privacy.cli.erase", commandName: "erase") }
  @OptionGroup var board: BoardOptions
  @Argument(help: .text("privacy.cli.person")) var person: String
  @Option(help: .text("privacy.cli.reason")) var reason: String
  @Flag(help: .text("privacy.cli.yes")) var yes = false

  func run() throws {
    try Failure.guarded {
      if reason.trimmingCharactersInWhitespace().isEmpty { throw UsageError(message: tr("privacy.erase.reasonEmpty")) }
      let store = try board.open()
      let p = try PersonCommand.find(person, on: store.board)
      if let done = store.board.erasure(of: p.id) {
        PersonCommand.say(tr("privacy.erase.already", ["code": p.id.code, "day": done.at.day]))
        let remaining = FolderScan.files(in: store.files.directory, holding: store.board.scrub(for: p))
        FileMention.sentences(remaining, folder: store.files.directory).forEach(PersonCommand.say)
        return
      }
      store.board.erasureWarning(for: p, path: store.files.snapshot).forEach(PersonCommand.say)
      if !yes {
        guard isatty(0) == 1 else { throw UsageError(message: tr("privacy.erase.needsYes")) }
        FileHandle.standardOutput.write(Data(tr("privacy.erase.ask").utf8))
        guard let answer = readLine()?.lowercased(), ["y", "j", "o"].contains(where: answer.hasPrefix) else {
          PersonCommand.say(tr("privacy.erase.cancelled"))
          return
        }
      }
      let result = try store.erase(p.id, reason: reason, by: board.who)
      result.sentences(folder: store.files.directory).forEach(PersonCommand.say)
    }
  }
}

struct PersonDueCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "due", abstract: tr("privacy.cli.due.abstract"))
  }
  @OptionGroup var board: BoardOptions
  @Flag(help: .text("privacy.cli.json")) var json = false

  struct Row: Encodable {
    var code: String
    var name: String
    var retentionDate: Day?
    var retentionPassed: Bool
    var noConsent: Bool
    var links: [String]
  }

  func run() throws {
    try Failure.guarded {
      let store = try board.openForReading()
      let due = store.board.peopleDue(today: .today())
      if json {
        let rows = due.map {
          Row(
            code: $0.person.id.code, name: $0.person.fullName, retentionDate: $0.person.retentionDate,
            retentionPassed: $0.retentionPassed != nil, noConsent: $0.noConsent, links: $0.links)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
        FileHandle.standardOutput.write(Data((UnsafeCharacters.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n").utf8))
        return
      }
      if due.isEmpty {
        PersonCommand.say(tr("privacy.due.none"))
        return
      }
      for d in due {
        var why: [String] = []
        if let day = d.retentionPassed { why.append(tr("privacy.due.retention", ["day": day])) }
        if d.noConsent { why.append(tr("privacy.due.noConsent")) }
        let links = d.links.isEmpty ? tr("privacy.due.unlinked") : d.links.joined(separator: ", ")
        PersonCommand.say("\(d.person.id.code)  \(d.person.fullName) — \(why.joined(separator: "; ")) — \(links)")
      }
      PersonCommand.say(tr("privacy.due.count", ["n": due.count]))
    }
  }
}
