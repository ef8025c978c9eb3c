import Foundation
import XCTest

/// A private tmux server running one fabriek in a pane of a given size: keys go in with
/// `send-keys`, the screen comes out with `capture-pane`, and every byte the program writes
/// to its terminal can be kept with `pipe-pane`.
final class Tmux {
  let socket = "fabriek-test-\(UUID().uuidString.prefix(8))"
  let session = "board"
  var statusFile: String { FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status").path }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts `command` (argv) in a detached pane; with `recordTo`, the pane's output bytes are
  /// appended to that file from the first byte on.
  init(_ command: [String], width: Int, height: Int, recordTo: String? = nil, environment: [String: String] = [:])
    throws
  {
    guard Tmux.available else { throw Failure(description: "tmux is not installed; .ci/run installs it") }
    let quoted = command.map(Tmux.shellQuote).joined(separator: " ")
    // The language pinned as `Binary.environment` does, unless the test says otherwise.
    let pinned = ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": Binary.environment([:])["XDG_CONFIG_HOME"] ?? "/nonexistent"]
    let merged = pinned.merging(environment) { _, given in given }
    let unset = ["LC_ALL", "LC_MESSAGES", "LANGUAGE"].filter { environment[$0] == nil }.map { "-u " + $0 }
    let envs = (unset + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.shellQuote($0.value))" })
      .joined(separator: " ")
    // The pane waits for a go-ahead file so that pipe-pane is in place before the first byte.
    let gate = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).go").path
    // The exit status goes to a file: tmux does not always report a dead pane's status.
    let script = "while [ ! -e \(gate) ]; do sleep 0.02; done; env \(envs) \(quoted); echo $? > \(statusFile)"
    try run(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), "sh", "-c", script])
    try run(["set-option", "-t", session, "remain-on-exit", "on"])
    if let recordTo { try run(["pipe-pane", "-t", session, "-o", "cat >> \(Tmux.shellQuote(recordTo))"]) }
    _ = FileManager.default.createFile(atPath: gate, contents: nil)
  }

  deinit {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(atPath: statusFile)
  }

  static var available: Bool {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let args = ["tmux", "-u", "-f", "/dev/null", "-L", socket] + arguments
    let (status, text) = Tmux.spawn(args)
    if status != 0 { throw Failure(description: "tmux \(arguments.joined(separator: " ")): \(text)") }
    return text
  }

  /// Runs a command with posix_spawn and waitpid, its output in a file: tmux's server, which
  /// `new-session` forks off, keeps inherited pipes open, and Foundation's Process did not
  /// always reap the client here.
  static func spawn(_ args: [String]) -> (Int32, String) {
    let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
    defer { try? FileManager.default.removeItem(atPath: outPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    var cargs = args.map { strdup($0) } + [nil]
    defer { for a in cargs { free(a) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, args[0], &actions, nil, &cargs, environ)
    guard spawned == 0 else { return (127, "cannot start \(args[0]): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let exited = (status & 0x7F) == 0
    return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), text)
  }

  /// Keys by tmux name (`Enter`, `Escape`, `S-Right`, `C-r`) or literal text with `literal`.
  func send(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }
  func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }

  /// Pastes `text` as a terminal would: bracketed (ESC [ 200 ~ … ESC [ 201 ~) when the
  /// program turned mode 2004 on, else as plain typed bytes; line breaks sent as CR.
  func paste(_ text: String) throws {
    try run(["set-buffer", "-b", "fabriek-paste", "--", text])
    try run(["paste-buffer", "-p", "-d", "-b", "fabriek-paste", "-t", session])
  }

  func screen() throws -> String { try run(["capture-pane", "-p", "-t", session]) }

  /// Everything the pane printed, wrapped lines joined, scrolled-off lines included.
  func transcript() throws -> String { try run(["capture-pane", "-p", "-J", "-S", "-", "-t", session]) }

  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
  }

  /// Waits until the screen satisfies `condition`; fails with the last screen after `seconds`.
  @discardableResult
  func waitFor(
    _ what: String, seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      usleep(50_000)
    }
    throw Failure(description: "waited \(seconds) s for \(what); the screen was:\n\(last)")
  }

  @discardableResult
  func waitFor(text: String, seconds: Double = 10) throws -> String {
    try waitFor("“\(text)”", seconds: seconds) { $0.contains(text) }
  }

  /// Whether the program in the pane has ended, and its exit status.
  func exitStatus() throws -> Int? {
    guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8), text.hasSuffix("\n") else { return nil }
    return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  func waitForExit(seconds: Double = 10) throws -> Int {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let status = try exitStatus() { return status }
      usleep(50_000)
    }
    throw Failure(description: "fabriek did not end within \(seconds) s; the screen was:\n\(try screen())")
  }

  /// The processes whose command line holds every one of `words` as an argument (from /proc).
  static func processes(withArguments words: [String]) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { Int32($0) }.filter { pid in
      guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
      let args = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      return words.allSatisfy(args.contains) && pid != getpid()
    }
  }

  static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
