/// The board's part of the snapshot.
extension Board {
  /// Writes the board; returns where the ideas array starts and ends in the output, the
  /// start of the idea (or the closing bracket) that splits the reading in two halves, and
  /// the counts a reader reserves storage for.
  @discardableResult
  func writeJSON(to w: inout JSONWriter) -> SnapshotLayout {
    let bodyStart = w.offset
    var start = 0
    var end = 0
    var starts: [Int] = []
    starts.reserveCapacity(ideas.count)
    w.object { w in
      w.key("columns")
      w.object { w in
        for s in stages {
          w.key(s.id)
          w.ints((columns[s.id] ?? []).map(\.rawValue))
        }
      }
      w.entry("erasures", nonEmpty: erasures)
      if exitSettings != ExitSettings() { w.entry("exitSettings", exitSettings) }
      w.entry("history", history)
      w.key("ideas")
      start = w.offset
      w.array { w in
        for i in ideasInOrder {
          starts.append(w.offset + (starts.isEmpty ? 0 : 1))
          i.write(to: &w)
        }
      }
      end = w.offset
      w.entry("importProfiles", nonEmpty: importProfiles.values.sorted(by: { $0.name < $1.name }))
      // Always written, also when empty: a board without the key is older than matches and
      // has its mentors turned into matches when read (`Board.migrateMentorsToMatches`).
      w.entry("matchWeights", matchWeights)
      w.entry("matches", matches)
      w.entry("name", name)
      w.entry("people", people.values.sorted(by: { $0.id < $1.id }))
      w.key("rubric")
      w.object { w in
        w.entry("criteria", rubric.criteria)
        w.entry("scale", [rubric.scale.lowerBound, rubric.scale.upperBound])
      }
      w.entry("sessions", sessions.values.sorted(by: { $0.id < $1.id }))
      w.entry("stages", stages)
      w.entry("views", nonEmpty: savedViews)
    }
    let half = start + (w.offset - bodyStart) / 2
    let before = starts.firstIndex { $0 >= half } ?? starts.count
    var layout = SnapshotLayout()
    layout.ideasStart = start
    layout.ideasSplit = before < starts.count ? starts[before] : end - 1
    layout.ideasEnd = end
    layout.ideasBeforeSplit = before
    layout.ideas = ideas.count
    layout.people = people.count
    layout.history = history.count
    return layout
  }

  /// What a snapshot check is handed instead of the records being kept: each idea, person and
  /// history line as it is read, so that checking a snapshot against a board never holds a
  /// second copy of the bulk of it (`SnapshotCodec.verify`).
  struct RecordVisitor {
    var idea: (Idea) throws -> Void
    var person: (Person) throws -> Void
    /// The history line and its place in the history.
    var history: (Int, HistoryEntry) throws -> Void
  }

