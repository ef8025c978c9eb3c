/// How a board is written in the snapshot: records as arrays in id order, so the file is
/// stable and readable; the indexes are rebuilt and checked when it is read.
extension Board: Codable {
  enum CodingKeys: String, CodingKey {
    case name, stages, rubric, columns, ideas, people, sessions, history, importProfiles, erasures, views
    case matches, matchWeights
    case exitSettings
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(stages, forKey: .stages)
    try c.encode(rubric, forKey: .rubric)
    try c.encode(columns, forKey: .columns)
    try c.encode(ideasInOrder, forKey: .ideas)
    try c.encode(people.values.sorted { $0.id < $1.id }, forKey: .people)
    try c.encode(sessions.values.sorted { $0.id < $1.id }, forKey: .sessions)
    try c.encode(history, forKey: .history)
    if !importProfiles.isEmpty {
      try c.encode(importProfiles.values.sorted { $0.name < $1.name }, forKey: .importProfiles)
    }
    if !erasures.isEmpty { try c.encode(erasures, forKey: .erasures) }
    if !views.isEmpty { try c.encode(savedViews, forKey: .views) }
    try c.encode(matches, forKey: .matches)
    try c.encodeIfPresent(matchWeights, forKey: .matchWeights)
    if exitSettings != ExitSettings() { try c.encode(exitSettings, forKey: .exitSettings) }
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let name = try c.decode(String.self, forKey: .name)
    let stages = try c.decode([Stage].self, forKey: .stages)
    self.init(name: name, stages: stages, rubric: try c.decode(Rubric.self, forKey: .rubric))
    let ideaList = try c.decode([Idea].self, forKey: .ideas)
    ideas.reserveCapacity(ideaList.count)
    for i in ideaList {
      if ideas.updateValue(i, forKey: i.id) != nil {
        throw DecodingError.dataCorruptedError(forKey: .ideas, in: c, debugDescription: "\(i.code) is there twice")
      }
    }
    for p in try c.decode([Person].self, forKey: .people) { people[p.id] = p }
    for s in try c.decode([Session].self, forKey: .sessions) { sessions[s.id] = s }
    columns = try c.decode([String: [IdeaID]].self, forKey: .columns)
    history = try c.decode([HistoryEntry].self, forKey: .history)
    for p in try c.decodeIfPresent([ImportProfile].self, forKey: .importProfiles) ?? [] { importProfiles[p.name] = p }
    erasures = try c.decodeIfPresent([PersonErasure].self, forKey: .erasures) ?? []
    for v in try c.decodeIfPresent([SavedView].self, forKey: .views) ?? [] { views[v.name] = v.query }
    exitSettings = try c.decodeIfPresent(ExitSettings.self, forKey: .exitSettings) ?? ExitSettings()
    nextIdea = numberAfter(ideas.keys.map(\.rawValue))
    nextPerson = numberAfter(people.keys.map(\.rawValue))
    nextSession = numberAfter(sessions.keys.map(\.rawValue))
    matchWeights = try c.decodeIfPresent(MatchWeights.self, forKey: .matchWeights)
    if let list = try c.decodeIfPresent([Match].self, forKey: .matches) {
      try takeMatches(list) { DecodingError.dataCorruptedError(forKey: .matches, in: c, debugDescription: $0) }
    } else {
      migrateMentorsToMatches()
    }
    if let problem = consistencyProblem() {
      throw DecodingError.dataCorruptedError(forKey: .columns, in: c, debugDescription: problem)
    }
  }

  /// A sentence naming the first way in which the columns disagree with the ideas, if any.
  public func consistencyProblem() -> String? {
    let stageIDs = Set(stages.map(\.id))
    if stageIDs.count != stages.count { return tr("apply.stagesShareID") }
    if Set(columns.keys) != stageIDs { return tr("consistency.columnsNotStages") }
    var seen = Set<IdeaID>()
    for (stage, ids) in columns {
      for id in ids {
        guard let idea = ideas[id] else { return tr("consistency.unknownIdea", ["stage": stage, "code": id.code]) }
        if !seen.insert(id).inserted { return tr("consistency.twoColumns", ["code": id.code]) }
        if idea.stage != stage || !idea.isActive {
          return tr("consistency.notThere", ["stage": stage, "code": id.code])
        }
      }
    }
    for idea in ideas.values {
      if !stageIDs.contains(idea.stage) {
        return tr("consistency.unknownStage", ["code": idea.code, "stage": idea.stage])
      }
      if idea.isActive && !seen.contains(idea.id) { return tr("consistency.noColumn", ["code": idea.code]) }
    }
    return mentorsProblem()
  }

  /// Drops history lines after the first `count`: used when a change is taken back because
  /// it could not be saved.
  mutating func truncateHistory(to count: Int) {
    if history.count > count { history.removeLast(history.count - count) }
  }

  /// The board without its history: what an undo restores exactly.
  public var withoutHistory: Board {
    var b = self
    b.history = []
    return b
  }
}
