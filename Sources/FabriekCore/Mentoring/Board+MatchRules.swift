/// The rules of brokering. A proposal is refused for a conflict (the idea's own innovators or
/// coach, someone of an innovator's organisation, someone declined before for the idea, an
/// open match of the same pair); a move only along `MatchState.allowedNext`, ending and
/// declining with a reason; a match that would take the person over their capacity (active
/// matches against `mentorCapacity`) or hours beyond their `hoursBudget` is refused unless an
/// override reason is given, which the match records (`Match.overrideReason`).
extension Board {
  /// The active matches of a person that count against their capacity: those of ideas still
  /// in the programme (on the board, not exited).
  public func activeLoad(of person: PersonID) -> Int {
    matches.reduce(0) { $0 + ($1.person == person && $1.state == .active && counts($1) ? 1 : 0) }
  }

  /// The minutes logged on all of a person's matches.
  public func minutesLogged(by person: PersonID) -> Int {
    matches.reduce(0) { $0 + ($1.person == person ? $1.minutes : 0) }
  }

  func counts(_ m: Match) -> Bool {
    guard let idea = ideas[m.idea] else { return false }
    return idea.isActive && idea.stage != Stage.exited
  }

  /// The idea and person a match names exist.
  func referenceViolations(_ m: Match) -> [RuleViolation<MatchField>] {
    var found: [RuleViolation<MatchField>] = []
    if ideas[m.idea] == nil { found.append(RuleReason.unknownIdea(m.idea).on(.idea)) }
    if people[m.person] == nil { found.append(RuleReason.unknownPerson(m.person).on(.person)) }
    if m.id.rawValue < 1 { found.append(RuleReason.match(.badID).on(.match)) }
    found += Rules.length(m.overrideReason ?? "", max: Rules.maxShortText).on(.override)
    found += Rules.length(m.endReason?.text ?? "", max: Rules.maxShortText).on(.reason)
    for e in m.hours { found += entryViolations(e) }
    return found
  }

  func entryViolations(_ e: HoursEntry) -> [RuleViolation<MatchField>] {
    var found: [RuleViolation<MatchField>] = []
    if e.minutes <= 0 || e.minutes > 24 * 60 { found.append(RuleReason.match(.hoursOutside).on(.hours)) }
    found += Rules.length(e.note, max: Rules.maxShortText).on(.note)
    return found
  }

  /// Every rule a new match breaks (an override reason on it lets capacity through).
  public func proposalViolations(_ m: Match) -> [RuleViolation<MatchField>] {
    var found = referenceViolations(m)
    guard let idea = ideas[m.idea], let person = people[m.person] else { return found }
    if m.state != .proposed || !m.transitions.isEmpty || !m.hours.isEmpty || m.endReason != nil {
      found.append(RuleReason.match(.startsProposed).on(.state))
    }
    found += conflicts(idea, person, kind: m.kind).on(.person)
    if m.kind == .mentor, Self.given(m.overrideReason) == nil, let reason = capacityReason(person, adding: 0) {
      found.append(reason.on(.person))
    }
    return found
  }

  /// Why `person` may not be matched with `idea`: one of its innovators or its coach, of an
  /// innovator's organisation, declined before for it, or matched with it already.
  public func conflicts(_ idea: Idea, _ person: Person, kind: MatchKind) -> [RuleReason] {
    var found: [RuleReason] = []
    let p = person.id
    if idea.innovators.contains(p) { found.append(.match(.isInnovator(p, idea.id))) }
    if idea.coach == p { found.append(.match(.isCoach(p, idea.id))) }
    let organisation = MentorMatching.fold(person.organisation)
    if !organisation.isEmpty,
      let innovator = idea.innovators.compactMap({ people[$0] }).first(where: {
        MentorMatching.fold($0.organisation) == organisation
      })
    {
      found.append(.match(.sameOrganisation(p, innovator.id, person.organisation)))
    }
    for m in matches where m.idea == idea.id && m.person == p && m.kind == kind {
      if m.state == .declined { found.append(.match(.declinedBefore(m.id))) }
      if m.isOpen { found.append(.match(.openAlready(m.id, m.state))) }
    }
    return found
  }

  /// Whether one more active match would take `person` over their capacity.
  func capacityReason(_ person: Person, adding: Int) -> RuleReason? {
    guard let capacity = person.mentorCapacity else { return nil }
    let active = activeLoad(of: person.id)
    return active + adding >= capacity ? .match(.overCapacity(person.id, active: active, capacity: capacity)) : nil
  }

  /// Every rule moving the match to `state` breaks.
  public func moveViolations(_ id: MatchID, _ state: MatchState, reason: MatchEndReason?, override: String?)
    -> [RuleViolation<MatchField>]
  {
    guard let m = match(id) else { return [RuleReason.match(.unknownMatch(id)).on(.match)] }
    var found: [RuleViolation<MatchField>] = []
    if !m.state.allowedNext.contains(state) {
      found.append(RuleReason.match(.cannotMove(id, from: m.state, to: state)).on(.state))
    }
    if state.needsReason && reason == nil { found.append(RuleReason.match(.needsReason(state)).on(.reason)) }
    found += Rules.length(reason?.text ?? "", max: Rules.maxShortText).on(.reason)
    found += Rules.length(override ?? "", max: Rules.maxShortText).on(.override)
    if state == .active, m.kind == .mentor, Self.given(override) == nil, Self.given(m.overrideReason) == nil,
      let person = people[m.person], counts(m), let over = capacityReason(person, adding: 0)
    {
      found.append(over.on(.person))
    }
    return found
  }

