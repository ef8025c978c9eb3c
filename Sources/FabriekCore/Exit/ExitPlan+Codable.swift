/// An exit plan as the journal and the JSON export write it. Journals written before criteria
/// were a checklist hold them as one text: it is read one criterion per line
/// (`Migration.exitCriteria(fromText:)`).
extension ExitPlan: Codable {
  enum CodingKeys: String, CodingKey {
    case criteria, targetDate, status, outcome, taper, departure, followUps
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    if let text = try? c.decode(String.self, forKey: .criteria) {
      criteria = Migration.exitCriteria(fromText: text)
    } else {
      criteria = try c.decodeIfPresent([ExitCriterion].self, forKey: .criteria) ?? []
    }
    targetDate = try c.decodeIfPresent(Day.self, forKey: .targetDate)
    status = try c.decodeIfPresent(ExitPlanStatus.self, forKey: .status) ?? .draft
    outcome = try c.decodeIfPresent(String.self, forKey: .outcome) ?? ""
    taper = try c.decodeIfPresent([TaperStep].self, forKey: .taper) ?? []
    departure = try c.decodeIfPresent(Departure.self, forKey: .departure)
    followUps = try c.decodeIfPresent([FollowUp].self, forKey: .followUps) ?? []
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(criteria, forKey: .criteria)
    try c.encodeIfPresent(targetDate, forKey: .targetDate)
    try c.encode(status, forKey: .status)
    try c.encode(outcome, forKey: .outcome)
    try c.encode(taper, forKey: .taper)
    try c.encodeIfPresent(departure, forKey: .departure)
    try c.encode(followUps, forKey: .followUps)
  }
}
