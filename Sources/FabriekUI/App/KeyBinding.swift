import FabriekCore

/// One line of a key map: the keys, what they do and the help text shown for them. The tables
/// hold catalogue keys (`keys.…`, Catalogue+en.swift's `keys` section), so that they can stay
/// constants and still speak the language current when the help or the footer is drawn.
public struct KeyBinding: Hashable, Sendable {
  public var keys: [Key]
  /// What the first key does; every key does this unless the binding gives each its own.
  public var action: Action
  /// Each key's own action, in the order of `keys` (the digit keys: each scores itself).
  private var actions: [Action]?
  /// The catalogue key of the help overlay's description, and the values of its parameters.
  public var helpKey: String
  public var helpArguments: [String: String]
  /// The catalogue key of a word or two for the footer hints; nil keeps the binding out of
  /// the footer.
  public var hintKey: String?

  /// `help` and `hint` are catalogue keys (`"keys.nextCard"`, `"keys.hint.card"`).
  public init(_ keys: [Key], _ action: Action, help: String, hint: String? = nil) {
    self.keys = keys
    self.action = action
    helpKey = help
    helpArguments = [:]
    hintKey = hint
  }

  /// The digit keys of `digits`, each doing `action` with its own number: `1`–`9` score.
  public init(
    digits: ClosedRange<Int>, _ action: (Int) -> Action, help: String, arguments: [String: String] = [:],
    hint: String? = nil
  ) {
    keys = digits.map { .char(Character(String($0))) }
    actions = digits.map(action)
    self.action = action(digits.lowerBound)
    helpKey = help
    helpArguments = arguments
    hintKey = hint
  }

  /// The help overlay's description, in the current language.
  public var help: String { tr(helpKey, helpArguments) }

  /// The footer hint, in the current language.
  public var hint: String? { hintKey.map { tr($0) } }

  /// What one of the binding's keys does.
  func action(at index: Int) -> Action {
    guard let actions, actions.indices.contains(index) else { return action }
    return actions[index]
  }

  /// The keys as help shows them: "h, ←" (`Key.label`: "Space" in the current language).
  public var keyNames: String { digitRange ?? keys.map(\.label).joined(separator: ", ") }

  /// The first key as the footer shows it, or the digit range: "1–9".
  var shortName: String { digitRange ?? keys.first?.label ?? "" }

  /// "1–9" for a run of digit keys.
  var digitRange: String? {
    let digits = keys.compactMap { key -> Int? in
      guard key.modifiers.isEmpty, case .character(let c) = key.code else { return nil }
      return c.wholeNumberValue
    }
    guard digits.count > 1, digits.count == keys.count, let low = digits.first, let high = digits.last,
      digits == Array(low...high)
    else { return nil }
    return "\(low)–\(high)"
  }
}
