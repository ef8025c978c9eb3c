/// The days a report covers: two days given by hand, a named period counted back from today
/// (`this-year`, `last-quarter`, …), or a campaign: the ideas whose origin names it, from the
/// first of them that came in to today.
public enum ReportPeriod: Hashable, Sendable {
  case days(from: Day, to: Day)
  case named(Name)
  case campaign(String)

  public enum Name: String, CaseIterable, Hashable, Sendable {
    case thisYear = "this-year"
    case lastYear = "last-year"
    case thisQuarter = "this-quarter"
    case lastQuarter = "last-quarter"
    case last30Days = "last-30-days"

    /// What the report calls the period, in the current language.
    public var label: String { tr("report.period." + rawValue) }
  }

  /// `this-year`, `last-quarter`, `campaign:Oproep 2026` (the campaign's name as the ideas'
  /// origin writes it, any case); nil for anything else.
  public init?(parsing text: String) {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let name = Name(rawValue: t.lowercased()) {
      self = .named(name)
    } else if t.lowercased().hasPrefix("campaign:"), t.count > "campaign:".count {
      self = .campaign(String(t.dropFirst("campaign:".count)).trimmingCharacters(in: .whitespaces))
    } else {
      return nil
    }
  }

  /// The first and last day, both included; `today` is where named periods count from.
  public func days(on board: Board, today: Day) -> (from: Day, to: Day) {
    switch self {
    case .days(let from, let to): return (from, to)
    case .named(let name): return Self.days(of: name, today: today)
    case .campaign(let name):
      let first = Self.campaignIdeas(name, on: board).map(\.created.day).min() ?? today
      return (min(first, today), today)
    }
  }

  static func days(of name: Name, today: Day) -> (from: Day, to: Day) {
    let (y, m, _) = today.components
    let quarterStart = (m - 1) / 3 * 3 + 1
    func first(_ year: Int, _ month: Int) -> Day {
      Day(daysSinceEpoch: Day.daysFromCivil(year + (month - 1 < 0 ? -1 : (month - 1) / 12), (month - 1 + 12) % 12 + 1, 1))
    }
    switch name {
    case .thisYear: return (first(y, 1), today)
    case .lastYear: return (first(y - 1, 1), first(y, 1).adding(days: -1))
    case .thisQuarter: return (first(y, quarterStart), today)
    case .lastQuarter: return (first(y, quarterStart - 3), first(y, quarterStart).adding(days: -1))
    case .last30Days: return (today.adding(days: -29), today)
    }
  }

  /// The ideas whose origin's name is `name` (folded, so case and accents do not matter).
  public static func campaignIdeas(_ name: String, on board: Board) -> [Idea] {
    let key = name.searchKey
    return board.ideasInOrder.filter { $0.origin?.name?.searchKey == key }
  }

  /// The campaigns the board's ideas came from, as first written, sorted.
  public static func campaigns(on board: Board) -> [String] {
    var seen: [String: String] = [:]
    for idea in board.ideasInOrder {
      guard let n = idea.origin?.name, !n.isEmpty else { continue }
      if seen[n.searchKey] == nil { seen[n.searchKey] = n }
    }
    return seen.values.sorted { $0.searchKey < $1.searchKey }
  }

  /// What the report's title says of the period.
  public var label: String {
    switch self {
    case .days: ""
    case .named(let name): name.label
    case .campaign(let name): tr("report.period.campaign", ["name": name])
    }
  }
}

extension Day {
  /// The Monday of the week the day is in (1970-01-01 was a Thursday).
  public var monday: Day {
    let d = daysSinceEpoch
    return Day(daysSinceEpoch: d - ((d % 7 + 7 + 3) % 7))
  }
}
