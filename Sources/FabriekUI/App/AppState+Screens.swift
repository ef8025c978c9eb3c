/// The stack of screens: the one on top (`screen`) takes the keys, those under it (`returns`,
/// the nearest last) are where Esc goes back to. A screen opens over the current one and
/// closes back to it; a screen whose subject is gone (an idea removed elsewhere) is taken out
/// wherever it is. The state of a screen under the top one is read and changed where it is:
/// the board's changes reach a triage session under a form, a detail under the help.
extension AppState {
  /// Where keys go and what the status line says, from the screen on top.
  public var mode: Mode { screen.mode }

  /// Opens `next` over the current screen.
  mutating func open(_ next: Screen) {
    returns.append(screen)
    screen = next
  }

  /// Closes the screen on top: the one under it takes the keys again.
  mutating func closeScreen() {
    screen = returns.popLast() ?? .board
  }

  /// Takes every screen `matching` off the stack, the top one included.
  mutating func dismiss(where matching: (Screen) -> Bool) {
    returns.removeAll(where: matching)
    if matching(screen) { closeScreen() }
  }

  /// The nearest screen of a kind, from the top down.
  private func nearest<T>(_ state: (Screen) -> T?) -> T? {
    if let found = state(screen) { return found }
    for below in returns.reversed() {
      if let found = state(below) { return found }
    }
    return nil
  }

  /// Puts `new` in place of the nearest screen `matching`, where it is; nothing when there is none.
  private mutating func replaceNearest(_ matching: (Screen) -> Bool, with new: Screen) {
    if matching(screen) {
      screen = new
    } else if let index = returns.lastIndex(where: matching) {
      returns[index] = new
    }
  }

  // The screens' own states, read and changed where they are on the stack. Setting one changes
  // that screen in place; nil changes nothing (a screen closes with `closeScreen`/`dismiss`).

  /// The open detail pane.
  public internal(set) var detail: DetailState? {
    get { nearest { if case .detail(let pane) = $0 { pane } else { nil } } }
    set { newValue.map { replaceNearest(Screen.isDetail, with: .detail($0)) } }
  }

  /// The triage screen, while it is open (also under the help overlay, the palette, a form or a list).
  public internal(set) var triage: TriageSession? {
    get { nearest { if case .triage(let session) = $0 { session } else { nil } } }
    set { newValue.map { replaceNearest(Screen.isTriage, with: .triage($0)) } }
  }

  /// Present mode, while it is on (also under the help overlay).
  public internal(set) var present: PresentState? {
    get { nearest { if case .present(let session) = $0 { session } else { nil } } }
    set { newValue.map { replaceNearest(Screen.isPresent, with: .present($0)) } }
  }

  /// The reports screen (also under the help or the palette opened from it).
  public internal(set) var reports: ReportsState? {
    get { nearest { if case .reports(let reports) = $0 { reports } else { nil } } }
    set { newValue.map { replaceNearest(Screen.isReports, with: .reports($0)) } }
  }

  /// The `:people` or `:sessions` list (also under a form opened from it).
  public internal(set) var list: RecordList? {
    get { nearest { if case .list(let list) = $0 { list } else { nil } } }
    set { newValue.map { replaceNearest(Screen.isList, with: .list($0)) } }
  }

  /// The mentoring screens (also under the help, the palette or the detail).
  public internal(set) var mentors: MentorsState? {
    get { nearest { if case .mentors(let state) = $0 { state } else { nil } } }
    set { newValue.map { replaceNearest(Screen.isMentors, with: .mentors($0)) } }
  }

  /// `:alumni` (also under the detail or a form opened from it).
  public internal(set) var alumni: AlumniState? {
    get { nearest { if case .alumni(let a) = $0 { a } else { nil } } }
    set { newValue.map { replaceNearest(Screen.isAlumni, with: .alumni($0)) } }
  }

  /// The form being filled in; a form is always on top.
  public internal(set) var form: Form? {
    get { if case .form(let form) = screen { form } else { nil } }
    set { if let newValue, case .form = screen { screen = .form(newValue) } }
  }

  /// The command line while the palette is open; empty otherwise.
  public internal(set) var palette: PaletteState {
    get { if case .palette(let palette) = screen { palette } else { PaletteState() } }
    set { if case .palette = screen { screen = .palette(newValue) } }
  }

  /// How far the help overlay is scrolled while it is open.
  public internal(set) var helpScroll: Int {
    get { help.scroll }
    set { help.scroll = newValue }
  }

  /// The help overlay's state while it is open (its scroll, its search).
  public internal(set) var help: HelpState {
    get { if case .help(let help) = screen { help } else { HelpState() } }
    set { if case .help = screen { screen = .help(newValue) } }
  }
}

extension Screen {
  static func isDetail(_ screen: Screen) -> Bool { if case .detail = screen { true } else { false } }
  static func isTriage(_ screen: Screen) -> Bool { if case .triage = screen { true } else { false } }
  static func isPresent(_ screen: Screen) -> Bool { if case .present = screen { true } else { false } }
  static func isList(_ screen: Screen) -> Bool { if case .list = screen { true } else { false } }
  static func isReports(_ screen: Screen) -> Bool { if case .reports = screen { true } else { false } }
  static func isMentors(_ screen: Screen) -> Bool { if case .mentors = screen { true } else { false } }
}
