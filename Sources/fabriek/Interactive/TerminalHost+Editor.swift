import FabriekCore
import FabriekUI
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-O in a multi-line field: the text goes into a temporary file only we can read (0600),
/// the terminal is handed to `$VISUAL` (else `$EDITOR`, else `vi`) through `/bin/sh`, taken
/// back, and the file's text comes back whole as `.editedExternally` (the form adds and drops
/// the file's last newline, `Form+Editor.swift`).
extension TerminalHost {
  func editExternally(_ text: String) -> [AppEvent] {
    let environment = ProcessInfo.processInfo.environment
    let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    guard let path = Self.temporaryFile(holding: text) else {
      return [.notice(Form.editorCannotWriteNotice, isError: true)]
    }
    defer { unlink(path) }
    terminal.suspend()
    let status = Self.runShell("\(editor) \"$1\"", argument: path)
    terminal.resume()
    guard status == 0, let data = FileManager.default.contents(atPath: path),
      let edited = String(data: data, encoding: .utf8)
    else {
      return [.notice(Form.editorFailedNotice(editor: editor), isError: true)]
    }
    return [.editedExternally(text: edited)]
  }

  /// A new file in the temporary directory, created 0600, holding `text`; nil when it cannot be made.
  private static func temporaryFile(holding text: String) -> String? {
    let directory = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
    var template = Array((directory + "fabriek-XXXXXX.txt").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemps(base, 4)
    }
    guard fd >= 0 else { return nil }
    fchmod(fd, 0o600)
    let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: Data(text.utf8))
      try handle.close()
    } catch {
      unlink(path)
      return nil
    }
    return path
  }

  /// Runs `/bin/sh -c command fabriek-editor argument` on our terminal; its exit status
  /// (-1 when it could not be started).
  private static func runShell(_ command: String, argument: String) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command, "fabriek-editor", argument]
    do {
      try process.run()
    } catch {
      return -1
    }
    process.waitUntilExit()
    return process.terminationReason == .exit ? process.terminationStatus : -1
  }
}

extension TerminalHost {
  /// `:lang`: the choice goes into the user's settings file, so that the next run speaks it.
  func rememberLanguage(_ language: Language) -> [AppEvent] {
    guard let settings = UserSettings.standard(environment: ProcessInfo.processInfo.environment) else { return [] }
    do throws(SettingsError) {
      try settings.setLanguage(language)
      return [.notice(tr("lang.remembered", ["language": language.name, "path": settings.path], in: language), isError: false)]
    } catch {
      return [.notice(Language.$current.withValue(language) { error.message }, isError: true)]
    }
  }
}
