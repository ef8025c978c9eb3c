import FabriekCore

/// One layer of the key map: its bindings, the layers it lies on and what a key that none of
/// them binds does. A screen's keys are the layer of its state and the layers under that one
/// (`AppState.keyLayer`, `KeyMap.stack(for:)`), looked up top first, as helix keeps its
/// modes: the board while a search is active lies on the board, whose `n` then means "next
/// match"; every text field lies on `typing`, and nearly everything on `everywhere`.
/// docs/ARCHITECTURE.md, “Adding a key”, says where a new binding goes.
public struct KeyMap: Hashable, Sendable {
  public let layer: KeyLayer
  public let bindings: [KeyBinding]
  /// The layers looked up when this one binds a key not, nearest first.
  public let under: [KeyLayer]
  /// A character no layer binds is typed into the screen's text (`Action.type`).
  public let takesText: Bool
  /// What any key no layer binds does (a question that any other key answers "no"); nil
  /// when such keys do nothing.
  public let otherKeys: Action?
  /// The catalogue key of what the help says other keys do, for a layer that says so (a
  /// form's questions).
  public let otherKeysHelpKey: String?
  /// What the help says other keys do, in the current language.
  public var otherKeysHelp: String? { otherKeysHelpKey.map { tr($0) } }
  /// What the help calls the other keys.
  public static var otherKeysName: String { UIText.helpOtherKeys }
  private let index: [Key: Action]

  public init(
    layer: KeyLayer, under: [KeyLayer] = [.everywhere], takesText: Bool = false,
    otherKeys: (action: Action?, help: String)? = nil, bindings: [KeyBinding]
  ) {
    self.layer = layer
    self.under = under
    self.takesText = takesText
    self.otherKeys = otherKeys?.action ?? nil
    otherKeysHelpKey = otherKeys?.help
    self.bindings = bindings
    var index: [Key: Action] = [:]
    for binding in bindings {
      for (position, key) in binding.keys.enumerated() where index[key] == nil {
        index[key] = binding.action(at: position)
      }
    }
    self.index = index
  }

  /// What this layer alone binds the key to.
  public func action(for key: Key) -> Action? { index[key] }

  /// What the key does on a screen whose keys are this layer and those under it: the first
  /// layer that binds it decides; else `otherKeys`; else a character typed into the text.
  public func resolve(_ key: Key) -> Action? {
    for map in [self] + under.map(KeyMap.layer) {
      if let action = map.action(for: key) { return action }
    }
    if let otherKeys { return otherKeys }
    if takesText, let character = key.typedCharacter { return .type(character) }
    return nil
  }

  /// The layer that decides what the key does here: this one or the first under it that binds it.
  func owner(of key: Key) -> KeyLayer? {
    if action(for: key) != nil { return layer }
    return under.first { KeyMap.layer($0).action(for: key) != nil }
  }

  /// Keys bound more than once in this layer (a test keeps this empty).
  public var duplicateKeys: [Key] {
    var seen = Set<Key>()
    var duplicates: [Key] = []
    for key in bindings.flatMap(\.keys) where !seen.insert(key).inserted { duplicates.append(key) }
    return duplicates
  }

  /// The footer hints of this layer and those under it, the lowest first, in table order;
  /// neighbouring bindings with the same hint share it, each with its first key: "h/l column".
  /// A binding whose first key a layer above takes is left out (while the help is searched,
  /// Esc ends the search and is hinted so, not as "close").
  public var hints: [(keys: String, hint: String)] {
    var hints: [(keys: String, hint: String)] = []
    var previous: String?
    for map in under.reversed().map(KeyMap.layer) + [self] {
      for binding in map.bindings {
        // A key a layer above binds to something else is not hinted at its lower meaning.
        guard let hintKey = binding.hintKey, let key = binding.keys.first, owner(of: key) == map.layer else {
          previous = nil
          continue
        }
        if hintKey == previous, let last = hints.popLast() {
          hints.append((last.keys + "/" + binding.shortName, last.hint))
        } else {
          hints.append((binding.shortName, tr(hintKey)))
        }
        previous = hintKey
      }
    }
    return hints
  }
}
