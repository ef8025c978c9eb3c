import Foundation

/// The whole state of one board: stages, ideas, people, sessions, rubric and history.
/// Changed only by applying an `BoardOperation` (see `Board+Apply.swift`).
public struct Board: Hashable, Sendable {
  public var name: String
  public var stages: [Stage]
  public var rubric: Rubric
  public internal(set) var ideas: [IdeaID: Idea]
  public internal(set) var people: [PersonID: Person]
  public internal(set) var sessions: [SessionID: Session]
  /// The order of the active ideas in each stage's column.
  public internal(set) var columns: [String: [IdeaID]]
  public internal(set) var history: [HistoryEntry]
  public internal(set) var nextIdea: Int
  public internal(set) var nextPerson: Int
  public internal(set) var nextSession: Int
  /// How the exports of the forms the board imports from are read, by name (`Board+ImportProfiles.swift`).
  public internal(set) var importProfiles: [String: ImportProfile] = [:]
  /// The people whose data was erased, oldest first (`Privacy/PersonErasure.swift`).
  public internal(set) var erasures: [PersonErasure] = []
  /// Saved filters, query text by name, shared by everyone who opens the board (`Board+Views.swift`).
  public internal(set) var views: [String: String] = [:]
  /// Mentor and partner matches, in id order (`Mentoring/Board+Matches.swift`).
  public internal(set) var matches: [Match] = []
  public internal(set) var nextMatch: Int = 1
  /// The suggestion weights the team set, or nil for the defaults (`weights`).
  public internal(set) var matchWeights: MatchWeights?
  /// Exit criteria templates and the follow-up schedule (`Exit/ExitSettings.swift`).
  public internal(set) var exitSettings = ExitSettings()

  public init(name: String, stages: [Stage] = Stage.defaults, rubric: Rubric = .default) {
    self.name = name
    self.stages = stages
    self.rubric = rubric
    ideas = [:]
    people = [:]
    sessions = [:]
    columns = Dictionary(uniqueKeysWithValues: stages.map { ($0.id, []) })
    history = []
    nextIdea = 1
    nextPerson = 1
    nextSession = 1
  }

  public func idea(_ id: IdeaID) -> Idea? { ideas[id] }
  public func person(_ id: PersonID) -> Person? { people[id] }
  public func session(_ id: SessionID) -> Session? { sessions[id] }
  public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }
  public func match(_ id: MatchID) -> Match? { matchIndex(id).map { matches[$0] } }
  /// The weights suggestions are scored with: the board's, or the defaults.
  public var weights: MatchWeights { matchWeights ?? .default }

  /// The active ideas of a stage, in column order.
  public func column(_ stageID: String) -> [Idea] {
    (columns[stageID] ?? []).compactMap { ideas[$0] }
  }

  /// Looks a stage up by id or by name, ignoring case and accents: `enrichment`, `Idea generation`.
  public func stage(named text: String) -> Stage? {
    let key = text.searchKey
    return stages.first { $0.id.searchKey == key || $0.name.searchKey == key }
  }

  public func idea(code: String) -> Idea? { IdeaID(code: code).flatMap { ideas[$0] } }

  /// Ideas in id order (the order of the board file and of listings).
  public var ideasInOrder: [Idea] { ideas.values.sorted { $0.id < $1.id } }
  public var declined: [Idea] {
    ideas.values.filter { if case .declined = $0.outcome { true } else { false } }.sorted { $0.id < $1.id }
  }
  public var parked: [Idea] {
    ideas.values.filter { if case .parked = $0.outcome { true } else { false } }.sorted { $0.id < $1.id }
  }

  /// History lines about one subject, oldest first; a person's include the changes of
  /// their matches (`HistoryEntry.person`).
  public func history(of subject: HistoryEntry.Subject) -> [HistoryEntry] {
    if case .person(let p) = subject { return history.filter { $0.subject == subject || $0.person == p } }
    return history.filter { $0.subject == subject }
  }
}

extension String {
  /// Lower-cased with accents and other marks removed: `Café` and `cafe` give the same key.
  public var searchKey: String {
    folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
  }
}
