import FabriekCore
import Foundation

/// The fixed words swift-argument-parser writes itself ("USAGE:", "OPTIONS:", "Missing expected
/// argument …") in the language of the run. The library (1.8) has a hook only for the "Error: "
/// prefix (`_errorPrefix`, which `Fabriek` implements); its headings and messages are English
/// string literals inside it (Usage/HelpGenerator.swift, Usage/UsageGenerator.swift,
/// Usage/MessageInfo.swift in .build/checkouts/swift-argument-parser). So `Fabriek.main` passes
/// the text the library made for `--help` or a parse error through `translate`, which replaces
/// exactly those words where the library puts them: a heading at the start of a line, a message
/// on the error line, the help of `--help` and `--version`. Everything else (our own abstracts,
/// discussions and option helps, already translated; names of options and values) is left as
/// it is, so an English run prints the library's text unchanged.
enum ParserText {
  /// The library's text of `--help`, `help …` or a parse error, in `language`.
  static func translate(_ text: String, in language: Language) -> String {
    guard language != .en else { return text }
    var out: [String] = []
    // The usage line hangs its continuation lines under its first by the width of "USAGE: ".
    var hanging: (from: Int, to: Int)?
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      var line = raw
      if let h = hanging, line.hasPrefix(String(repeating: " ", count: h.from)), !line.isEmpty {
        out.append(String(repeating: " ", count: h.to) + line.dropFirst(h.from))
        continue
      }
      hanging = nil
      for (english, key) in headings where line.hasPrefix(english) {
        let translated = tr(key, [:], in: language)
        line = translated + line.dropFirst(english.count)
        if english.hasSuffix(": ") && (english.hasPrefix("USAGE") || english.hasPrefix("Usage")) {
          hanging = (english.count, translated.count)
        }
        break
      }
      if let rest = line.stripping(prefix: tr("cli.parser.errorPrefix", [:], in: language)) {
        line = tr("cli.parser.errorPrefix", [:], in: language) + message(rest, in: language)
      }
      for (english, key) in phrases { line = line.replacingEvery(english, with: tr(key, [:], in: language)) }
      if let sentence = seeHelp(line, in: language) { line = sentence }
      out.append(line)
    }
    return out.joined(separator: "\n")
  }

  /// Headings the library starts a line with.
  static let headings: [(String, String)] = [
    ("OVERVIEW: ", "cli.parser.overview"), ("USAGE: ", "cli.parser.usageHeading"),
    ("ARGUMENTS:", "cli.parser.arguments"), ("OPTIONS:", "cli.parser.options"),
    ("SUBCOMMANDS:", "cli.parser.subcommands"), ("Usage: ", "cli.parser.usage"), ("Help:  ", "cli.parser.help"),
  ]

  /// Words the library puts inside a line: the help of its own flags and the default of an option.
  static let phrases: [(String, String)] = [
    ("Show help information.", "cli.parser.showHelp"), ("Show the version.", "cli.parser.showVersion"),
    ("Show subcommand help information.", "cli.parser.showSubcommandHelp"),
    ("(default:", "cli.parser.default"), ("(values:", "cli.parser.values"),
    ("<subcommand>", "cli.parser.subcommandPlaceholder"),
  ]

  /// The library's error messages, as it writes them (`{…}` is what it fills in).
  static let messages: [(String, String)] = [
    ("Missing expected argument '{name}'", "cli.parser.missingArgument"),
    ("Missing one of: '{name}'", "cli.parser.missingOneOf"),
    ("Unknown option '{name}'. Did you mean '{other}'?", "cli.parser.unknownOptionDidYouMean"),
    ("Unknown option '{name}'", "cli.parser.unknownOption"),
    ("Unexpected argument '{name}'", "cli.parser.unexpectedArgument"),
    ("Missing value for '{name}'", "cli.parser.missingValue"),
    ("The value '{value}' is invalid for '{name}'", "cli.parser.invalidValue"),
    ("The option '{name}' does not take any value, but '{value}' was specified.", "cli.parser.noValueTaken"),
    ("Missing required subcommand.", "cli.parser.missingSubcommand"),
    ("Invalid option: {name}", "cli.parser.invalidOption"),
  ]

  static func message(_ text: String, in language: Language) -> String {
    for (template, key) in messages {
      if let values = match(text, template) { return tr(key, values, in: language) }
    }
    return text
  }

  /// "  See 'fabriek idea --help' for more information." and "  See 'fabriek help
  /// <subcommand>' for detailed help.", with the command kept as the library wrote it.
  static func seeHelp(_ line: String, in language: Language) -> String? {
    let indent = String(line.prefix { $0 == " " })
    let body = String(line.dropFirst(indent.count))
    if let v = match(body, "See '{command}' for more information.") {
      return indent + tr("cli.parser.seeMore", v, in: language)
    }
    if let v = match(body, "See '{command}' for detailed help.") {
      return indent + tr("cli.parser.seeDetailed", v, in: language)
    }
    return nil
  }

  /// The values of a template's `{name}` parts when `text` is the template filled in (each
  /// part as short as the literal after it allows; the last part takes up to the literal end).
  static func match(_ text: String, _ template: String) -> [String: String]? {
    var pieces: [(literal: String, name: String?)] = []
    var literal = ""
    var name: String?
    for c in template {
      if c == "{" {
        name = ""
      } else if c == "}", let n = name {
        pieces.append((literal, n))
        literal = ""
        name = nil
      } else if name != nil {
        name?.append(c)
      } else {
        literal.append(c)
      }
    }
    pieces.append((literal, nil))
    var rest = Substring(text)
    var values: [String: String] = [:]
    var pending: String?
    for (index, piece) in pieces.enumerated() {
      if let open = pending {
        let isLast = index == pieces.count - 1
        if isLast {
          guard rest.hasSuffix(piece.literal), rest.count >= piece.literal.count else { return nil }
          values[open] = String(rest.dropLast(piece.literal.count))
          rest = rest.suffix(0)
        } else {
          guard !piece.literal.isEmpty, let r = rest.range(of: piece.literal) else { return nil }
          values[open] = String(rest[..<r.lowerBound])
          rest = rest[r.upperBound...]
        }
      } else {
        guard rest.hasPrefix(piece.literal) else { return nil }
        rest = rest.dropFirst(piece.literal.count)
      }
      pending = piece.name
    }
    return rest.isEmpty ? values : nil
  }
}

extension String {
  fileprivate func stripping(prefix: String) -> String? {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
  }

  fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
    guard contains(target) else { return self }
    return components(separatedBy: target).joined(separator: replacement)
  }
}
