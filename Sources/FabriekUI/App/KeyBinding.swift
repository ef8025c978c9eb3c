/// One line of a key map: the keys, what they do and the help text shown for them.
public struct KeyBinding: Hashable, Sendable {
  public var keys: [Key]
  /// What the first key does; every key does this unless the binding gives each its own.
  public var action: Action
  /// Each key's own action, in the order of `keys` (the digit keys: each scores itself).
  private var actions: [Action]?
  /// The help overlay's description.
  public var help: String
  /// A word or two for the footer hints; nil keeps the binding out of the footer.
  public var hint: String?

  public init(_ keys: [Key], _ action: Action, help: String, hint: String? = nil) {
    self.keys = keys
    self.action = action
    self.help = help
    self.hint = hint
  }

  /// The digit keys of `digits`, each doing `action` with its own number: `1`–`9` score.
  public init(digits: ClosedRange<Int>, _ action: (Int) -> Action, help: String, hint: String? = nil) {
    keys = digits.map { .char(Character(String($0))) }
    actions = digits.map(action)
    self.action = action(digits.lowerBound)
    self.help = help
    self.hint = hint
  }

  /// What one of the binding's keys does.
  func action(at index: Int) -> Action {
    guard let actions, actions.indices.contains(index) else { return action }
    return actions[index]
  }

  /// The keys as help shows them: "h, ←".
  public var keyNames: String { digitRange ?? keys.map(\.name).joined(separator: ", ") }

  /// The first key as the footer shows it, or the digit range: "1–9".
  var shortName: String { digitRange ?? keys.first?.name ?? "" }

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
