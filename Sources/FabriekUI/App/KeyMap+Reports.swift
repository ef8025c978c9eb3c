/// The keys of the reports screen (`r`) and of its filter line.
extension KeyMap {
  public static let reports = KeyMap(
    layer: .reports, under: [.scrolling, .everywhere],
    bindings: [
      KeyBinding([.tab], .reports(.page(.next)), help: "keys.reports.nextPage", hint: "keys.hint.reportsPage"),
      KeyBinding([.backTab], .reports(.page(.previous)), help: "keys.reports.previousPage"),
      KeyBinding([.char("]")], .reports(.period(.next)), help: "keys.reports.nextPeriod", hint: "keys.hint.reportsPeriod"),
      KeyBinding([.char("[")], .reports(.period(.previous)), help: "keys.reports.previousPeriod"),
      KeyBinding([.char("f")], .reports(.filter), help: "keys.reports.filter", hint: "keys.hint.filter"),
      KeyBinding([.char("F")], .reports(.clearFilter), help: "keys.reports.clearFilter"),
      KeyBinding([.char("T")], .nextTheme, help: "keys.nextTheme"),
      KeyBinding([.char("?")], .showHelp, help: "keys.help", hint: "keys.hint.help"),
      KeyBinding([.escape, .char("q")], .close, help: "keys.reports.close", hint: "keys.hint.back"),
    ])

  /// Typed characters go into the filter; Enter counts its ideas, Esc keeps the filter before.
  public static let reportsFilter = textLine(
    .reportsFilter, enter: ("keys.reports.applyFilter", "keys.hint.done"),
    escape: ("keys.reports.cancelFilter", "keys.hint.cancel"))
}
