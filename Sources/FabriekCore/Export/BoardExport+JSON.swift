import Foundation

/// JSON for tools: every field of every idea in scope (absent values as `null`), people by id
/// with a `people` section holding everyone the ideas name, the board's stages and rubric. Keys
/// are sorted and ideas come in board order, so the same board always gives the same text.
/// Every character of `UnsafeCharacters` is escaped as `\uXXXX` (a ZWJ inside an emoji sequence
/// too: a JSON reader gets the same string back), so that the text is safe in a terminal.
extension BoardExport {
  struct Document: Encodable {
    var board: String
    var scope: String
    var stages: [Stage]
    var rubric: Rubric
    var ideas: [IdeaRecord]
    var people: [PersonRecord]
    var personalData: Bool
  }

  public func json() -> String {
    let list = ideas
    var ids = Set<PersonID>()
    for i in list { for (p, _) in i.people { ids.insert(p) } }
    let doc = Document(
      board: board.name, scope: scopeName, stages: board.stages, rubric: board.rubric,
      ideas: list.map { IdeaRecord(idea: $0, stageName: stageName($0)) },
      people: ids.sorted().compactMap { board.person($0).map(PersonRecord.init) }, personalData: personalData)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(doc) else { return "{}\n" }
    return UnsafeCharacters.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n"
  }

  var scopeName: String {
    switch scope {
    case .all: "all"
    case .stage(let id): "stage:" + id
    case .declined: "declined"
    case .parked: "parked"
    case .matching(let query, _): "filter:" + query
    }
  }
}

/// An idea with every field written, `null` when absent, plus its code and stage name.
struct IdeaRecord: Encodable {
  var idea: Idea
  var stageName: String

  enum Key: String, CodingKey {
    case id, code, title, pitch, description, applicantKind, innovators, coach, mentors, origin, region, tags, sdgs
    case valueModel, stage, stageName, enteredStage, created, outcome, scores, decision, enrichment, readiness
    case theoryOfChange, indicators, financing, exitPlan, notes
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    let i = idea
    try c.encode(i.id, forKey: .id)
    try c.encode(i.code, forKey: .code)
    try c.encode(i.title, forKey: .title)
    try c.encode(i.pitch, forKey: .pitch)
    try c.encode(i.description, forKey: .description)
    try c.encode(i.applicantKind, forKey: .applicantKind)
    try c.encode(i.innovators, forKey: .innovators)
    try c.encode(i.coach, forKey: .coach)
    try c.encode(i.mentors, forKey: .mentors)
    try c.encode(i.origin, forKey: .origin)
    try c.encode(i.region, forKey: .region)
    try c.encode(i.tags, forKey: .tags)
    try c.encode(i.sdgs, forKey: .sdgs)
    try c.encode(i.valueModel, forKey: .valueModel)
    try c.encode(i.stage, forKey: .stage)
    try c.encode(stageName, forKey: .stageName)
    try c.encode(i.enteredStage, forKey: .enteredStage)
    try c.encode(i.created, forKey: .created)
    try c.encode(i.outcome, forKey: .outcome)
    try c.encode(i.scores, forKey: .scores)
    try c.encode(i.decision, forKey: .decision)
    try c.encode(i.enrichment, forKey: .enrichment)
    try c.encode(i.readiness, forKey: .readiness)
    try c.encode(i.theoryOfChange, forKey: .theoryOfChange)
    try c.encode(i.indicators, forKey: .indicators)
    try c.encode(i.financing, forKey: .financing)
    try c.encode(i.exitPlan, forKey: .exitPlan)
    try c.encode(i.notes, forKey: .notes)
  }
}

/// A person with every field written, `null` when absent, plus their code.
struct PersonRecord: Encodable {
  var person: Person

  enum Key: String, CodingKey {
    case id, code, givenName, familyName, email, phone, organisation, roles, expertise, languages, mentorCapacity
    case hoursBudget, consentDate, consentPurpose, retentionDate, showFullName
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    let p = person
    try c.encode(p.id, forKey: .id)
    try c.encode(p.id.code, forKey: .code)
    try c.encode(p.givenName, forKey: .givenName)
    try c.encode(p.familyName, forKey: .familyName)
    try c.encode(p.email, forKey: .email)
    try c.encode(p.phone, forKey: .phone)
    try c.encode(p.organisation, forKey: .organisation)
    try c.encode(p.roles, forKey: .roles)
    try c.encode(p.expertise, forKey: .expertise)
    try c.encode(p.languages, forKey: .languages)
    try c.encode(p.mentorCapacity, forKey: .mentorCapacity)
    try c.encode(p.hoursBudget, forKey: .hoursBudget)
    try c.encode(p.consentDate, forKey: .consentDate)
    try c.encode(p.consentPurpose, forKey: .consentPurpose)
    try c.encode(p.retentionDate, forKey: .retentionDate)
    try c.encode(p.showFullName, forKey: .showFullName)
  }
}
