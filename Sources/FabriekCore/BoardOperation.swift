/// Every change to a board is one of these values: it is what gets validated, applied,
/// journalled, inverted for undo and summarised in history.
public indirect enum BoardOperation: Hashable, Codable, Sendable {
  case addIdea(Idea)
  case removeIdea(IdeaID)
  case editIdea(IdeaID, [IdeaEdit])
  /// Moves an active idea to a stage (or within one) at `index` (the end when nil).
  case moveIdea(IdeaID, stage: String, index: Int?, enteredAt: Timestamp)
  case reorderIdea(IdeaID, index: Int)
  case addNote(IdeaID, Note)
  case removeNote(IdeaID, noteID: LocalID)
  /// Sets one reviewer's rubric scores; `nil` clears them.
  case score(IdeaID, reviewer: String, scores: [String: Int]?)
  case decide(IdeaID, Decision)
  /// Puts an idea's triage state back exactly: the inverse of `decide` and `reopen`.
  case restoreTriage(IdeaID, TriageState)
  /// Brings a declined or parked idea back onto the board.
  case reopen(IdeaID, stage: String, at: Timestamp)
  case linkPerson(IdeaID, PersonID, IdeaRole)
  case unlinkPerson(IdeaID, PersonID, IdeaRole)
  case addPerson(Person)
  case removePerson(PersonID)
  case editPerson(Person)
  case addSession(Session)
  case removeSession(SessionID)
  case editSession(Session)
  /// Adds (or, negative, takes away) dots for an idea in a session.
  case vote(SessionID, IdeaID, participant: PersonID?, dots: Int)
  case setStages([Stage])
  case setRubric(Rubric)
  case renameBoard(String)
  /// Saves an import profile under a name, or (nil) removes the one with that name.
  case setImportProfile(name: String, ImportProfile?)
  /// Erases a person's personal data from the board and records that it was done; cannot
  /// be undone (`Privacy/PersonErasure.swift`).
  case erasePerson(PersonErasure)
  /// Saves a filter under a name for the whole team, or (nil) removes the view with that name
  /// (`Board+Views.swift`).
  case setView(name: String, query: String?)
  /// Proposes a mentor or partner match (`Mentoring/Board+Matches.swift`); refused when it
  /// breaks a rule (`Mentoring/Board+MatchRules.swift`) unless it carries an override reason.
  case proposeMatch(Match)
  /// Takes a match away: the inverse of proposing it.
  case removeMatch(MatchID)
  /// Puts a match back exactly as given, adding it when it is not there: the inverse of the
  /// changes below; only its references are checked.
  case restoreMatch(Match)
  /// Moves a match to another state (`MatchState.allowedNext`); ending and declining need a
  /// reason; `override` says why a capacity rule is broken on purpose.
  case moveMatch(MatchID, MatchTransition, reason: MatchEndReason?, override: String?)
  /// Logs time on a match (an entry with id 0 takes the next free id); `override` says why the
  /// person's hours budget is exceeded on purpose.
  case logHours(MatchID, HoursEntry, override: String?)
  case removeHours(MatchID, entry: LocalID)
  /// Sets the board's suggestion weights, or (nil) goes back to the defaults.
  case setMatchWeights(MatchWeights?)
  /// Several operations applied as one: all or nothing, one undo step.
  case batch([BoardOperation])
  /// Changes an idea's exit plan: its checklist, taper, departure or follow-ups (`Board+Exit.swift`).
  case exit(IdeaID, ExitChange)
  /// Sets the board's exit criteria templates and follow-up schedule.
  case setExitSettings(ExitSettings)
}

/// One field of an idea set to a new value.
public enum IdeaEdit: Hashable, Codable, Sendable {
  case title(String)
  case pitch(String)
  case description(String)
  case applicantKind(ApplicantKind?)
  case innovators([PersonID])
  case coach(PersonID?)
  case mentors([PersonID])
  case origin(Origin?)
  case region(Region?)
  case tags([String])
  case sdgs([Int])
  case valueModel(ValueModel?)
  case enrichment([EnrichmentModule])
  case readiness(Int?)
  case theoryOfChange(String)
  case indicators([Indicator])
  case financing([FinancingApplication])
  case exitPlan(ExitPlan?)
}

/// Everything a triage decision touches, so that it can be put back exactly.
public struct TriageState: Hashable, Codable, Sendable {
  public var stage: String
  public var enteredStage: Timestamp
  public var outcome: Outcome?
  public var decision: Decision?
  /// Position in the column when the idea was active.
  public var index: Int?
}

/// An operation with who made it, when and why: what the journal records.
public struct Change: Hashable, Codable, Sendable {
  public var op: BoardOperation
  public var author: String
  public var at: Timestamp
  public var why: String?
  public init(_ op: BoardOperation, by author: String, at: Timestamp = .now(), why: String? = nil) {
    self.op = op; self.author = author; self.at = at; self.why = why
  }
}
