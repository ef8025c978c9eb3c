import FabriekCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the user sees: the real `fabriek` binary on a pseudo-terminal (forkpty) at 160×48,
/// timed from the byte written for a key to the last byte of the repaint it causes (the
/// output then stays quiet for a few milliseconds). Headless figures leave out what ncurses
/// and the terminal's line discipline cost; these do not.
enum PtyProbe {
  struct Result {
    var firstScreen: Double
    var navigation: Double
    var bytesPerNavigation: Double
    var move: Double
    var typing: Double
    var detail: Double
    var peakRSSMiB: Double
  }

  static let width: UInt16 = 160
  static let height: UInt16 = 48

  /// The fabriek binary built beside this one (`swift build -c release` builds both).
  static var binary: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fabriek").path
  }

  final class Session {
    let pid: pid_t
    let master: Int32
    let started: UInt64

    init?(arguments: [String], environment: [String: String]) {
      let argv = ([PtyProbe.binary] + arguments).map { strdup($0) } + [nil]
      let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer {
        for p in argv { free(p) }
        for p in envp { free(p) }
      }
      guard let path = argv[0] else { return nil }
      var fd: Int32 = -1
      var size = winsize(ws_row: PtyProbe.height, ws_col: PtyProbe.width, ws_xpixel: 0, ws_ypixel: 0)
      started = DispatchTime.now().uptimeNanoseconds
      let child = forkpty(&fd, nil, nil, &size)
      if child == 0 {
        execve(path, argv, envp)
        _exit(127)
      }
      guard child > 0 else { return nil }
      pid = child
      master = fd
    }

    /// Reads until no byte has come for `quietMs` (after at least one byte, which is waited
    /// for up to `firstByteMs`); returns the bytes read and when the last one came.
    func readUntilQuiet(quietMs: Int32, firstByteMs: Int32 = 5_000) -> (bytes: Int, last: UInt64) {
      var total = 0
      var last = DispatchTime.now().uptimeNanoseconds
      var buffer = [UInt8](repeating: 0, count: 65_536)
      var waiting = firstByteMs
      while true {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&p, 1, waiting)
        if ready <= 0 { break }
        let n = read(master, &buffer, buffer.count)
        if n <= 0 { break }
        total += n
        last = DispatchTime.now().uptimeNanoseconds
        waiting = quietMs
      }
      return (total, last)
    }

    /// Writes `key`, then times the repaint: milliseconds to its last byte, and its bytes.
    func press(_ key: String) -> (ms: Double, bytes: Int) {
      let sent = DispatchTime.now().uptimeNanoseconds
      _ = Array(key.utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      let (bytes, last) = readUntilQuiet(quietMs: 8, firstByteMs: 1_000)
      return (bytes == 0 ? .nan : Double(last &- sent) / 1e6, bytes)
    }

    /// Quits and returns the child's peak resident memory in MiB.
    func finish() -> Double {
      _ = Array("q".utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      var status: Int32 = 0
      var usage = rusage()
      let deadline = DispatchTime.now().uptimeNanoseconds + 5_000_000_000
      while wait4(pid, &status, WNOHANG, &usage) == 0 {
        _ = readUntilQuiet(quietMs: 20, firstByteMs: 50)
        if DispatchTime.now().uptimeNanoseconds > deadline {
          kill(pid, SIGKILL)
          _ = wait4(pid, &status, 0, &usage)
          break
        }
      }
      close(master)
      return Double(usage.ru_maxrss) / 1024
    }
  }

  static func environment(home: String) -> [String: String] {
    ["TERM": "xterm-256color", "HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "USER": "bench"]
  }

  /// One session on a copy of `board`: the first screen, then `presses` of each key.
  static func run(board: String, presses: Int) -> Result? {
    guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-pty-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let copy = dir + "/board.json"
    guard (try? FileManager.default.copyItem(atPath: board, toPath: copy)) != nil else { return nil }
    // The copy's WIP limits are lifted, so that every `L`/`H` below is a move and never the
    // question a column at its limit asks (the generated boards fill columns past them).
    liftLimits(copy)
    guard let s = Session(arguments: ["--file", copy, "--as", "bench"], environment: environment(home: dir)) else {
      return nil
    }
    let first = s.readUntilQuiet(quietMs: 150, firstByteMs: 20_000)
    let firstScreen = Double(first.last &- s.started) / 1e6
    var navigation: [Double] = []
    var navigationBytes: [Double] = []
    for k in 0..<presses {
      let r = s.press(k % 2 == 0 ? "j" : "k")
      navigation.append(r.ms)
      navigationBytes.append(Double(r.bytes))
    }
    // Moves between Idea generation and Enrichment, each committed with fsync.
    _ = s.press("l")
    var move: [Double] = []
    for k in 0..<presses { move.append(s.press(k % 2 == 0 ? "L" : "H").ms) }
    _ = s.press("h")
    var detail: [Double] = []
    for _ in 0..<max(1, presses / 2) {
      detail.append(s.press("\r").ms)
      detail.append(s.press("\u{1B}").ms)
    }
    _ = s.press("n")
    var typing: [Double] = []
    for k in 0..<presses { typing.append(s.press(String("abcdéfghij".map { $0 }[k % 10])).ms) }
    _ = s.press("\u{1B}")
    _ = s.press("y")
    let peak = s.finish()
    return Result(
      firstScreen: firstScreen, navigation: median(navigation), bytesPerNavigation: median(navigationBytes),
      move: median(move), typing: median(typing), detail: median(detail), peakRSSMiB: peak)
  }

  static func liftLimits(_ path: String) {
    guard let store = try? BoardStore.open(path, policy: .never) else { return }
    let stages = store.board.stages.map { Stage(id: $0.id, name: $0.name, wipLimit: nil, staleDays: $0.staleDays) }
    _ = try? store.commit { _ in Change(.setStages(stages), by: "bench") }
  }

  /// Only the time to the first screen (and the memory it took), for repeated launches.
  static func firstScreen(board: String) -> (ms: Double, peakMiB: Double)? {
    guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-pty1-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let copy = dir + "/board.json"
    guard (try? FileManager.default.copyItem(atPath: board, toPath: copy)) != nil,
      let s = Session(arguments: ["--file", copy], environment: environment(home: dir))
    else { return nil }
    let first = s.readUntilQuiet(quietMs: 150, firstByteMs: 20_000)
    let ms = Double(first.last &- s.started) / 1e6
    return (ms, s.finish())
  }
}
