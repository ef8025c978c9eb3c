import FabriekCore

/// The texts of the reports screen and of the report's charts.
extension UIText {
  static var reportNone: String { tr("report.none") }
  static func reportMost(_ n: Int) -> String { tr("report.chart.most", ["n": n]) }
  static var reportsFilterPrompt: String { tr("reports.filterPrompt") }
  static var reportsNoFilter: String { tr("reports.noFilter") }
  static func reportsCounted(_ n: Int) -> String { tr("reports.counted", ["n": n]) }
  static func reportsMore(_ n: Int) -> String { tr("reports.more", ["n": n]) }
}
