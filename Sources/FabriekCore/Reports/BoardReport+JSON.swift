/// An optional written as `null` when absent, not left out as the synthesised `Encodable`
/// leaves it: the report's keys are always there.
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
  var wrappedValue: Value?

  init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

  func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
  }
}

/// The report as JSON of a stable shape (README, "Reports"): stage ids, reason and kind
/// raw values, idea codes, amounts in cents. Keys are only ever added, never renamed.
extension BoardReport {
  public func coded(on board: Board, period: String?, filter: String?) -> Coded { Coded(self, board, period, filter) }

  public struct Coded: Encodable {
    struct Funnel: Encodable { var stage: String; var entered: Int; var now: Int }
    struct Time: Encodable {
      var stage: String
      @Nullable var medianDays: Double?
      @Nullable var p90Days: Double?
      var stays: Int
    }
    struct Conversion: Encodable { var from: String; var to: String; var entered: Int; var movedOn: Int; @Nullable var share: Double? }
    struct Stale: Encodable { var stage: String; var thresholdDays: Int; var ideas: [String] }
    struct Week: Encodable { var week: String; var count: Int }
    struct Named: Encodable { var name: String; var count: Int }
    struct Intake: Encodable { var total: Int; var weeks: [Week]; var byOrigin: [String: Int]; var byCampaign: [Named] }
    struct Mix: Encodable { var applicantKind: [String: Int]; var region: [String: Int]; var sdgs: [String: Int]; var valueModel: [String: Int] }
    struct Triage: Encodable {
      var decisions: Int
      var perWeek: [Week]
      var byKind: [String: Int]
      @Nullable var medianDaysToDecision: Double?
      @Nullable var p90DaysToDecision: Double?
      var scoredByTwoOrMore: Int
      @Nullable var medianSpread: Double?
      @Nullable var maxSpread: Double?
    }
    struct Mentor: Encodable {
      var person: String
      var name: String
      var active: Int
      @Nullable var capacity: Int?
      @Nullable var hoursBudget: Int?
      var hoursUsed: Double
    }
    struct Mentors: Encodable { var mentors: [Mentor]; var enrichmentWithoutMentor: [String] }
    struct Money: Encodable {
      var key: String
      var applications: Int
      var askedCents: Int64
      var grantedCents: Int64
      var refusedCents: Int64
    }
    struct Financing: Encodable { var byKind: [Money]; var byFunder: [Money]; var total: Money }
    struct Exit: Encodable { var stage: String; var ideas: Int; var withPlan: Int; var agreed: Int }
    struct Survival: Encodable { var months: Int; var recorded: Int; var operating: Int }
    struct Alumni: Encodable {
      var alumni: Int
      var leftInPeriod: [String: Int]
      var criteriaMet: Int
      var criteriaAgreed: Int
      var leftReady: Int
      var survival: [Survival]
      var jobs: Int
      var raisedCents: Int64
      var followUpsDue: Int
    }

    var from: String
    var to: String
    var period: String?
    var filter: String?
    var funnel: [Funnel]
    var conversion: [Conversion]
    var timeInStage: [Time]
    var stale: [Stale]
    var declined: [String: Int]
    var parked: Int
    var intake: Intake
    var mix: Mix
    var triage: Triage
    var mentors: Mentors
    var financing: Financing
    var exits: [Exit]
    var alumni: Alumni
    var notes: [String]

    init(_ r: BoardReport, _ board: Board, _ period: String?, _ filter: String?) {
      from = r.from.description
      to = r.to.description
      self.period = period
      self.filter = filter
      funnel = r.pipeline.stages.map { Funnel(stage: $0.stage, entered: $0.entered, now: $0.now) }
      conversion = zip(r.pipeline.stages, r.conversion).map { s, c in
        Conversion(from: c.from, to: c.to, entered: s.entered, movedOn: s.movedOn, share: c.share)
      }
      timeInStage = r.pipeline.stages.map { Time(stage: $0.stage, medianDays: $0.medianDays, p90Days: $0.p90Days, stays: $0.stays.count) }
      stale = r.stale.map { Stale(stage: $0.stage, thresholdDays: $0.threshold, ideas: $0.ideas.map(\.code)) }
      declined = Dictionary(uniqueKeysWithValues: r.pipeline.declined.map { ($0.key.rawValue, $0.value) })
      parked = r.pipeline.parked
      func weeks(_ w: [BoardReport.Week]) -> [Week] { w.map { Week(week: $0.monday.description, count: $0.count) } }
      func counts(_ c: [Count]) -> [String: Int] {
        Dictionary(c.map { ($0.key.isEmpty ? "unknown" : $0.key, $0.count) }, uniquingKeysWith: +)
      }
      intake = Intake(
        total: r.intake.total, weeks: weeks(r.intake.weeks), byOrigin: counts(r.intake.byOrigin),
        byCampaign: r.intake.byCampaign.map { Named(name: $0.key, count: $0.count) })
      mix = Mix(
        applicantKind: counts(r.mix.applicantKind), region: counts(r.mix.region), sdgs: counts(r.mix.sdgs),
        valueModel: counts(r.mix.valueModel))
      let t = r.triage
      triage = Triage(
        decisions: t.daysToDecision.count, perWeek: weeks(t.perWeek), byKind: counts(t.byKind), medianDaysToDecision: t.medianDays,
        p90DaysToDecision: t.p90Days, scoredByTwoOrMore: t.spreads.count, medianSpread: t.medianSpread, maxSpread: t.maxSpread)
      mentors = Mentors(
        mentors: r.mentors.mentors.map {
          Mentor(
            person: $0.person.code, name: $0.name, active: $0.active, capacity: $0.capacity, hoursBudget: $0.hoursBudget,
            hoursUsed: $0.hoursUsed)
        },
        enrichmentWithoutMentor: r.mentors.enrichmentWithoutMentor.map(\.code))
      func money(_ l: FinancingLine) -> Money {
        Money(key: l.key, applications: l.applications, askedCents: l.asked.cents, grantedCents: l.granted.cents, refusedCents: l.refused.cents)
      }
      financing = Financing(byKind: r.financing.byKind.map(money), byFunder: r.financing.byFunder.map(money), total: money(r.financing.total))
      exits = r.exits.map { Exit(stage: $0.stage, ideas: $0.ideas, withPlan: $0.withPlan, agreed: $0.agreed) }
      let a = r.alumni.figures
      alumni = Alumni(
        alumni: a.alumni,
        leftInPeriod: Dictionary(uniqueKeysWithValues: ExitOutcome.allCases.map { ($0.rawValue, r.alumni.leftInPeriod[$0] ?? 0) }),
        criteriaMet: a.criteriaMet, criteriaAgreed: a.criteriaAgreed, leftReady: a.leftReady,
        survival: a.survival.map { Survival(months: $0.months, recorded: $0.recorded, operating: $0.operating) },
        jobs: a.jobs, raisedCents: a.raised.cents, followUpsDue: r.alumni.followUpsDue)
      notes = ReportGroup.allCases.flatMap(\.notes)
    }
  }
}
