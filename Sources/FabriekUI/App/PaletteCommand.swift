import FabriekCore

/// A command of the `:` palette: its name, how it is written and what it does.
public struct PaletteCommand: Hashable, Sendable {
  public enum Name: String, CaseIterable, Hashable, Sendable {
    case go, search, triage, people, sessions, mentors, `import`, theme, lang, undo, redo, help, quit
    case new, edit, note, merge
    case exitPlan = "exit-plan"
    case enrichment, financing, indicators, person, session
    case view, present
    case alumni, criteria, followup, taper
  }

  public var name: Name
  public var usage: String
  public var help: String
  public var takesArgument: Bool

  /// The commands, their usage and help in the current language (the command words are typed
  /// as they are in every language).
  public static var all: [PaletteCommand] {
    [
      command(.go, takesArgument: true),
      command(.search, takesArgument: true),
      PaletteCommand.viewCommand,
      command(.triage, takesArgument: false),
      command(.people, takesArgument: false),
      command(.sessions, takesArgument: false),
      command(.present, takesArgument: true),
      command(.mentors, takesArgument: false),
      command(.new, takesArgument: false),
      command(.edit, takesArgument: false),
      command(.note, takesArgument: false),
      command(.merge, takesArgument: true),
      command(.exitPlan, takesArgument: false),
      command(.criteria, takesArgument: false),
      command(.followup, takesArgument: false),
      command(.taper, takesArgument: false),
      command(.alumni, takesArgument: false),
      command(.enrichment, takesArgument: false),
      command(.financing, takesArgument: false),
      command(.indicators, takesArgument: false),
      command(.person, takesArgument: true),
      command(.session, takesArgument: false),
      command(.import, takesArgument: true),
      command(.theme, takesArgument: true),
      command(.lang, takesArgument: true),
      command(.undo, takesArgument: false),
      command(.redo, takesArgument: false),
      command(.help, takesArgument: false),
      command(.quit, takesArgument: false),
    ]
  }

  private static func command(_ name: Name, takesArgument: Bool) -> PaletteCommand {
    let key = name == .exitPlan ? "exitPlan" : name.rawValue
    let usage = takesArgument ? tr("palette.usage.\(key)") : name.rawValue
    return PaletteCommand(name: name, usage: usage, help: tr("palette.help.\(key)"), takesArgument: takesArgument)
  }

  /// Splits a command line into the command word and the rest, trimmed.
  static func split(_ text: String) -> (word: String, argument: String, hasSpace: Bool) {
    let trimmed = text.drop { $0 == " " }
    guard let space = trimmed.firstIndex(of: " ") else { return (String(trimmed), "", false) }
    let argument = trimmed[trimmed.index(after: space)...].drop { $0 == " " }
    var rest = String(argument)
    while rest.last == " " { rest.removeLast() }
    return (String(trimmed[..<space]), rest, true)
  }

  /// The completions for a command line: command names while the first word is typed, then
  /// idea codes for `go` and theme names for `theme`; each completion is a whole command line.
  static func completions(for text: String, board: Board, themes: [String], limit: Int = 8) -> [String] {
    let (word, argument, hasSpace) = split(text)
    guard hasSpace else {
      let prefix = word.lowercased()
      return all.filter { $0.name.rawValue.hasPrefix(prefix) }.map { $0.name.rawValue + ($0.takesArgument ? " " : "") }
    }
    switch Name(rawValue: word.lowercased()) {
    case .go: return IdeaCodeCompletion.codes(startingWith: argument, in: board, limit: limit).map { "go " + $0 }
    case .merge:
      return IdeaCodeCompletion.codes(startingWith: argument, in: board, limit: limit).map { "merge " + $0 }
    case .theme:
      let prefix = argument.lowercased()
      return themes.filter { $0.lowercased().hasPrefix(prefix) }.prefix(limit).map { "theme " + $0 }
    case .lang:
      let prefix = argument.lowercased()
      return Language.allCases.map(\.rawValue).filter { $0.hasPrefix(prefix) }.map { "lang " + $0 }
    case .view: return viewCompletions(argument, board: board, limit: limit)
    case .person:
      let prefix = argument.lowercased()
      return ["export ", "erase ", "erase-all "].filter { $0.hasPrefix(prefix) && $0 != prefix }.map { "person " + $0 }
    case .present: return sessionCompletions(argument, board: board, limit: limit)
    default: return []
    }
  }
}

/// Idea codes that start with what was typed (`I-004`, `i-12`, `12`), found by walking the
/// numbers such codes can have rather than every idea on the board.
enum IdeaCodeCompletion {
  static func codes(startingWith typed: String, in board: Board, limit: Int) -> [String] {
    var found: [IdeaID] = []
    func take(_ n: Int) -> Bool {
      let id = IdeaID(n)
      if board.ideas[id] != nil && !found.contains(id) { found.append(id) }
      return found.count >= limit
    }
    var digits = Substring(typed.uppercased())
    if digits.hasPrefix("I-") {
      digits = digits.dropFirst(2)
    } else if digits == "I" {
      digits = ""
    }
    // "42" and "I-42" also mean I-0042; "I-004" is only the start of a code.
    if digits.first != "0", let exact = IdeaID(code: typed), take(exact.rawValue) { return found.map(\.code) }
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 9 else { return found.map(\.code) }
    let top = board.nextIdea
    if digits.isEmpty {
      var n = 1
      while n < top, !take(n) { n += 1 }
      return found.map(\.code)
    }
    let value = Int(digits) ?? 0
    var length = max(4, digits.count)
    while length <= max(4, String(top).count) {
      let scale = power(10, length - digits.count)
      let lowest = length == 4 ? 0 : power(10, length - 1)
      var n = max(value * scale, lowest, 1)
      let last = min((value + 1) * scale - 1, power(10, length) - 1, top - 1)
      while n <= last {
        if take(n) { return found.map(\.code) }
        n += 1
      }
      length += 1
    }
    return found.map(\.code)
  }

  private static func power(_ base: Int, _ exponent: Int) -> Int {
    var result = 1
    for _ in 0..<max(0, exponent) { result *= base }
    return result
  }
}
