import FabriekCore

/// A person's rights from `:people`: `:person export [PATH]` writes what the board holds on
/// the person under the cursor, `:person erase REASON` erases them after the same warning
/// and question as `fabriek person erase`, `:person erase-all REASON` the people the list's
/// filter shows (`retention:due`, say). The store does the work (`Effect.exportPerson`,
/// `Effect.erasePeople`, performed in Sources/FabriekRunner/AppRunner+Privacy.swift).
extension AppState {
  /// `:person …`: no argument is a new person; `export`, `erase`, `erase-all` act on the list.
  mutating func runPerson(_ argument: String) -> [Effect] {
    let (word, rest, _) = PaletteCommand.split(argument)
    switch word.lowercased() {
    case "": openForm(.person(nil))
    case "export": return exportPerson(to: rest)
    case "erase": return askToErase(all: false, reason: rest)
    case "erase-all": return askToErase(all: true, reason: rest)
    default: message = StatusMessage(tr("ui.privacy.unknown", ["word": Sanitizer.segments(word).plainText]), isError: true)
    }
    return []
  }

  /// The person under the cursor of an open `:people`, or a sentence saying to choose one.
  private mutating func personUnderCursor() -> Person? {
    guard let current = list, current.kind == .people else {
      message = StatusMessage(tr("ui.privacy.openPeople"), isError: true)
      return nil
    }
    guard case .person(let id) = current.selected, let p = board.people[id] else {
      message = StatusMessage(tr("ui.privacy.noRow"), isError: true)
      return nil
    }
    return p
  }

  private mutating func exportPerson(to path: String) -> [Effect] {
    guard let p = personUnderCursor() else { return [] }
    return [.exportPerson(p.id, path: path.isEmpty ? "\(p.id.code).json" : path)]
  }

  private mutating func askToErase(all: Bool, reason: String) -> [Effect] {
    guard reason.contains(where: { !$0.isWhitespace }) else {
      message = StatusMessage(tr("ui.privacy.reasonEmpty"), isError: true)
      return []
    }
    var people: [Person]
    if all {
      guard let current = list, current.kind == .people else {
        message = StatusMessage(tr("ui.privacy.openPeople"), isError: true)
        return []
      }
      // Every row of an unfiltered list would be the whole board: a filter must choose them.
      guard !current.filter.trimmingCharactersInWhitespace().isEmpty else {
        message = StatusMessage(tr("ui.privacy.filterFirst"), isError: true)
        return []
      }
      people = current.rows.compactMap { row in
        if case .person(let id) = row.record { board.people[id] } else { nil }
      }
    } else {
      guard let p = personUnderCursor() else { return [] }
      people = [p]
    }
    people.removeAll { board.erasure(of: $0.id) != nil }
    guard !people.isEmpty else {
      message = StatusMessage(tr("ui.privacy.nothingToErase"), isError: true)
      return []
    }
    open(.erasure(ErasureState(people: people.map(\.id), reason: reason, lines: warning(for: people))))
    return []
  }

  /// The command line's warning for one person; for several, who they are and what it does.
  private func warning(for people: [Person]) -> [String] {
    if people.count == 1, let p = people.first { return board.erasureWarning(for: p, path: file) }
    var out = [tr("ui.privacy.eraseMany", ["n": people.count, "path": file])]
    out += people.map { "  \($0.id.code)  \($0.fullName)" }
    return out
  }

  mutating func performInErasure(_ action: Action) -> [Effect] {
    guard case .erasure(var erasure) = screen else { return [] }
    switch action {
    case .confirm where erasure.phase == .asking:
      erasure.phase = .erasing
      erasure.lines.append("")
      erasure.lines.append(tr("ui.privacy.erasing"))
      screen = .erasure(erasure)
      return [.erasePeople(erasure.people, reason: erasure.reason)]
    case .close where erasure.phase == .asking:
      closeScreen()
      message = StatusMessage(tr("privacy.erase.cancelled"))
      return []
    case .close, .confirm:
      if erasure.phase != .erasing { closeScreen() }
      return []
    default:
      let lines = ErasureView.rows(erasure, in: layout).count
      guard action.scroll(&erasure.scroll, lines: lines, visible: OverlayFrame.visibleRows(in: layout)) else { return [] }
    }
    screen = .erasure(erasure)
    return []
  }

  /// The store's answer: what was done. The undo history is dropped: its inverses hold the
  /// data just erased, and an erasure is not undone.
  mutating func finishErasure(lines: [String], failed: Bool) {
    undoStack.removeAll()
    redoStack.removeAll()
    let shown = failed ? lines : lines + ["", tr("ui.privacy.undoCleared")]
    guard case .erasure(var erasure) = screen else {
      message = StatusMessage(lines.first ?? "", isError: failed)
      return
    }
    erasure.lines = shown
    erasure.phase = .done(failed: failed)
    erasure.scroll = 0
    screen = .erasure(erasure)
  }
}
