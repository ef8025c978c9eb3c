import XCTest

@testable import FabriekCore

/// Every figure of the report on a board whose every change is dated by hand, each expected
/// figure worked out in the comments. The period is Monday 5 January to Sunday 1 February
/// 2026: four whole weeks. Every change happens at 09:00.
final class BoardReportTests: XCTestCase {
  static func at(_ iso: String) -> Timestamp {
    Timestamp(seconds: Int64(Day(iso: iso)?.daysSinceEpoch ?? 0) * 86_400 + 9 * 3_600)
  }
  static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }
  static let from = day("2026-01-05")
  static let to = day("2026-02-01")

  static func board() throws -> Board {
    var b = Board(name: "Rapport")
    func apply(_ op: BoardOperation, _ iso: String) throws { try b.apply(op, by: "t", at: at(iso)) }
    func idea(_ n: Int, _ title: String, _ iso: String, stage: String = Stage.incoming, _ shape: (inout Idea) -> Void) throws {
      var i = Idea(id: IdeaID(n), title: title, stage: stage, created: at(iso))
      shape(&i)
      try apply(.addIdea(i), iso)
    }
    func app(_ n: Int, _ kind: FinancingKind, _ funder: String, _ cents: Int64, granted: Int64? = nil,
             _ status: FinancingStatus, submitted: String? = nil, decided: String? = nil) -> FinancingApplication {
      FinancingApplication(
        id: LocalID(n), kind: kind, funder: funder, asked: Euro(cents: cents), granted: granted.map(Euro.init(cents:)),
        status: status, submitted: submitted.map(day), decided: decided.map(day))
    }
    var sofie = Person(id: PersonID(1), givenName: "Sofie", familyName: "Peeters", roles: [.mentor])
    sofie.mentorCapacity = 2
    sofie.hoursBudget = 40
    var jan = Person(id: PersonID(2), givenName: "Jan", familyName: "Janssens", roles: [.mentor])
    jan.mentorCapacity = 3
    try apply(.addPerson(sofie), "2025-01-01")
    try apply(.addPerson(jan), "2025-01-01")

    // 6: in Realisation since 1 May 2025, an agreed exit plan: stale (276 days ≥ 180).
    try idea(6, "Realisatie", "2025-05-01", stage: Stage.realisation) {
      $0.exitPlan = ExitPlan(criteria: "zelfstandig", status: .agreed)
      $0.financing = [app(1, .feasibilityStudy, "Koning Boudewijnstichting", 749_975, .submitted, submitted: "2026-01-20")]
    }
    // 5: in Enrichment since 1 September 2025, no mentor, a draft exit plan: stale (153 ≥ 90);
    //    its pilot was submitted before the period.
    try idea(5, "Oud project", "2025-09-01", stage: Stage.enrichment) {
      $0.exitPlan = ExitPlan(criteria: "later")
      $0.financing = [app(1, .pilot, "VLAIO", 2_000_000, .submitted, submitted: "2025-12-01")]
    }
    // 7: in Incoming since 1 November 2025: stale (92 ≥ 14).
    try idea(7, "Vergeten", "2025-11-01") {
      $0.applicantKind = .publicBody
      $0.region = .limburg
    }
    // 1: came in on 20 December, accepted on 7 January, to Enrichment on 14 January and back
    //    to Idea generation on 21 January; mentored by Sofie; a feasibility study granted.
    try idea(1, "Repair café", "2025-12-20") {
      $0.applicantKind = .individual
      $0.region = .antwerp
      $0.origin = Origin(kind: .ideaCampaign, name: "Oproep 2026")
      $0.mentors = [PersonID(1)]
      $0.financing = [
        app(1, .feasibilityStudy, "VLAIO", 1_250_050, granted: 1_000_025, .granted, submitted: "2026-01-10", decided: "2026-01-25")
      ]
    }
    try apply(.decide(IdeaID(1), Decision(kind: .accept(stage: Stage.ideaGeneration), by: "t", at: at("2026-01-07"))), "2026-01-07")
    try apply(.moveIdea(IdeaID(1), stage: Stage.enrichment, index: nil, enteredAt: at("2026-01-14")), "2026-01-14")
    try apply(.moveIdea(IdeaID(1), stage: Stage.ideaGeneration, index: nil, enteredAt: at("2026-01-21")), "2026-01-21")
    // 2: came in on 6 January (week 1), two reviewers 4.0 and 3.4 (spread 0.6), declined out of
    //    scope on 9 January: entered and left within the period. Jan was its mentor.
    try idea(2, "Taalcafé", "2026-01-06") {
      $0.applicantKind = .civilSociety
      $0.region = .brussels
      $0.sdgs = [4]
      $0.valueModel = .financialAndSocial
      $0.origin = Origin(kind: .ideaCampaign, name: "oproep 2026")
      $0.mentors = [PersonID(2)]
      $0.scores = [
        "a": ["impact": 4, "innovativeness": 4, "feasibility": 4, "team": 4, "sustainability": 4],
        "b": ["impact": 2, "innovativeness": 4, "feasibility": 4, "team": 4, "sustainability": 4],
      ]
    }
    try apply(
      .decide(IdeaID(2), Decision(kind: .decline(reason: .outOfScope, text: "nee"), by: "t", at: at("2026-01-09"))), "2026-01-09")
    // 3: came in on 13 January (week 2), reviewers 3.0 and 5.0 (spread 2.0), parked on 15
    //    January, reopened into Incoming on 20 January.
    try idea(3, "Buurtkeuken", "2026-01-13") {
      $0.applicantKind = .socialEnterprise
      $0.sdgs = [1, 11]
      $0.origin = Origin(kind: .website)
      $0.scores = [
        "a": ["impact": 3, "innovativeness": 3, "feasibility": 3, "team": 3, "sustainability": 3],
        "b": ["impact": 5, "innovativeness": 5, "feasibility": 5, "team": 5, "sustainability": 5],
      ]
    }
    try apply(.decide(IdeaID(3), Decision(kind: .park(revisit: day("2026-06-01")), by: "t", at: at("2026-01-15"))), "2026-01-15")
    try apply(.reopen(IdeaID(3), stage: Stage.incoming, at: at("2026-01-20")), "2026-01-20")
    // 4: came in on 27 January (week 4); its pilot was refused on 30 January; a draft never counts.
    try idea(4, "Deelfiets", "2026-01-27") {
      $0.applicantKind = .company
      $0.region = .antwerp
      $0.financing = [
        app(1, .pilot, "VLAIO ", 5_000_000, .rejected, decided: "2026-01-30"), app(2, .pilot, "VLAIO", 100_000, .draft),
      ]
    }
    return b
  }

  func report(only: Set<IdeaID>? = nil) throws -> BoardReport {
    BoardReport(board: try Self.board(), from: Self.from, to: Self.to, only: only)
  }

  func testTheFunnelAndItsConversion() throws {
    let r = try report()
    // Entered in the period: Incoming 2, 3 (13 and 20 January, once), 4; Idea generation and
    // Enrichment 1 (Idea generation twice, counted once).
    XCTAssertEqual(r.pipeline.stages.map(\.entered), [3, 1, 1, 0, 0])
    // At the end: Incoming 3, 4, 7; Idea generation 1; Enrichment 5; Realisation 6.
    XCTAssertEqual(r.pipeline.stages.map(\.now), [3, 1, 1, 1, 0])
    // Moved on within the period: none of Incoming's 2, 3, 4 (1 entered it before); 1 from
    // Idea generation to Enrichment; not 1 from Enrichment (it went back).
    XCTAssertEqual(r.pipeline.stages.map(\.movedOn), [0, 1, 0, 0, 0])
    XCTAssertEqual(r.conversion.map(\.share), [0, 1, 0, nil])
    XCTAssertEqual(r.pipeline.declined, [.outOfScope: 1])
    XCTAssertEqual(r.pipeline.parked, 1)
  }

  func testTimeInStageAndTheStaleIdeas() throws {
    let r = try report()
    let stays = r.pipeline.stages.map(\.stays)
    // Incoming: 1 (20 Dec → 7 Jan) 18, 2 (6 → 9 Jan) 3, 3 (13 → 15) 2 and (20 Jan → the end)
    // 12, 4 (27 Jan → the end) 5, 7 (1 Nov → the end) 92.
    XCTAssertEqual(stays[0], [2, 3, 5, 12, 18, 92])
    XCTAssertEqual(r.pipeline.stages[0].medianDays, 8.5)
    XCTAssertEqual(r.pipeline.stages[0].p90Days, 92)
    // Idea generation: 1 (7 → 14 Jan) 7 and (21 Jan → the end) 11.
    XCTAssertEqual(stays[1], [7, 11])
    XCTAssertEqual(r.pipeline.stages[1].medianDays, 9)
    XCTAssertEqual(r.pipeline.stages[1].p90Days, 11)
    // Enrichment: 1 (14 → 21 Jan) 7, 5 (1 Sep → the end) 153. Realisation: 6, 276.
    XCTAssertEqual(stays[2], [7, 153])
    XCTAssertEqual(r.pipeline.stages[2].medianDays, 80)
    XCTAssertEqual(stays[3], [276])
    XCTAssertNil(r.pipeline.stages[4].medianDays)
    XCTAssertEqual(r.stale.map(\.stage), [Stage.incoming, Stage.ideaGeneration, Stage.enrichment, Stage.realisation])
    XCTAssertEqual(r.stale.map(\.threshold), [14, 60, 90, 180])
    XCTAssertEqual(r.stale.map(\.ideas), [[IdeaID(7)], [], [IdeaID(5)], [IdeaID(6)]])
  }

  func testIntakePerWeekOriginAndCampaign() throws {
    let r = try report()
    XCTAssertEqual(r.intake.weeks.map(\.monday), ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"].map(Self.day))
    XCTAssertEqual(r.intake.weeks.map(\.count), [1, 1, 0, 1])
    XCTAssertEqual(r.intake.total, 3)
    let origins = Dictionary(uniqueKeysWithValues: r.intake.byOrigin.map { ($0.key, $0.count) })
    XCTAssertEqual(origins, ["idea-campaign": 1, "website": 1, "": 1, "vision-session": 0, "networking": 0, "competition": 0, "referral": 0, "walk-in": 0])
    // The campaign is written two ways (“Oproep 2026”, “oproep 2026”): one campaign; 1 came in
    // before the period.
    XCTAssertEqual(r.intake.byCampaign.map(\.key), ["oproep 2026", ""])
    XCTAssertEqual(r.intake.byCampaign.map(\.count), [1, 2])
  }

  func testTheMixOfWhatCameIn() throws {
    let r = try report()
    func counts(_ c: [BoardReport.Count]) -> [String: Int] { Dictionary(uniqueKeysWithValues: c.map { ($0.key, $0.count) }) }
    XCTAssertEqual(
      counts(r.mix.applicantKind),
      ["individual": 0, "civil-society": 1, "social-enterprise": 1, "company": 1, "public-body": 0, "": 0])
    XCTAssertEqual(counts(r.mix.region).filter { $0.value > 0 }, ["brussels": 1, "antwerp": 1, "": 1])
    // 3 names SDG 11 twice: it counts once.
    XCTAssertEqual(counts(r.mix.sdgs).filter { $0.value > 0 }, ["1": 1, "4": 1, "11": 1])
    XCTAssertEqual(r.mix.sdgs.count, 17)
    XCTAssertEqual(counts(r.mix.valueModel), ["financial-and-social": 1, "social-only": 0, "": 2])
  }

  func testTriageDecisionsTimesAndReviewerAgreement() throws {
    let t = try report().triage
    // Accept (7 Jan) and decline (9 Jan) in week 1, park (15 Jan) in week 2; the park stays the
    // idea's decision after its reopening.
    XCTAssertEqual(t.perWeek.map(\.count), [2, 1, 0, 0])
    XCTAssertEqual(t.byKind.map(\.count), [1, 1, 1, 0])
    // 1: 20 Dec → 7 Jan 18 days, 2: 3, 3: 2.
    XCTAssertEqual(t.daysToDecision, [2, 3, 18])
    XCTAssertEqual(t.medianDays, 3)
    XCTAssertEqual(t.p90Days, 18)
    // 2: 4.0 − (2×3 + 4×2 + 4×2 + 4×2 + 4×1) / 10 = 0.6; 3: 5.0 − 3.0 = 2.0.
    XCTAssertEqual(t.spreads.count, 2)
    XCTAssertEqual(t.spreads[0], 0.6, accuracy: 1e-9)
    XCTAssertEqual(t.spreads[1], 2.0, accuracy: 1e-9)
    XCTAssertEqual(t.medianSpread ?? 0, 1.3, accuracy: 1e-9)
    XCTAssertEqual(t.maxSpread ?? 0, 2.0, accuracy: 1e-9)
  }

  func testMentorsAgainstCapacityAndEnrichmentWithoutAMentor() throws {
    let m = try report().mentors
    // Jan mentors only the declined 2: no active match.
    XCTAssertEqual(m.mentors.map(\.name), ["Jan Janssens", "Sofie Peeters"])
    XCTAssertEqual(m.mentors.map(\.active), [0, 1])
    XCTAssertEqual(m.mentors.map(\.capacity), [3, 2])
    XCTAssertEqual(m.mentors.map(\.hoursBudget), [nil, 40])
    XCTAssertEqual(m.enrichmentWithoutMentor, [IdeaID(5)])
  }

  func testFinancingToTheCentPerKindAndFunder() throws {
    let f = try report().financing
    // Feasibility: 1 (€ 12.500,50 asked, € 10.000,25 granted) and 6 (€ 7.499,75 pending);
    // pilot: 4 refused (€ 50.000,00); 5's pilot was submitted before the period, 4's draft never counts.
    XCTAssertEqual(f.byKind.map(\.key), ["feasibility-study", "pilot"])
    XCTAssertEqual(f.byKind.map(\.applications), [2, 1])
    XCTAssertEqual(f.byKind.map(\.asked), [Euro(cents: 2_000_025), Euro(cents: 5_000_000)])
    XCTAssertEqual(f.byKind.map(\.granted), [Euro(cents: 1_000_025), .zero])
    XCTAssertEqual(f.byKind.map(\.refused), [.zero, Euro(cents: 5_000_000)])
    XCTAssertEqual(f.total.asked, Euro(cents: 7_000_025))
    XCTAssertEqual(f.total.granted, Euro(cents: 1_000_025))
    XCTAssertEqual(f.total.refused, Euro(cents: 5_000_000))
    // “VLAIO ” with a trailing space is VLAIO.
    XCTAssertEqual(f.byFunder.map(\.key), ["Koning Boudewijnstichting", "VLAIO"])
    XCTAssertEqual(f.byFunder.map(\.applications), [1, 2])
    XCTAssertEqual(f.byFunder.map(\.asked), [Euro(cents: 749_975), Euro(cents: 6_250_050)])
    XCTAssertEqual(f.byFunder.map(\.granted), [.zero, Euro(cents: 1_000_025)])
  }

  func testExitPlanCoveragePerStage() throws {
    let e = try report().exits
    XCTAssertEqual(e.map(\.ideas), [3, 1, 1, 1, 0])
    XCTAssertEqual(e.map(\.withPlan), [0, 0, 1, 1, 0])
    XCTAssertEqual(e.map(\.agreed), [0, 0, 0, 1, 0])
  }

  func testAFilterCountsOnlyItsIdeas() throws {
    let b = try Self.board()
    let query = try IdeaQuery(parsing: "region:antwerp", board: b)
    var index = QueryIndex(board: b)
    let only = Set(index.matches(query, among: b.ideasInOrder.map(\.id), in: b, user: "t", now: Self.at("2026-02-01"), offBoardToo: true))
    XCTAssertEqual(only, [IdeaID(1), IdeaID(4)])
    let r = BoardReport(board: b, from: Self.from, to: Self.to, only: only)
    XCTAssertEqual(r.pipeline.stages.map(\.entered), [1, 1, 1, 0, 0])
    XCTAssertEqual(r.intake.total, 1)
    XCTAssertEqual(r.financing.total.asked, Euro(cents: 6_250_050))
    XCTAssertEqual(r.exits.map(\.ideas), [1, 1, 0, 0, 0])
  }

  func testNamedPeriods() {
    let may = Self.day("2026-05-15")
    func days(_ n: ReportPeriod.Name, _ today: Day) -> [Day] {
      let d = ReportPeriod.days(of: n, today: today)
      return [d.from, d.to]
    }
    XCTAssertEqual(days(.thisYear, may), [Self.day("2026-01-01"), may])
    XCTAssertEqual(days(.lastYear, may), [Self.day("2025-01-01"), Self.day("2025-12-31")])
    XCTAssertEqual(days(.thisQuarter, may), [Self.day("2026-04-01"), may])
    XCTAssertEqual(days(.lastQuarter, may), [Self.day("2026-01-01"), Self.day("2026-03-31")])
    XCTAssertEqual(days(.lastQuarter, Self.day("2026-02-10")), [Self.day("2025-10-01"), Self.day("2025-12-31")])
    XCTAssertEqual(days(.last30Days, may), [Self.day("2026-04-16"), may])
    XCTAssertEqual(ReportPeriod(parsing: "Last-Quarter"), .named(.lastQuarter))
    XCTAssertEqual(ReportPeriod(parsing: "campaign: Oproep 2026"), .campaign("Oproep 2026"))
    XCTAssertNil(ReportPeriod(parsing: "gisteren"))
  }

  func testACampaignRunsFromItsFirstIdeaAndCountsOnlyItsIdeas() throws {
    let b = try Self.board()
    let period = ReportPeriod.campaign("OPROEP 2026")
    let d = period.days(on: b, today: Self.day("2026-02-01"))
    XCTAssertEqual(d.from, Self.day("2025-12-20"))
    XCTAssertEqual(Set(ReportPeriod.campaignIdeas("OPROEP 2026", on: b).map(\.id)), [IdeaID(1), IdeaID(2)])
    XCTAssertEqual(ReportPeriod.campaigns(on: b), ["Oproep 2026"])
  }

  func testMondays() {
    XCTAssertEqual(Self.day("2026-01-01").monday, Self.day("2025-12-29"))
    XCTAssertEqual(Self.day("2026-01-05").monday, Self.day("2026-01-05"))
    XCTAssertEqual(Self.day("2026-01-11").monday, Self.day("2026-01-05"))
    XCTAssertEqual(Day(daysSinceEpoch: -1).monday, Self.day("1969-12-29"))
  }
}
