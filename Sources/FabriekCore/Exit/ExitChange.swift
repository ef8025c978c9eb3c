/// One change to an idea's exit plan, the payload of `BoardOperation.exit`. Every change's
/// inverse is `.restore` of the plan as it was.
public enum ExitChange: Hashable, Codable, Sendable {
  /// Replaces the checklist (agreeing the criteria, from a template or typed).
  case setCriteria([ExitCriterion])
  case addCriterion(ExitCriterion)
  /// Changes the criterion at `index` (0-based): its state, evidence or text.
  case setCriterion(index: Int, ExitCriterion)
  case setTaper([TaperStep])
  /// The idea leaves: records the outcome and schedules the board's follow-ups from `day`.
  case leave(Departure)
  /// Records the earliest open follow-up (or one more, when all are recorded).
  case recordFollowUp(FollowUpRecord)
  /// Puts the whole plan back as it was.
  case restore(ExitPlan?)
}
