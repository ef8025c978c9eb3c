import Foundation

/// Finds themes by name in a list of directories (the first directory that has a theme wins)
/// and loads them; "default" always exists, from a file or built in.
public struct ThemeCatalog: Hashable, Sendable {
  public var directories: [URL]

  public init(directories: [URL]) {
    self.directories = directories
  }

  /// The user's themes (`$XDG_CONFIG_HOME/fabriek/themes`, by default `~/.config/fabriek/themes`)
  /// first, then the bundled `themes` directory: beside the executable, in `../share/fabriek/themes`,
  /// in the executable's parent directories (a `swift build` tree inside the repository) and in
  /// the current directory.
  public static func standardDirectories(
    environment: [String: String], executablePath: String?, currentDirectory: String
  ) -> [URL] {
    var directories: [URL] = []
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      directories.append(URL(fileURLWithPath: config).appendingPathComponent("fabriek/themes"))
    } else if let home = environment["HOME"], !home.isEmpty {
      directories.append(URL(fileURLWithPath: home).appendingPathComponent(".config/fabriek/themes"))
    }
    if let executablePath, !executablePath.isEmpty {
      var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
      directories.append(folder.appendingPathComponent("themes"))
      directories.append(folder.appendingPathComponent("../share/fabriek/themes").standardized)
      for _ in 0..<4 {
        folder = folder.deletingLastPathComponent()
        directories.append(folder.appendingPathComponent("themes"))
      }
    }
    directories.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("themes"))
    var seen = Set<String>()
    return directories.filter { seen.insert($0.standardized.path).inserted }
  }

  /// Every theme name found, sorted, "default" first and always present.
  public func names() -> [String] {
    var names: Set<String> = ["default"]
    for directory in directories {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      for file in files where file.hasSuffix(".toml") {
        let name = String(file.dropLast(5))
        if Self.isValidName(name) { names.insert(name) }
      }
    }
    return ["default"] + names.subtracting(["default"]).sorted()
  }

  /// The theme after `name` in `names()`, wrapping around (for the "next theme" key).
  public func name(after name: String) -> String {
    let all = names()
    guard let index = all.firstIndex(of: name) else { return all.first ?? "default" }
    return all[(index + 1) % all.count]
  }

  /// Loads the theme called `name` from the first directory holding `name.toml`; "default"
  /// without a file is `Theme.builtInDefault`.
  public func load(named name: String) throws(ThemeError) -> Theme {
    guard Self.isValidName(name) else { throw ThemeError.invalidName(name) }
    for directory in directories {
      let file = directory.appendingPathComponent(name + ".toml")
      guard FileManager.default.fileExists(atPath: file.path) else { continue }
      return try Self.load(file: file, name: name)
    }
    if name == "default" { return .builtInDefault }
    throw ThemeError.notFound(name: name, available: names())
  }

  /// Loads one theme file.
  public static func load(file: URL, name: String) throws(ThemeError) -> Theme {
    let text: String
    do {
      text = try String(contentsOf: file, encoding: .utf8)
    } catch {
      throw ThemeError.unreadable(path: file.path, reason: "it is missing, unreadable or not UTF-8")
    }
    return try Theme(toml: text, name: name, path: file.path)
  }

  /// Letters, digits, "-" and "_": never a path.
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 64
      && name.unicodeScalars.allSatisfy { TOMLScanner.isBareKeyScalar($0) }
  }
}
