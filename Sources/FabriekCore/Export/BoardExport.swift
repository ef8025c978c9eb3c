/// The ideas of a board, or of one stage, written out for spreadsheets (CSV), tools (JSON) and
/// people (Markdown). Ideas come in board order: each stage's column in turn, then the declined
/// and the parked ideas in id order. The output depends only on the board and the scope, so the
/// same board always gives the same bytes.
public struct BoardExport: Sendable {
  public enum Format: String, Hashable, Sendable, CaseIterable {
    case csv, json, md

    /// Parses `csv`, `json`, `md` or `markdown`.
    public init?(name: String) {
      let key = name.searchKey.trimmingCharactersInWhitespace()
      if key == "markdown" {
        self = .md
      } else if let f = Format(rawValue: key) {
        self = f
      } else {
        return nil
      }
    }
  }

  public enum Scope: Hashable, Sendable {
    case all
    case stage(String)
    case declined
    case parked
    /// The ideas a filter matched (the query as typed, the ids in board order: `IdeaQuery`).
    case matching(query: String, ids: [IdeaID])

    /// A stage by id or name, or `declined` / `parked` (in English, Dutch or French); nil when
    /// the board has no such stage.
    public init?(_ text: String, board: Board) {
      switch ImportField.fold(text) {
      case "all", "alle", "tout", "tous": self = .all
      case "declined", "afgewezen", "refuse", "refusee", "refusees": self = .declined
      case "parked", "geparkeerd", "en attente", "parque": self = .parked
      default:
        guard let s = board.stage(named: text) else { return nil }
        self = .stage(s.id)
      }
    }
  }

  public let board: Board
  public let scope: Scope
  /// Whether the board holds its personal fields (`Board.withoutPersonalData` takes them out);
  /// the JSON export says so in `personalData`.
  public var personalData = true

  public init(board: Board, scope: Scope = .all) { self.board = board; self.scope = scope }

  /// The ideas in scope, in board order.
  public var ideas: [Idea] {
    switch scope {
    case .all: board.stages.flatMap { board.column($0.id) } + board.declined + board.parked
    case .stage(let id): board.column(id)
    case .declined: board.declined
    case .parked: board.parked
    case .matching(_, let ids): ids.compactMap { board.idea($0) }
    }
  }

  public func render(_ format: Format) -> String {
    switch format {
    case .csv: csv()
    case .json: json()
    case .md: markdown()
    }
  }

  func stageName(_ idea: Idea) -> String { board.stage(idea.stage)?.name ?? idea.stage }

  func person(_ id: PersonID) -> Person? { board.person(id) }

  func names(_ ids: [PersonID]) -> String {
    ids.map { person($0)?.fullName ?? $0.code }.joined(separator: ", ")
  }

  /// The mean of the reviewers' weighted totals, with one decimal (`3.5`; `3,5` in Dutch and
  /// French), or "".
  func meanScore(_ idea: Idea, in language: Language = .en) -> String {
    let totals = idea.scores.values.compactMap { board.rubric.weightedTotal($0) }
    guard !totals.isEmpty else { return "" }
    let mean = totals.reduce(0, +) / Double(totals.count)
    let tenths = Int((mean * 10).rounded())
    return "\(tenths / 10)\(language == .en ? "." : ",")\(tenths % 10)"
  }

  /// The triage decision for the CSV export's "Decision" column, in English like the rest of
  /// the CSV export (BoardExport+CSV.swift says why).
  func decision(_ idea: Idea) -> String {
    guard let d = idea.decision else { return "" }
    let what: String
    switch d.kind {
    case .accept(let s): what = "accepted into \(board.stage(s)?.name ?? s)"
    case .decline(let r, let t):
      what = t.isEmpty ? "declined (\(r.label(in: .en)))" : "declined (\(r.label(in: .en))): \(t)"
    case .park(let day): what = "parked until \(day)"
    case .merge(let into): what = "merged into \(into.code)"
    }
    return "\(what), by \(d.by) on \(d.at.day)"
  }
}
