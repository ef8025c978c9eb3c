import FabriekCore

/// What the reports screen (`r`) remembers: the page shown, the period and the filter the
/// figures are for, the filter being typed, and the document computed from them. The figures
/// are computed once when the screen opens, when the period or filter changes and when the
/// board changes (`AppState.refreshReports`), never per key.
public struct ReportsState: Sendable {
  public internal(set) var page: ReportGroup = .funnel
  public internal(set) var period: ReportPeriod
  /// The query the figures are for, as typed; empty: every idea.
  public internal(set) var filter: String
  /// The filter line while it is typed; nil when it is not.
  public internal(set) var typing: String?
  /// Why the filter typed last cannot be read (the figures stay those of the one before).
  public internal(set) var error: String?
  public internal(set) var scroll = 0
  public internal(set) var document: ReportDocument
  /// The figures so far: only the groups of `computed` (a page's when it is first shown).
  var report: BoardReport?
  var computed: Set<ReportGroup> = []
  /// The ideas counted and the days, for the pages computed later.
  var only: Set<IdeaID>?
  /// How many ideas the figures count.
  public internal(set) var counted: Int
  /// The period in words: `this year · 1 Jan 2026 to 1 Nov 2026`.
  public internal(set) var periodLine = ""

  /// The figures of `board` for `period` and `filter` (the board's filter when the screen
  /// opens from a filtered board).
  init(board: Board, period: ReportPeriod = .named(.thisYear), filter: String = "", today: Day, user: String, now: Timestamp) {
    self.period = period
    self.filter = filter
    document = ReportDocument(title: "", subtitle: "", pages: [])
    counted = 0
    _ = compute(board: board, today: today, user: user, now: now)
  }

  public var isTypingFilter: Bool { typing != nil }

  /// Computes the figures again; false (and the figures of before, with `error` set) when the
  /// filter cannot be read.
  @discardableResult
  mutating func compute(board: Board, today: Day, user: String, now: Timestamp) -> Bool {
    var only: Set<IdeaID>?
    let text = filter.trimmingCharacters(in: .whitespaces)
    if !text.isEmpty {
      do throws(QueryError) {
        let query = try IdeaQuery(parsing: text, board: board)
        var index = QueryIndex(board: board)
        let ids = board.ideasInOrder.map(\.id)
        only = Set(index.matches(query, among: ids, in: board, user: user, now: now, offBoardToo: true))
      } catch {
        self.error = error.message
        return false
      }
    }
    if case .campaign(let name) = period {
      let campaign = Set(ReportPeriod.campaignIdeas(name, on: board).map(\.id))
      only = only.map { $0.intersection(campaign) } ?? campaign
    }
    error = nil
    let days = period.days(on: board, today: today)
    let report = BoardReport(board: board, from: days.from, to: days.to, only: only, groups: [page])
    self.report = report
    self.only = only
    computed = [page]
    counted = only?.count ?? board.ideas.count
    let dates = tr("report.doc.period", ["from": Language.current.date(days.from), "to": Language.current.date(days.to)])
    periodLine = period.label.isEmpty ? dates : period.label + " · " + dates
    document = ReportDocument(report: report, board: board, period: period, filter: text.isEmpty ? nil : text)
    return true
  }

  /// The page shown has its figures: computed now when it is shown for the first time.
  mutating func computePage(board: Board) {
    guard !computed.contains(page), var report else { return }
    let more = BoardReport(board: board, from: report.from, to: report.to, only: only, groups: [page])
    report.merge(more, groups: [page])
    self.report = report
    computed.insert(page)
    document.refresh(page, report: report, board: board)
  }

  mutating func turnPage(_ step: Int) {
    let all = ReportGroup.allCases
    let k = all.firstIndex(of: page) ?? 0
    page = all[((k + step) % all.count + all.count) % all.count]
    scroll = 0
  }

  /// The next or previous named period, then the board's campaigns, round.
  mutating func stepPeriod(_ step: Int, campaigns: [String]) {
    let all = ReportPeriod.Name.allCases.map(ReportPeriod.named) + campaigns.map(ReportPeriod.campaign)
    let k = all.firstIndex(of: period) ?? (step > 0 ? -1 : all.count)
    period = all[((k + step) % all.count + all.count) % all.count]
  }

  mutating func startTyping() { typing = filter }
  mutating func setTyping(_ text: String) { typing = text }
  mutating func stopTyping() { typing = nil }
  mutating func setFilter(_ text: String) { filter = text }
  mutating func setScroll(_ line: Int) { scroll = max(0, line) }
}

/// The keys of the reports screen, as values.
public enum ReportsAction: Hashable, Sendable {
  /// Tab / Shift-Tab: the next or previous page.
  case page(Action.Direction)
  /// `]` / `[`: the next or previous period.
  case period(Action.Direction)
  /// `f`: type the filter; `F`: every idea again.
  case filter, clearFilter
}
