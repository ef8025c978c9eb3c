import FabriekCore

/// Why a theme could not be loaded. The caller shows `message` and falls back to the built-in
/// default theme.
public enum ThemeError: Error, Hashable, Sendable {
  /// The file does not parse, or says something a theme cannot mean.
  case invalidFile(path: String, line: Int, reason: String)
  case unreadable(path: String, reason: String)
  case notFound(name: String, available: [String])
  case invalidName(String)

  /// One sentence for the user, naming the file and line where there is one.
  public var message: String {
    switch self {
    case .invalidFile(let path, let line, let reason):
      return tr("theme.invalidFile", ["path": path, "line": String(line), "reason": reason])
    case .unreadable(let path, let reason):
      return tr("theme.unreadable", ["path": path, "reason": reason])
    case .notFound(let name, let available):
      return tr("theme.notFound", ["name": name, "themes": available.joined(separator: ", ")])
    case .invalidName(let name):
      return tr("theme.invalidName", ["name": name])
    }
  }
}

extension ThemeError: CustomStringConvertible {
  public var description: String { message }
}