  /// Reads the board; with the snapshot's `layout` the ideas are read by two threads into
  /// storage reserved at the right size. With a `visitor`, ideas, people and history lines are
  /// handed to it as they are read and not kept.
  init(json r: inout JSONReader, layout: SnapshotLayout? = nil, visitor: RecordVisitor? = nil) throws {
    let visit = visitor?.idea
    self.init(name: "")
    var chunk: IdeaChunkReader?
    if visit == nil, let s = layout, 0 < s.ideasStart, s.ideasStart < s.ideasSplit, s.ideasSplit < s.ideasEnd,
      s.ideasEnd <= r.bytes.count,
      r.bytes[s.ideasStart] == UInt8(ascii: "["), r.bytes[s.ideasEnd - 1] == UInt8(ascii: "]"),
      r.bytes[s.ideasSplit] == UInt8(ascii: "{") || s.ideasSplit == s.ideasEnd - 1
    {
      chunk = IdeaChunkReader(
        r.bytes, releaser: r.releaser, start: s.ideasStart, split: s.ideasSplit, expected: s.ideasBeforeSplit)
    }
    if let s = layout {
      // Counts from the header only size the storage; a wrong one costs time, never data.
      ideas.reserveCapacity(min(s.ideas, r.bytes.count / 64))
      people.reserveCapacity(min(s.people, r.bytes.count / 32))
      history.reserveCapacity(min(s.history, r.bytes.count / 32))
    }
    defer { chunk?.wait() }
    // The other thread's ideas are added last, so this thread reads the rest of the board
    // meanwhile instead of waiting for them.
    var merging: IdeaChunkReader?
    var stageList: [Stage] = []
    var rubricValue = Rubric.default
    var cols: [String: [IdeaID]] = [:]
    var readMatches: [Match]?
    try r.object(
      Key.self, required: [.name, .stages, .rubric, .columns, .ideas, .people, .sessions, .history],
      in: "json.record.board"
    ) { r, key in
      switch key {
      case .name: name = try r.string()
      case .stages: stageList = try r.records()
      case .rubric:
        var criteria: [Rubric.Criterion] = []
        var scale = [1, 5]
        try r.object { r, k in
          switch k {
          case "criteria": criteria = try r.records()
          case "scale": scale = try r.ints()
          default: try r.skip()
          }
        }
        guard scale.count == 2, scale[0] <= scale[1] else { throw r.failure(tr("json.scaleNotRange")) }
        rubricValue = Rubric(criteria: criteria, scale: scale[0]...scale[1])
      case .columns: try r.object { r, stage in cols[stage] = try r.ints().map(IdeaID.init) }
      case .ideas:
        func add(_ idea: Idea, _ r: JSONReader) throws {
          if ideas.updateValue(idea, forKey: idea.id) != nil {
            throw r.failure(tr("json.ideaTwice", ["code": idea.code]))
          }
        }
        if let visit {
          try r.array { r in
            try visit(try Idea(json: &r))
            r.releaseBehind()
          }
        } else if let c = chunk, let s = layout, r.peek() == UInt8(ascii: "["), r.i == s.ideasStart {
          r.jump(to: s.ideasSplit)
          while r.peek() == UInt8(ascii: "{") {
            try add(try Idea(json: &r), r)
            r.releaseBehind()
            if r.peek() == UInt8(ascii: ",") { r.i += 1 }
          }
          try r.expect(UInt8(ascii: "]"))
          merging = c
        } else {
          chunk?.wait()
          chunk = nil
          try r.array { r in try add(try Idea(json: &r), r) }
        }
      case .people:
        try r.array { r in
          let p = try Person(json: &r)
          if let visitor { try visitor.person(p) } else { people[p.id] = p }
        }
      case .sessions:
        try r.array { r in
          let s = try Session(json: &r)
          sessions[s.id] = s
        }
      case .history:
        var index = 0
        try r.array { r in
          let entry = try HistoryEntry(json: &r)
          if let visitor {
            try visitor.history(index, entry)
            index += 1
          } else {
            history.append(entry)
          }
        }
      case .erasures: erasures = try r.records()
      case .importProfiles:
        try r.array { r in
          let p = try ImportProfile(json: &r)
          importProfiles[p.name] = p
        }
      case .views:
        try r.array { r in
          let v = try SavedView(json: &r)
          views[v.name] = v.query
        }
      case .matches: readMatches = try r.records()
      case .matchWeights: matchWeights = try r.optionalRecord()
      case .exitSettings: exitSettings = try ExitSettings(json: &r)
      default: try r.skip()
      }
    }
    if let c = merging {
      let part = try c.result()
      for idea in part where ideas.updateValue(idea, forKey: idea.id) != nil {
        throw r.failure(tr("json.ideaTwice", ["code": idea.code]))
      }
    }
    stages = stageList
    rubric = rubricValue
    columns = cols
    nextIdea = numberAfter(ideas.keys.map(\.rawValue))
    nextPerson = numberAfter(people.keys.map(\.rawValue))
    nextSession = numberAfter(sessions.keys.map(\.rawValue))
    if let readMatches, visitor != nil {
      // A check against a board (`SnapshotCodec.verify`) compares them whole, and keeps no ideas.
      matches = readMatches
    } else if let readMatches {
      try takeMatches(readMatches, failure: { r.failure($0) })
    } else if visit == nil {
      migrateMentorsToMatches()
    }
    if visit == nil, let problem = consistencyProblem() { throw r.failure(problem) }
  }
}

extension Stage: JSONTable {
  static let blank = Stage(id: "", name: "")
  static let fields: JSONFields<Self> = [
    .init("id", \.id), .init("name", \.name), .init("wipLimit", \.wipLimit), .init("staleDays", \.staleDays),
  ]
}

extension Rubric.Criterion: JSONTable {
  static let blank = Rubric.Criterion(id: "", name: "", weight: 1)
  static let fields: JSONFields<Self> = [.init("id", \.id), .init("name", \.name), .init("weight", \.weight)]
}

extension SavedView: JSONValue {}

extension Board {
  enum Key: Int, JSONKeys {
    case columns, erasures, exitSettings, history, ideas, importProfiles, matchWeights, matches, name, people, rubric
    case sessions, stages, views
    static let table = KeyTable(Key.self)
  }
}
