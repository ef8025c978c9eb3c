import FabriekCore
import Foundation

/// Every idea's searchable text (code, title, pitch, people's names, tags), folded once.
///
/// Built when a search first needs it; after that it follows the board through its history:
/// the history lines added since the last look name the ideas that changed, and only those are
/// folded again; a new person's name is folded for the ideas that will name them. When the
/// history does not simply continue (it was cut back), or a person was renamed, the index is
/// built again.
struct SearchIndex: Sendable {
  private(set) var keys: [IdeaID: [UInt8]] = [:]
  /// Declined and parked ideas, by id: searched after the columns.
  private(set) var offBoard: [IdeaID] = []
  /// The keys in board order, made again after the board changed, when a search needs them:
  /// scanning an array in order is several times faster than looking each idea up.
  private var ordered: [(id: IdeaID, key: [UInt8])]?
  private var mark = HistoryMark()
  private var fold = SearchFold()
  /// People's folded names, each ending in a line break, shared by the ideas that name them.
  private var names: [PersonID: [UInt8]] = [:]

  init(board: Board) {
    build(for: board)
  }

  private mutating func build(for board: Board) {
    names = Dictionary(minimumCapacity: board.people.count)
    for (id, person) in board.people { names[id] = foldName(person) }
    keys = Dictionary(minimumCapacity: board.ideas.count)
    offBoard = []
    for (id, idea) in board.ideas {
      keys[id] = makeKey(idea)
      if !idea.isActive { offBoard.append(id) }
    }
    offBoard.sort()
    ordered = nil
    mark = HistoryMark(at: board.history)
  }

  /// Catches up with a changed board, folding only the ideas its new history lines are about.
  mutating func update(for board: Board) {
    let history = board.history
    guard let added = mark.linesAdded(to: history) else { return build(for: board) }
    var changed = Set<IdeaID>()
    var people = Set<PersonID>()
    for entry in added {
      switch entry.subject {
      case .idea(let id): changed.insert(id)
      case .person(let id): people.insert(id)
      case .session, .board: break
      }
    }
    for id in people {
      let name = board.people[id].map { foldName($0) }
      if let old = names[id], let name, old != name { return build(for: board) }
      names[id] = name
    }
    for id in changed {
      if let at = offBoard.firstIndex(of: id) { offBoard.remove(at: at) }
      guard let idea = board.ideas[id] else {
        keys[id] = nil
        continue
      }
      keys[id] = makeKey(idea)
      if !idea.isActive { offBoard.insert(id, at: offBoard.firstIndex { $0 > id } ?? offBoard.count) }
    }
    ordered = nil
    mark = HistoryMark(at: history)
  }

  private mutating func foldName(_ person: Person) -> [UInt8] {
    var name = fold.fold(person.fullName)
    name.append(0x0A)
    return name
  }

  private mutating func makeKey(_ idea: Idea) -> [UInt8] {
    var key: [UInt8] = []
    key.reserveCapacity(idea.title.utf8.count + idea.pitch.utf8.count + 64)
    func add(_ text: String) {
      fold.fold(text, into: &key)
      key.append(0x0A)
    }
    add(idea.code)
    add(idea.title)
    add(idea.pitch)
    for person in idea.innovators { key += names[person] ?? [] }
    if let coach = idea.coach { key += names[coach] ?? [] }
    for person in idea.mentors { key += names[person] ?? [] }
    for tag in idea.tags { add(tag) }
    return key
  }

  /// The folded query, as the keys are folded.
  mutating func foldQuery(_ query: String) -> [UInt8] { fold.fold(query) }

  /// The ideas whose text contains `query` (already folded), in board order: the columns stage
  /// by stage, then the ideas off the board; only among `candidates` when given (in that order).
  mutating func matches(_ query: [UInt8], in board: Board, among candidates: [IdeaID]? = nil) -> [IdeaID] {
    guard !query.isEmpty else { return [] }
    var found: [IdeaID] = []
    if let candidates {
      query.withUnsafeBytes { needle in
        for id in candidates where keys[id]?.withUnsafeBytes({ Self.contains($0, needle) }) == true { found.append(id) }
      }
      return found
    }
    let entries = ordered ?? inBoardOrder(board)
    ordered = entries
    query.withUnsafeBytes { needle in
      for entry in entries where entry.key.withUnsafeBytes({ Self.contains($0, needle) }) { found.append(entry.id) }
    }
    return found
  }

  private func inBoardOrder(_ board: Board) -> [(id: IdeaID, key: [UInt8])] {
    var entries: [(id: IdeaID, key: [UInt8])] = []
    entries.reserveCapacity(keys.count)
    for stage in board.stages {
      for id in board.columns[stage.id] ?? [] { if let key = keys[id] { entries.append((id, key)) } }
    }
    for id in offBoard { if let key = keys[id] { entries.append((id, key)) } }
    return entries
  }

  /// Whether `needle` occurs in `hay` (`SearchFold.contains`, shared with the query index).
  static func contains(_ hay: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
    SearchFold.contains(hay, needle)
  }
}
