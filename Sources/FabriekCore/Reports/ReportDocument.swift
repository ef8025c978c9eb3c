/// The report as charts and tables in words, the same for every format: the screen and
/// `fabriek report --format text` draw it with eighth blocks, the exports write it as
/// Markdown, CSV or HTML (`ReportDocument+Formats.swift`, `+HTML.swift`). Texts from the board
/// (stage names, campaigns, titles, funders) are in it as written: each format makes them safe.
public struct ReportDocument: Hashable, Sendable {
  public var title: String
  /// The period and the filter, in words.
  public var subtitle: String
  public var pages: [Page]

  public struct Page: Hashable, Sendable {
    public var group: ReportGroup
    public var title: String
    public var blocks: [Block]
    public var notes: [String]
  }

  public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double
    /// The value as the chart writes it beside the bar.
    public var text: String
    public init(label: String, value: Double, text: String) { self.label = label; self.value = value; self.text = text }
  }

  public enum Block: Hashable, Sendable {
    /// A horizontal bar chart, one bar per row.
    case bars(title: String, bars: [Bar])
    /// A sparkline of weekly counts, the weeks' Mondays beside them.
    case sparkline(title: String, weeks: [BoardReport.Week])
    /// A table: its header and rows of text; `numeric` columns are aligned right.
    case table(title: String, header: [String], rows: [[String]], numeric: [Bool])

    public var title: String {
      switch self {
      case .bars(let t, _), .sparkline(let t, _), .table(let t, _, _, _): t
      }
    }
  }

  public init(title: String, subtitle: String, pages: [Page]) {
    self.title = title
    self.subtitle = subtitle
    self.pages = pages
  }

  /// The document of `report` on `board`; `filter` is the query or view it was made for, as typed.
  public init(report r: BoardReport, board: Board, period: ReportPeriod?, filter: String?) {
    let lang = Language.current
    title = tr("report.doc.title", ["board": board.name])
    var sub = tr("report.doc.period", ["from": lang.date(r.from), "to": lang.date(r.to)])
    if let period, !period.label.isEmpty { sub = period.label + " · " + sub }
    if let filter, !filter.isEmpty { sub += " · " + tr("report.doc.filter", ["query": filter]) }
    subtitle = sub
    pages = ReportGroup.allCases.map { g in
      Page(group: g, title: g.title, blocks: Self.blocks(g, r, board), notes: g.notes)
    }
  }

  /// The page of `group` made again from `report` (after its figures were computed).
  public mutating func refresh(_ group: ReportGroup, report: BoardReport, board: Board) {
    guard let k = pages.firstIndex(where: { $0.group == group }) else { return }
    pages[k].blocks = Self.blocks(group, report, board)
  }

  /// The most ideas a list of ideas shows per stage; the JSON lists them all.
  static let listed = 10

  static func stageName(_ id: String, _ board: Board) -> String { board.stage(id)?.displayName ?? id }

  static func bars(_ counts: [BoardReport.Count]) -> [Bar] {
    counts.map { Bar(label: $0.label, value: Double($0.count), text: Language.current.integer(Int64($0.count))) }
  }

  static func days(_ x: Double?) -> String { x.map { Language.current.decimal($0) } ?? "–" }

  static func ideaLine(_ id: IdeaID, _ board: Board) -> String {
    id.code + " " + (board.idea(id)?.title ?? "")
  }

  static func blocks(_ g: ReportGroup, _ r: BoardReport, _ board: Board) -> [Block] {
    let lang = Language.current
    func n(_ v: Int) -> String { lang.integer(Int64(v)) }
    switch g {
    case .funnel:
      let stages = r.pipeline.stages
      let conversion = zip(stages, r.conversion).map { s, c in
        [stageName(s.stage, board), n(s.entered), n(s.movedOn), c.share.map { lang.decimal($0 * 100, places: 0) + " %" } ?? "–"]
      }
      let declines = DeclineReason.allCases.map { d in
        BoardReport.Count(key: d.rawValue, label: d.label, count: r.pipeline.declined[d] ?? 0)
      }
      return [
        .bars(title: tr("report.fig.entered"), bars: stages.map { Bar(label: stageName($0.stage, board), value: Double($0.entered), text: n($0.entered)) }),
        .bars(title: tr("report.fig.now"), bars: stages.map { Bar(label: stageName($0.stage, board), value: Double($0.now), text: n($0.now)) }),
        .table(
          title: tr("report.fig.conversion"),
          header: [tr("report.col.stage"), tr("report.col.entered"), tr("report.col.movedOn"), tr("report.col.share")],
          rows: conversion, numeric: [false, true, true, true]),
        .bars(title: tr("report.fig.declined", ["n": r.pipeline.declined.values.reduce(0, +)]), bars: bars(declines)),
        .table(
          title: tr("report.fig.parked"), header: [tr("report.col.figure"), tr("report.col.value")],
          rows: [[tr("report.row.parked"), n(r.pipeline.parked)]], numeric: [false, true]),
      ]
    case .time:
      let stages = r.pipeline.stages
      return [
        .bars(title: tr("report.fig.median"), bars: stages.map { Bar(label: stageName($0.stage, board), value: $0.medianDays ?? 0, text: days($0.medianDays)) }),
        .table(
          title: tr("report.fig.timeInStage"),
          header: [tr("report.col.stage"), tr("report.col.stays"), tr("report.col.median"), tr("report.col.p90")],
          rows: stages.map { [stageName($0.stage, board), n($0.stays.count), days($0.medianDays), days($0.p90Days)] },
          numeric: [false, true, true, true]),
        .bars(
          title: tr("report.fig.stale"),
          bars: r.stale.map { Bar(label: stageName($0.stage, board) + " (≥ " + n($0.threshold) + ")", value: Double($0.ideas.count), text: n($0.ideas.count)) }),
        .table(
          title: tr("report.fig.staleIdeas"), header: [tr("report.col.stage"), tr("report.col.idea")],
          rows: r.stale.flatMap { s in
            s.ideas.prefix(Self.listed).map { [stageName(s.stage, board), ideaLine($0, board)] }
              + (s.ideas.count > Self.listed ? [[stageName(s.stage, board), tr("report.andMore", ["n": s.ideas.count - Self.listed])]] : [])
          }, numeric: [false, false]),
      ]
    case .intake:
      return [
        .sparkline(title: tr("report.fig.intakeWeeks", ["n": r.intake.total]), weeks: r.intake.weeks),
        .bars(title: tr("report.fig.origin"), bars: bars(r.intake.byOrigin)),
        .bars(title: tr("report.fig.campaign"), bars: bars(r.intake.byCampaign)),
      ]
    case .mix:
      return [
        .bars(title: tr("report.fig.applicantKind"), bars: bars(r.mix.applicantKind)),
        .bars(title: tr("report.fig.region"), bars: bars(r.mix.region)),
        .bars(title: tr("report.fig.valueModel"), bars: bars(r.mix.valueModel)),
        .bars(title: tr("report.fig.sdgs"), bars: bars(r.mix.sdgs)),
      ]
    case .triage:
      let t = r.triage
      return [
        .sparkline(title: tr("report.fig.decisionsWeeks", ["n": t.daysToDecision.count]), weeks: t.perWeek),
        .bars(title: tr("report.fig.decisionKinds"), bars: bars(t.byKind)),
        .table(
          title: tr("report.fig.triageTimes"), header: [tr("report.col.figure"), tr("report.col.value")],
          rows: [
            [tr("report.row.daysToDecisionMedian"), days(t.medianDays)], [tr("report.row.daysToDecisionP90"), days(t.p90Days)],
            [tr("report.row.scoredTwice"), n(t.spreads.count)],
            [tr("report.row.spreadMedian"), t.medianSpread.map { lang.decimal($0, places: 2) } ?? "–"],
            [tr("report.row.spreadMax"), t.maxSpread.map { lang.decimal($0, places: 2) } ?? "–"],
          ], numeric: [false, true]),
      ]
    case .mentors:
      let m = r.mentors
      return [
        .bars(
          title: tr("report.fig.mentorLoad"),
          bars: m.mentors.map { Bar(label: $0.name, value: Double($0.active), text: n($0.active) + " / " + ($0.capacity.map(n) ?? "–")) }),
        .table(
          title: tr("report.fig.mentors"),
          header: [
            tr("report.col.mentor"), tr("report.col.active"), tr("report.col.capacity"), tr("report.col.hoursUsed"),
            tr("report.col.hoursBudget"),
          ],
          rows: m.mentors.map {
            [$0.name, n($0.active), $0.capacity.map(n) ?? "–", lang.decimal($0.hoursUsed, places: 1), $0.hoursBudget.map(n) ?? "–"]
          },
          numeric: [false, true, true, true, true]),
        .table(
          title: tr("report.fig.withoutMentor", ["n": m.enrichmentWithoutMentor.count]), header: [tr("report.col.idea")],
          rows: m.enrichmentWithoutMentor.prefix(Self.listed).map { [ideaLine($0, board)] }
            + (m.enrichmentWithoutMentor.count > Self.listed ? [[tr("report.andMore", ["n": m.enrichmentWithoutMentor.count - Self.listed])]] : []),
          numeric: [false]),
      ]
    case .financing:
      let f = r.financing
      func rows(_ lines: [BoardReport.FinancingLine]) -> [[String]] {
        lines.map { [$0.label, n($0.applications), lang.amount($0.asked), lang.amount($0.granted), lang.amount($0.refused)] }
      }
      let header = [tr("report.col.kind"), tr("report.col.applications"), tr("report.col.asked"), tr("report.col.granted"), tr("report.col.refused")]
      let numeric = [false, true, true, true, true]
      return [
        .bars(title: tr("report.fig.grantedByKind"), bars: f.byKind.map { Bar(label: $0.label, value: Double($0.granted.cents), text: lang.amount($0.granted)) }),
        .table(title: tr("report.fig.financingKind"), header: header, rows: rows(f.byKind + [f.total]), numeric: numeric),
        .table(
          title: tr("report.fig.financingFunder"), header: [tr("report.col.funder")] + header.dropFirst(), rows: rows(f.byFunder),
          numeric: numeric),
      ]
    case .exits:
      return [
        .bars(
          title: tr("report.fig.exitCoverage"),
          bars: r.exits.map { e in
            Bar(label: stageName(e.stage, board), value: e.ideas > 0 ? Double(e.withPlan) / Double(e.ideas) * 100 : 0,
                text: n(e.withPlan) + " / " + n(e.ideas))
          }),
        .table(
          title: tr("report.fig.exitPlans"), header: [tr("report.col.stage"), tr("report.col.ideas"), tr("report.col.withPlan"), tr("report.col.agreed")],
          rows: r.exits.map { [stageName($0.stage, board), n($0.ideas), n($0.withPlan), n($0.agreed)] }, numeric: [false, true, true, true]),
        .bars(
          title: tr("report.fig.departures"),
          bars: ExitOutcome.allCases.map { o in
            let count = r.alumni.leftInPeriod[o] ?? 0
            return Bar(label: tr("exit.outcome." + o.rawValue), value: Double(count), text: n(count))
          }),
        .table(
          title: tr("report.fig.alumni"), header: [tr("report.col.figure"), tr("report.col.value")],
          rows: alumniRows(r.alumni, lang), numeric: [false, true]),
      ]
    }
  }
}

extension ReportDocument {
  /// The alumni table: how many, the criteria they met, survival, jobs, money, follow-ups due.
  static func alumniRows(_ a: BoardReport.AlumniFigures, _ lang: Language) -> [[String]] {
    func n(_ v: Int) -> String { lang.integer(Int64(v)) }
    let f = a.figures
    var rows = [
      [tr("report.row.alumni"), n(f.alumni)],
      [tr("report.row.criteriaMet"), n(f.criteriaMet) + " / " + n(f.criteriaAgreed)],
      [tr("report.row.leftReady"), n(f.leftReady)],
    ]
    for s in f.survival {
      let share = s.share.map { " (" + lang.decimal($0 * 100, places: 0) + " %)" } ?? ""
      rows.append([
        tr("report.row.survival", ["months": s.months]), n(s.operating) + " / " + n(s.recorded) + share,
      ])
    }
    rows.append([tr("report.row.jobs"), n(f.jobs)])
    rows.append([tr("report.row.raised"), lang.amount(f.raised)])
    rows.append([tr("report.row.followUpsDue"), n(a.followUpsDue)])
    return rows
  }
}
