import FabriekCore
import Foundation

/// The user's settings file, `$XDG_CONFIG_HOME/fabriek/config.toml` (by default
/// `~/.config/fabriek/config.toml`). Today it holds the interface language:
///
///     language = "nl"
///
/// `:lang` writes it; the rest of the file is kept as it was, line for line.
public struct UserSettings: Sendable {
  public var path: String

  public init(path: String) { self.path = path }

  /// The settings file of the user this environment belongs to; nil without `HOME` or
  /// `XDG_CONFIG_HOME`.
  public static func standard(environment: [String: String]) -> UserSettings? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return UserSettings(path: config + "/fabriek/config.toml")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return UserSettings(path: home + "/.config/fabriek/config.toml")
    }
    return nil
  }

  /// The `language` the file sets, as written (`Language(naming:)` reads it); nil when the file
  /// or the key is missing, and when the file is not TOML (the caller then says so).
  public func language() throws(SettingsError) -> String? {
    guard let text = try read() else { return nil }
    let table: TOMLTable
    do {
      table = try TOMLParser.parse(text)
    } catch {
      // One sentence a user can act on, not the parser's description of its error value.
      throw SettingsError(path: path, reason: tr("cli.settings.notTOML", ["line": String(error.line)]))
    }
    guard let entry = table["language"] else { return nil }
    guard case .string(let value) = entry.value else {
      throw SettingsError(path: path, reason: tr("settings.languageNotText"))
    }
    return value
  }

  /// Sets `language = "…"` in the file, replacing the top-level line that set it or adding one
  /// before the first table; makes the folder when missing. A `language` key inside a table
  /// (`[ui]`) is another setting and stays as it is; a line ending in CR keeps it.
  public func setLanguage(_ language: Language) throws(SettingsError) {
    let line = "language = \"\(language.rawValue)\""
    var lines = (try read() ?? "").components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    let firstTable = lines.firstIndex(where: { Self.opensTable($0) }) ?? lines.endIndex
    if let i = lines[..<firstTable].firstIndex(where: { Self.setsLanguage($0) }) {
      lines[i] = line + (lines[i].hasSuffix("\r") ? "\r" : "")
    } else if firstTable < lines.endIndex {
      lines.insert(line + (lines[firstTable].hasSuffix("\r") ? "\r" : ""), at: firstTable)
    } else {
      lines.append(line)
    }
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw SettingsError(path: path, reason: tr("settings.cannotWrite"))
    }
  }

  /// `language = …`, also with the key quoted (`"language" = …`), which TOML reads as the
  /// same key: adding a second line would make the file invalid.
  static func setsLanguage(_ line: String) -> Bool {
    let t = line.trimmingCharacters(in: .whitespaces)
    for key in ["language", "\"language\"", "'language'"] where t.hasPrefix(key) {
      if t.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") { return true }
    }
    return false
  }

  /// `[table]` or `[[array of tables]]` (a comment may follow); a line of a multi-line array
  /// value (`  [1, 2],`) does not end in `]`.
  static func opensTable(_ line: String) -> Bool {
    let t = line.trimmingCharacters(in: .whitespacesAndNewlines)
    guard t.hasPrefix("[") else { return false }
    let beforeComment = t.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    return beforeComment.trimmingCharacters(in: .whitespaces).hasSuffix("]")
  }

  private func read() throws(SettingsError) -> String? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw SettingsError(path: path, reason: tr("settings.cannotRead"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw SettingsError(path: path, reason: tr("settings.notUTF8"))
    }
    return text
  }
}

/// The settings file could not be used: which file and why, as one sentence.
public struct SettingsError: Error, Sendable {
  public var path: String
  public var reason: String
  public var message: String { tr("settings.error", ["path": path, "reason": reason]) }
}
