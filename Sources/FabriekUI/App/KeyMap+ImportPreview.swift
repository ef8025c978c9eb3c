/// The keys of the import's dry run (`:import PATH`): Enter imports, Esc cancels, the rest scrolls.
extension KeyMap {
  public static let importPreview = KeyMap(
    layer: .importPreview, under: [.scrolling, .everywhere],
    bindings: [
      KeyBinding([.enter], .confirm, help: "keys.importPreview.import", hint: "keys.importPreview.importHint"),
      KeyBinding(
        [.escape, .char("q")], .close, help: "keys.importPreview.cancel", hint: "keys.importPreview.cancelHint"),
    ])
}
