import FabriekCore

/// `:view NAME` shows a saved view on the board; `:view save NAME` saves the filter that is on
/// under a name, in the board file, for the whole team; `:view delete NAME` removes one;
/// `:view` alone lists them. Saving and deleting are changes like any other: journalled,
/// undone with `u`.
extension AppState {
  mutating func runView(_ argument: String) -> [Effect] {
    let (word, rest, _) = PaletteCommand.split(argument)
    switch PaletteCommand.viewAction(word) {
    case .save:
      guard !rest.isEmpty else {
        message = StatusMessage(tr("filter.view.needsName"), isError: true)
        return []
      }
      guard let query = filter.query, filter.isActive else {
        message = StatusMessage(tr("filter.view.nothingToSave"), isError: true)
        return []
      }
      return commit(.setView(name: rest, query: query.text), purpose: .change, follow: nil)
    case .delete:
      guard !rest.isEmpty else {
        message = StatusMessage(tr("filter.view.needsName"), isError: true)
        return []
      }
      guard let name = board.views.keys.first(where: { $0.searchKey == rest.searchKey }) else {
        let builtIn = BuiltInView.allCases.contains { $0.name.searchKey == rest.searchKey }
        message = StatusMessage(
          tr(builtIn ? "filter.view.builtIn" : "filter.view.unknown", ["name": rest, "views": viewNames]),
          isError: true)
        return []
      }
      return commit(.setView(name: name, query: nil), purpose: .change, follow: nil)
    case nil:
      guard !argument.isEmpty else {
        message = StatusMessage(tr("filter.view.list", ["views": viewNames]))
        return []
      }
      switch ViewLookup.find(argument, on: board) {
      case .found(let view):
        if triage != nil { closeTriage() }
        if list != nil { closeList() }
        showView(view)
      case .ambiguous(let names):
        message = StatusMessage(
          tr("filter.view.ambiguous", ["name": argument, "candidates": QueryNames.list(names)]), isError: true)
      case .unknown:
        message = StatusMessage(tr("filter.view.unknown", ["name": argument, "views": viewNames]), isError: true)
      }
    }
    return []
  }

  private var viewNames: String { QueryNames.list(ViewLookup.all(on: board).map(\.name)) }
}

extension PaletteCommand {
  static var viewCommand: PaletteCommand {
    PaletteCommand(name: .view, usage: tr("filter.view.usage"), help: tr("filter.view.help"), takesArgument: true)
  }

  enum ViewAction { case save, delete }

  /// `save` and `delete`, also in Dutch and French (`bewaar`, `enregistrer`, `verwijder`, `supprimer`).
  static func viewAction(_ word: String) -> ViewAction? {
    switch word.searchKey {
    case "save", "bewaar", "bewaren", "enregistrer": .save
    case "delete", "verwijder", "verwijderen", "supprimer": .delete
    default: nil
    }
  }

  /// `view ` completes to `view save `, `view delete ` and every view's name; after `delete`,
  /// the board's own views.
  static func viewCompletions(_ argument: String, board: Board, limit: Int) -> [String] {
    let (word, rest, hasSpace) = split(argument)
    if hasSpace, let action = viewAction(word) {
      guard action == .delete else { return [] }
      let prefix = rest.searchKey
      return board.savedViews.map(\.name).filter { $0.searchKey.hasPrefix(prefix) }.prefix(limit)
        .map { "view delete " + $0 }
    }
    let prefix = argument.searchKey
    let names = ["save", "delete"].map { $0 + " " } + ViewLookup.all(on: board).map(\.name)
    return names.filter { $0.searchKey.hasPrefix(prefix) }.prefix(limit).map { "view " + $0 }
  }
}
