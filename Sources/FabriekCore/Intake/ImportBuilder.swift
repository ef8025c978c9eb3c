/// Turns checked rows into people and ideas for one board, in file order: matches innovators
/// to people by e-mail (the board's first, then those the file adds), spots duplicates, and
/// hands out the board's next ids.
struct ImportBuilder {
  enum Outcome {
    case imported(ImportPlan.Imported, [RowNotice])
    case duplicate(ImportPlan.Duplicate)
  }

  let board: Board
  let options: ImportOptions
  let stage: String
  private(set) var newPeople: [Person] = []
  private(set) var existingPeople: [PersonID] = []
  private(set) var ideas: [Idea] = []
  /// Everything the file says about each e-mail address, merged.
  private var mentions: [String: ImportMention] = [:]
  private var boardPeople: [String: PersonID] = [:]
  private var filePeople: [String: PersonID] = [:]
  private var seenExisting = Set<PersonID>()
  /// Ideas by an innovator's e-mail, on the board and imported so far.
  private var boardIdeas: [String: [(IdeaID, TitleSimilarity)]] = [:]
  private var fileIdeas: [String: [(Int, String, TitleSimilarity)]] = [:]

  init(board: Board, options: ImportOptions) {
    self.board = board
    self.options = options
    stage = board.stage(Stage.incoming)?.id ?? board.stages.first?.id ?? Stage.incoming
  }

  /// Reads what all rows say about their people before any is created, and indexes the
  /// board's people and ideas by the e-mail addresses the file uses.
  mutating func learn(_ drafts: [ImportDraft]) {
    for d in drafts {
      for m in d.people where !m.email.isEmpty {
        mentions[m.key] = mentions[m.key].map { $0.merged(with: m) } ?? m
      }
    }
    var keyOf: [PersonID: String] = [:]
    for p in board.people.values where !p.email.isEmpty {
      let key = p.email.lowercased()
      guard mentions[key] != nil else { continue }
      keyOf[p.id] = key
      if let known = boardPeople[key], known < p.id { continue }
      boardPeople[key] = p.id
    }
    guard !keyOf.isEmpty else { return }
    for idea in board.ideas.values {
      for key in Set(idea.innovators.compactMap({ keyOf[$0] })) {
        boardIdeas[key, default: []].append((idea.id, TitleSimilarity(idea.title)))
      }
    }
    boardIdeas = boardIdeas.mapValues { $0.sorted { $0.0 < $1.0 } }
  }

  mutating func add(_ draft: ImportDraft) -> Outcome {
    var d = draft
    let key = d.innovator?.key ?? ""
    let similarity = TitleSimilarity(d.title)
    if !key.isEmpty, let original = duplicate(of: similarity, key: key) {
      return .duplicate(.init(line: d.line, title: d.title, email: d.innovator?.email ?? "", original: original))
    }
    var found: [Found] = []
    for (k, m) in d.people.enumerated() {
      switch resolve(m) {
      case .success(let f):
        found.append(f)
        if case .new(let p) = f, !m.email.isEmpty, (mentions[m.key] ?? m).name == nil {
          d.notices.append(.namedFromEmail(email: m.email, name: p.fullName))
        }
      case .failure(let notice):
        d.notices.append(notice)
        if k == 0 { d.noteEntries += d.personEntries } else { d.noteEntries.append("Co-innovator: " + m.described) }
      }
    }
    var innovators: [PersonID] = []
    for f in found {
      let id: PersonID
      switch f {
      case .board(let existing):
        id = existing
        if seenExisting.insert(id).inserted { existingPeople.append(id) }
      case .file(let known): id = known
      case .new(var p):
        if let known = filePeople[p.email.lowercased()], !p.email.isEmpty {
          id = known
        } else {
          id = PersonID(board.nextPerson + newPeople.count)
          p.id = id
          newPeople.append(p)
          if !p.email.isEmpty { filePeople[p.email.lowercased()] = id }
        }
      }
      if !innovators.contains(id) { innovators.append(id) }
    }
    let idea = makeIdea(d, innovators: innovators)
    ideas.append(idea)
    if !key.isEmpty { fileIdeas[key, default: []].append((d.line, d.title, similarity)) }
    return .imported(.init(line: d.line, idea: idea.id, title: idea.title, innovators: innovators), d.notices)
  }

  /// An idea on the board, or an earlier row, with the same innovator e-mail and a near-identical title.
  private func duplicate(of similarity: TitleSimilarity, key: String) -> ImportPlan.Original? {
    if let (id, _) = boardIdeas[key]?.first(where: { $0.1.isNearIdentical(to: similarity) }) {
      return .idea(id, title: board.idea(id)?.title ?? "")
    }
    if let (line, title, _) = fileIdeas[key]?.first(where: { $0.2.isNearIdentical(to: similarity) }) {
      return .row(line: line, title: title)
    }
    return nil
  }

  private func makeIdea(_ d: ImportDraft, innovators: [PersonID]) -> Idea {
    let created = d.created ?? options.now
    var idea = Idea(
      id: IdeaID(board.nextIdea + ideas.count), title: d.title, stage: stage, created: created, pitch: d.pitch,
      description: d.description, tags: d.tags)
    idea.applicantKind = d.applicantKind
    idea.region = d.region
    idea.origin = d.origin
    idea.innovators = innovators
    idea.notes = Self.notes(d.noteEntries).enumerated().map { k, text in
      Note(id: k + 1, at: created, author: options.author, text: text)
    }
    return idea
  }

  private enum Found {
    case board(PersonID)
    case file(PersonID)
    /// A person to add, its id not yet given.
    case new(Person)
  }

  /// The entries of the note, one note while they fit a note's length, more after that.
  static func notes(_ entries: [String]) -> [String] {
    var notes: [String] = []
    var current = ""
    for e in entries {
      var entry = e
      while entry.count > Rules.maxLongText {
        if !current.isEmpty { notes.append(current) }
        current = ""
        notes.append(String(entry.prefix(Rules.maxLongText)))
        entry = String(entry.dropFirst(Rules.maxLongText))
      }
      if !current.isEmpty, current.count + 1 + entry.count > Rules.maxLongText {
        notes.append(current)
        current = ""
      }
      current += (current.isEmpty ? "" : "\n") + entry
    }
    if !current.isEmpty { notes.append(current) }
    return notes
  }

  /// The person a mention names: on the board, added earlier in this import, or new (checked
  /// against the rules for people, but not yet added). A new person with an e-mail address
  /// but no name anywhere in the file is named after the address.
  private func resolve(_ m: ImportMention) -> Result<Found, RowNotice> {
    if !m.email.isEmpty {
      if let id = boardPeople[m.key] { return .success(.board(id)) }
      if let id = filePeople[m.key] { return .success(.file(id)) }
    }
    let merged = m.email.isEmpty ? m : mentions[m.key] ?? m
    guard let name = merged.name ?? PersonName(email: m.email) else { return .failure(.nobodyToName) }
    var p = Person(id: PersonID(0), givenName: name.given, familyName: name.family, email: m.email, roles: [.innovator])
    p.phone = merged.phone
    p.organisation = merged.organisation
    do throws(BoardError) {
      try Rules.person(p).throwFirst()
    } catch {
      return .failure(.refused(.name, error.message))
    }
    return .success(.new(p))
  }
}
