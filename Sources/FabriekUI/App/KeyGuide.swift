import FabriekCore

/// A key table of the README, made from the key map: each row names bindings of the layers
/// and says, in the README's words, what they do; the keys themselves come from the tables,
/// so that a key changed in a table changes the README (a test keeps the file in step, and
/// `FABRIEK_WRITE_README=1` rewrites it). The rows are in `KeyGuide+Tables.swift`.
public struct KeyGuide: Sendable {
  /// A row's keys: bindings of a layer, named by what they do, or words between them.
  public enum Part: Sendable {
    case keys(KeyLayer, [Action])
    case words(String)
  }

  public struct Row: Sendable {
    public var parts: [Part]
    public var text: String

    public init(_ parts: Part..., text: String) {
      self.parts = parts
      self.text = text
    }
  }

  /// The README marks the table with `<!-- keys:name -->` … `<!-- /keys:name -->`.
  public let name: String
  /// What the table's second column heading says.
  public let title: String
  public let rows: [Row]
  /// The layers whose every binding one of the rows names.
  public let covers: [KeyLayer]

  /// The table in Markdown, in English whatever the language of the process (the README is
  /// written in English).
  public var markdown: String { Language.$current.withValue(.en) { englishMarkdown } }

  private var englishMarkdown: String {
    var lines = ["| keys | \(title) |", "|---|---|"]
    // A `|` in a cell, even in a code span, ends the cell in GitHub's tables unless escaped.
    func cell(_ text: String) -> String { String(text.flatMap { $0 == "|" ? ["\\", "|"] : [$0] }) }
    for row in rows { lines.append("| \(cell(keys(of: row))) | \(cell(row.text)) |") }
    return lines.joined(separator: "\n")
  }

  /// The bindings of `covers` that no row names, and the actions a row names that its layer
  /// does not bind (a test keeps both empty).
  public var gaps: (unnamed: [String], unbound: [String]) {
    var named: [KeyLayer: [Action]] = [:]
    var unbound: [String] = []
    for row in rows {
      for case .keys(let layer, let actions) in row.parts {
        named[layer, default: []] += actions
        unbound += actions.filter { Self.binding(for: $0, in: layer) == nil }.map { "\(layer): \($0)" }
      }
    }
    let unnamed = covers.flatMap { layer in
      KeyMap.layer(layer).bindings.filter { !(named[layer] ?? []).contains($0.action) }.map {
        "\(layer): \($0.keyNames)"
      }
    }
    return (unnamed, unbound)
  }

  /// "`h` `←` / `l` `→`, `g` `Home`": the keys of each part's bindings, a binding's keys side
  /// by side, the bindings of a part between slashes, parts after commas.
  func keys(of row: Row) -> String {
    var text = ""
    var afterKeys = false
    for part in row.parts {
      switch part {
      case .keys(let layer, let actions):
        if afterKeys { text += ", " }
        text += actions.map { action in
          guard let binding = Self.binding(for: action, in: layer) else { return "?" }
          if let range = binding.digitRange {
            return range.split(separator: "–").map { "`\($0)`" }.joined(separator: "–")
          }
          return binding.keys.map { "`\($0.name)`" }.joined(separator: " ")
        }.joined(separator: " / ")
        afterKeys = true
      case .words(let words):
        text += words
        afterKeys = false
      }
    }
    return text
  }

  static func binding(for action: Action, in layer: KeyLayer) -> KeyBinding? {
    KeyMap.layer(layer).bindings.first { $0.action == action }
  }
}