  /// Every rule logging `entry` on the match breaks.
  public func hoursViolations(_ id: MatchID, _ entry: HoursEntry, override: String?) -> [RuleViolation<MatchField>] {
    guard let m = match(id) else { return [RuleReason.match(.unknownMatch(id)).on(.match)] }
    var found = entryViolations(entry)
    found += Rules.length(override ?? "", max: Rules.maxShortText).on(.override)
    if m.state == .proposed || m.state == .declined { found.append(RuleReason.match(.noHoursWhen(m.state)).on(.hours)) }
    if Self.given(override) == nil, Self.given(m.overrideReason) == nil, let person = people[m.person],
      let budget = person.hoursBudget
    {
      let used = minutesLogged(by: person.id)
      if used + entry.minutes > budget * 60 {
        found.append(RuleReason.match(.overBudget(person.id, usedMinutes: used, adding: entry.minutes, budget: budget)).on(.hours))
      }
    }
    return found
  }

  func weightViolations(_ w: MatchWeights) -> [RuleViolation<MatchField>] {
    let all = [w.expertise, w.language, w.capacity, w.hours, w.outcomes, w.region]
    if all.contains(where: { !$0.isFinite || $0 < 0 || $0 > 1_000 }) || w.themesCounted < 0 || w.themesCounted > 100 {
      return [RuleReason.match(.weightsOutside).on(.weights)]
    }
    return []
  }
}

/// The parts of a match the rules name.
public enum MatchField: RuleField {
  case match, idea, person, state, reason, hours, note, override, weights

  public var name: String { tr("match.field." + String(describing: self)) }
}

/// Why a rule of brokering refuses a change (`RuleReason.match`).
public enum MatchRule: Hashable, Sendable {
  case badID
  case unknownMatch(MatchID)
  case startsProposed
  case isInnovator(PersonID, IdeaID)
  case isCoach(PersonID, IdeaID)
  case sameOrganisation(PersonID, PersonID, String)
  case declinedBefore(MatchID)
  case openAlready(MatchID, MatchState)
  case overCapacity(PersonID, active: Int, capacity: Int)
  case overBudget(PersonID, usedMinutes: Int, adding: Int, budget: Int)
  case cannotMove(MatchID, from: MatchState, to: MatchState)
  case needsReason(MatchState)
  case noHoursWhen(MatchState)
  case hoursOutside
  case weightsOutside

  /// Capacity and budget may be broken on purpose, with a reason; the other rules may not.
  /// How the reason to go over a capacity or budget is given, where the sentence is read: the
  /// command line binds `.commandLine` (its `--override-reason`); a screen asks in its prompt.
  @TaskLocal public static var isCommandLine = false
  static var how: String { isCommandLine ? tr("match.rule.howCommandLine") : "" }

  public var canBeOverridden: Bool {
    switch self {
    case .overCapacity, .overBudget: true
    default: false
    }
  }

  public var text: String {
    func hours(_ minutes: Int) -> String { CoreText.hours(minutes) }
    switch self {
    case .badID: return tr("match.rule.badID")
    case .unknownMatch(let id): return tr("match.rule.unknown", ["code": id.code])
    case .startsProposed: return tr("match.rule.startsProposed")
    case .isInnovator(let p, let i): return tr("match.rule.isInnovator", ["person": p.code, "code": i.code])
    case .isCoach(let p, let i): return tr("match.rule.isCoach", ["person": p.code, "code": i.code])
    case .sameOrganisation(let p, let innovator, let org):
      return tr("match.rule.sameOrganisation", ["person": p.code, "innovator": innovator.code, "organisation": org])
    case .declinedBefore(let id): return tr("match.rule.declinedBefore", ["match": id.code])
    case .openAlready(let id, let state): return tr("match.rule.openAlready", ["match": id.code, "state": state.label])
    case .overCapacity(let p, let active, let capacity):
      return tr("match.rule.overCapacity", ["person": p.code, "active": active, "capacity": capacity, "how": Self.how])
    case .overBudget(let p, let used, let adding, let budget):
      return tr(
        "match.rule.overBudget",
        ["person": p.code, "used": hours(used), "adding": hours(adding), "budget": CoreText.number(budget), "how": Self.how])
    case .cannotMove(let id, let from, let to):
      let next = from.allowedNext.map(\.label).joined(separator: ", ")
      return next.isEmpty
        ? tr("match.rule.final", ["match": id.code, "state": from.label])
        : tr("match.rule.cannotMove", ["match": id.code, "from": from.label, "to": to.label, "allowed": next])
    case .needsReason(let state): return tr("match.rule.needsReason", ["state": state.label])
    case .noHoursWhen(let state): return tr("match.rule.noHoursWhen", ["state": state.label])
    case .hoursOutside: return tr("match.rule.hoursOutside")
    case .weightsOutside: return tr("match.rule.weightsOutside")
    }
  }
}
