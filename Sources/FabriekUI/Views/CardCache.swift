import FabriekCore
import Foundation

/// Cards drawn once and kept: a card's cells depend only on its idea, its first innovator's
/// name, the board's stages and rubric, its size, its days in stage, whether it is focused or
/// a search match, the language, and the cells it is drawn over. A lookup compares all of those with what
/// the card was drawn from (an unchanged idea compares in a few pointer checks, its storage
/// being shared), so a key that only moves the focus draws two cards anew and copies the rest.
/// Nothing here can go stale: a changed idea, person, stage or rubric simply misses.
final class CardCache: @unchecked Sendable {
  static let shared = CardCache()

  struct Key: Hashable {
    var id: IdeaID
    var width: Int
    var height: Int
    var days: Int
    var isFocused: Bool
    var isMatch: Bool
    /// The filter's words marked in the title (`FilterHighlight`).
    var highlights: [String] = []
    /// Badges and labels are words of the language the card was drawn in.
    var language: Language
    /// Taper and follow-up badges fall due on a calendar day (`CardFacts.badges`).
    var today: Day = Day(daysSinceEpoch: 0)
  }

  struct Entry {
    var idea: Idea
    var innovator: String?
    var stages: [Stage]
    var rubric: Rubric
    var background: [Cell]
    var cells: [Cell]
  }

  private let lock = NSLock()
  private var entries: [Key: Entry] = [:]
  /// Enough for every card of several screens at any size; past it the cache starts over.
  static let limit = 4_096

  func lookup(_ key: Key, matching probe: (Entry) -> Bool) -> [Cell]? {
    lock.lock()
    defer { lock.unlock() }
    guard let entry = entries[key], probe(entry) else { return nil }
    return entry.cells
  }

  /// Forgets every card (tests compare cached drawing with fresh drawing).
  func removeAll() {
    lock.lock()
    defer { lock.unlock() }
    entries.removeAll()
  }

  func store(_ key: Key, _ entry: Entry) {
    lock.lock()
    defer { lock.unlock() }
    if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
    entries[key] = entry
  }
}

extension Grid {
  /// The cells of `rect` (which must lie inside the grid), row by row.
  func cells(in rect: Rect) -> [Cell] {
    var out: [Cell] = []
    out.reserveCapacity(rect.width * rect.height)
    for y in rect.y..<rect.maxY { out += cells[(y * width + rect.x)..<(y * width + rect.maxX)] }
    return out
  }

  /// Puts back cells taken with `cells(in:)` for a rect of the same size.
  mutating func setCells(_ block: [Cell], in rect: Rect) {
    var k = 0
    for y in rect.y..<rect.maxY {
      let start = y * width + rect.x
      replaceCells(start..<(start + rect.width), with: block[k..<(k + rect.width)])
      k += rect.width
    }
  }
}
