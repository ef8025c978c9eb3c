/// One line of a key map: the keys, what they do and the help text shown for them.
public struct KeyBinding: Hashable, Sendable {
  public var keys: [Key]
  public var action: Action
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

  /// The keys as help shows them: "h, ←".
  public var keyNames: String { digitRange ?? keys.map(\.name).joined(separator: ", ") }

  /// The first key as the footer shows it, or the digit range: "1–9".
  var shortName: String { digitRange ?? keys.first?.name ?? "" }

  /// "1–9" for a run of digit keys.
  private var digitRange: String? {
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

/// The bindings of one mode, looked up by key.
public struct KeyMap: Hashable, Sendable {
  public let mode: Mode
  public let bindings: [KeyBinding]
  private let index: [Key: Action]

  public init(mode: Mode, bindings: [KeyBinding]) {
    self.mode = mode
    self.bindings = bindings
    var index: [Key: Action] = [:]
    for binding in bindings {
      for key in binding.keys where index[key] == nil { index[key] = binding.action.bound(to: key) }
    }
    self.index = index
  }

  public func action(for key: Key) -> Action? { index[key] }

  /// Keys bound more than once in this mode (a test keeps this empty).
  public var duplicateKeys: [Key] {
    var seen = Set<Key>()
    var duplicates: [Key] = []
    for key in bindings.flatMap(\.keys) where !seen.insert(key).inserted { duplicates.append(key) }
    return duplicates
  }

  /// The footer hints in table order; neighbouring bindings with the same hint share it,
  /// each with its first key: "h/l column".
  public var hints: [(keys: String, hint: String)] {
    var hints: [(keys: String, hint: String)] = []
    var previous: String?
    for binding in bindings {
      guard let hint = binding.hint, !binding.keys.isEmpty else {
        previous = nil
        continue
      }
      if hint == previous, let last = hints.popLast() {
        hints.append((last.keys + "/" + binding.shortName, hint))
      } else {
        hints.append((binding.shortName, hint))
      }
      previous = hint
    }
    return hints
  }
}
