/// A word typed on the command line matched against a closed list (stages, formats, options):
/// its id, its name or any word of its names, in any case and without accents, or any
/// unambiguous beginning of those. `gen` and `generation` find Idea generation, `verrijking`
/// finds Enrichment (its Dutch name); `re` is ambiguous between Realisation and Refused and
/// says so with both.
public struct Choice<Value: Sendable>: Sendable {
  public var value: Value
  /// The id first (what is listed when a word is ambiguous), then every name it answers to.
  public var names: [String]

  public init(_ value: Value, names: [String]) { self.value = value; self.names = names }
}

public enum ChoiceMatch<Value: Sendable>: Sendable {
  case found(Value)
  /// The ids of every choice the word could mean.
  case ambiguous([String])
  case none
}

public enum Choosing {
  /// Folds a name for comparing: no case, no accents, separators as spaces, trimmed.
  static func fold(_ s: String) -> String {
    let folded = s.searchKey.map { c -> Character in c == "-" || c == "_" || c == "'" || c == "’" ? " " : c }
    return String(folded).split(separator: " ").joined(separator: " ")
  }

  public static func match<Value>(_ typed: String, in choices: [Choice<Value>]) -> ChoiceMatch<Value> {
    let key = fold(typed)
    guard !key.isEmpty else { return .none }
    let folded = choices.map { $0.names.map(fold) }
    func pick(_ test: (String) -> Bool) -> [Int] {
      folded.indices.filter { i in folded[i].contains(where: test) }
    }
    let exact = pick { $0 == key }
    if exact.count == 1 { return .found(choices[exact[0]].value) }
    if exact.count > 1 { return .ambiguous(exact.map { choices[$0].names[0] }) }
    var candidates = pick { $0.hasPrefix(key) }
    if candidates.isEmpty {
      candidates = pick { name in name.split(separator: " ").contains { $0.hasPrefix(key) } }
    }
    switch candidates.count {
    case 0: return .none
    case 1: return .found(choices[candidates[0]].value)
    default: return .ambiguous(candidates.map { choices[$0].names[0] })
    }
  }
}

extension Stage {
  /// The default stages' names in Dutch and French, which the command line accepts too.
  public static let defaultNamesInOtherLanguages: [String: [String]] = [
    incoming: ["Binnengekomen", "Entrant"],
    ideaGeneration: ["Ideevorming", "Génération d'idées"],
    enrichment: ["Verrijking", "Enrichissement"],
    realisation: ["Realisatie", "Réalisation"],
    exited: ["Uitgestapt", "Sorti"],
  ]
}

extension Board {
  /// Where an idea can be listed or exported from: a stage, or off the board.
  public enum Place: Hashable, Sendable {
    case stage(String)
    case declined
    case parked
  }

  /// The board's stages (by id, name, and the default names in Dutch and French), and
  /// `declined` / `parked` (also afgewezen, refusé, geparkeerd, en attente).
  public func placeChoices(includingOutcomes: Bool) -> [Choice<Place>] {
    var choices = stages.map { s in
      Choice(Place.stage(s.id), names: [s.id, s.name] + (Stage.defaultNamesInOtherLanguages[s.id] ?? []))
    }
    if includingOutcomes {
      choices.append(Choice(.declined, names: ["declined", "afgewezen", "refusé", "refusée"]))
      choices.append(Choice(.parked, names: ["parked", "geparkeerd", "en attente", "parqué"]))
    }
    return choices
  }

  /// A stage (or, with `includingOutcomes`, declined / parked) named by a typed word; an
  /// unknown or ambiguous word is refused with the choices it could mean.
  public func place(named typed: String, field: String, includingOutcomes: Bool) throws(BoardError) -> Place {
    let choices = placeChoices(includingOutcomes: includingOutcomes)
    switch Choosing.match(typed, in: choices) {
    case .found(let place): return place
    case .ambiguous(let ids):
      throw .invalid(
        field: field, reason: tr("choose.ambiguous", ["typed": typed, "ids": ids.joined(separator: tr("choose.or"))]))
    case .none:
      let ids = choices.map { $0.names[0] }
      let list =
        ids.count > 1 ? ids.dropLast().joined(separator: ", ") + tr("choose.or") + (ids.last ?? "") : ids.joined()
      throw .invalid(field: field, reason: tr("choose.notAStage", ["typed": typed, "list": list]))
    }
  }
}
