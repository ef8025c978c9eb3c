import FabriekCore

/// Several options chosen at once (roles, SDGs): the options' labels, the chosen ones, and
/// the option under the cursor. ←/→ move the cursor, Space turns the option on or off, a
/// typed character jumps to the next option whose label starts with what was typed.
public struct MultiChoiceState: Hashable, Sendable {
  public let options: [String]
  public private(set) var selected: Set<Int>
  public private(set) var cursor: Int
  /// What was typed since the cursor last moved by arrow: `1`, `17`.
  private var typed = ""

  public init(options: [String], selected: Set<Int> = [], cursor: Int = 0) {
    self.options = options
    self.selected = selected.filter { options.indices.contains($0) }
    self.cursor = options.isEmpty ? 0 : min(max(0, cursor), options.count - 1)
  }

  /// The chosen options' indices, in the options' order.
  public var chosen: [Int] { selected.sorted() }

  public mutating func toggle() {
    guard options.indices.contains(cursor) else { return }
    if selected.remove(cursor) == nil { selected.insert(cursor) }
    typed = ""
  }

  /// ←/→ (and Home/End): the cursor moves, it does not wrap.
  public mutating func move(_ edit: TextEdit) {
    guard !options.isEmpty else { return }
    switch edit {
    case .left, .wordLeft: cursor = max(0, cursor - 1)
    case .right, .wordRight: cursor = min(options.count - 1, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = options.count - 1
    default: return
    }
    typed = ""
  }

  /// Type-ahead: `1` goes to the first label starting with 1, then `7` to the one starting
  /// with `17`; a character that matches no label with what came before starts over.
  public mutating func typeAhead(_ character: Character) {
    let attempt = typed + String(character)
    if let index = firstOption(startingWith: attempt) {
      typed = attempt
      cursor = index
    } else if let index = firstOption(startingWith: String(character), after: cursor) {
      typed = String(character)
      cursor = index
    }
  }

  /// The first option from `after + 1` on (wrapping) whose folded label starts with `prefix`.
  private func firstOption(startingWith prefix: String, after start: Int = -1) -> Int? {
    let key = prefix.searchKey
    guard !key.isEmpty, !options.isEmpty else { return nil }
    for step in 1...options.count {
      let index = ((start + step) % options.count + options.count) % options.count
      if options[index].searchKey.hasPrefix(key) { return index }
    }
    return nil
  }
}

/// The UN Sustainable Development Goals, for the SDG picker: "3 Good health and well-being".
public enum SDG {
  /// The goals' names in the current language (the UN's own wording in English, Dutch and French).
  public static var names: [String] { (1...17).map { tr("sdg.\($0)") } }

  /// The picker's options: the goal's number, then its name.
  public static var options: [String] { names.enumerated().map { "\($0.offset + 1) \($0.element)" } }

  /// A picker with these goals (1…17) chosen.
  public static func picker(_ goals: [Int]) -> MultiChoiceState {
    MultiChoiceState(options: options, selected: Set(goals.map { $0 - 1 }), cursor: (goals.min() ?? 1) - 1)
  }
}
