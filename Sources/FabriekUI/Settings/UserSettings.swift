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
    if let home = environment["HOME"], !home.isEmpty { return UserSettings(path: home + "/.config/fabriek/config.toml") }
    return nil
  }

  /// The `language` the file sets, as written (`Language(naming:)` reads it); nil when the file
  /// or the key is missing, and when the file is not TOML (the caller then says so).
  public func language() throws(SettingsError) -> String? {
    guard let text = try read() else { return nil }
    do {
      let table = try TOMLParser.parse(text)
      guard let entry = table["language"] else { return nil }
      guard case .string(let value) = entry.value else {
        throw SettingsError(path: path, reason: tr("settings.languageNotText"))
      }
      return value
    } catch let error as SettingsError {
      throw error
    } catch {
      throw SettingsError(path: path, reason: String(describing: error))
    }
  }

  /// Sets `language = "…"` in the file, replacing the line that set it or adding one before
  /// the first table; makes the folder when missing.
  public func setLanguage(_ language: Language) throws(SettingsError) {
    let line = "language = \"\(language.rawValue)\""
    var lines = (try read() ?? "").components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    if let i = lines.firstIndex(where: { Self.setsLanguage($0) }) {
      lines[i] = line
    } else if let table = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") }) {
      lines.insert(line, at: table)
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

  static func setsLanguage(_ line: String) -> Bool {
    let t = line.trimmingCharacters(in: .whitespaces)
    guard t.hasPrefix("language") else { return false }
    return t.dropFirst("language".count).trimmingCharacters(in: .whitespaces).hasPrefix("=")
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
