import Foundation
import XCTest

/// Every command's `--help`, walked from the top: in Dutch and in French each one's own lines
/// (its overview, arguments and options) differ from the English ones, so no command was left
/// in English.
final class HelpLanguagesEndToEndTests: EndToEndTestCase {
  /// The subcommands `fabriek [path] --help` lists.
  private func subcommands(_ path: [String]) throws -> [String] {
    let help = try Binary.run(["--lang", "en"] + path + ["--help"]).stdout
    guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
    // The section runs to the first blank line; its names start two spaces in.
    let section = help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
      .prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    return section.compactMap { line in
      guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
      return line.split(separator: " ").first.map(String.init)
    }.filter { $0 != "help" && $0.allSatisfy { $0.isLowercase || $0 == "-" } }
  }

  /// The help without the lines every language shares (usage, option names).
  private func prose(_ text: String) -> Set<String> {
    Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
      !line.isEmpty && !line.hasPrefix("-") && !line.hasPrefix("<") && !line.contains("USAGE") && !line.hasPrefix("fabriek ")
    })
  }

  func testEveryCommandsHelpSpeaksDutchAndFrench() throws {
    var commands: [[String]] = [[]]
    var k = 0
    while k < commands.count, commands.count < 80 {
      commands += try subcommands(commands[k]).map { commands[k] + [$0] }
      k += 1
    }
    XCTAssertGreaterThan(commands.count, 20, "the walk found the commands")
    for path in commands {
      let english = try Binary.run(["--lang", "en"] + path + ["--help"])
      XCTAssertEqual(english.status, 0, path.joined(separator: " "))
      let englishLines = prose(english.stdout)
      for language in ["nl", "fr"] {
        let translated = prose(try Binary.run(["--lang", language] + path + ["--help"]).stdout)
        // Lines of more than three words, but lists of field names (`email, phone, region,`), which
        // are typed as they are in every language.
        let same = englishLines.intersection(translated).filter { line in
          let words = line.split(separator: " ")
          let identifiers = words.allSatisfy { $0.allSatisfy { $0.isLowercase || "-,.".contains($0) } }
          return words.count > 3 && !identifiers
        }
        XCTAssertTrue(same.isEmpty, "\(language) \(path.joined(separator: " ")) --help keeps English: \(same.sorted())")
      }
    }
  }
}
