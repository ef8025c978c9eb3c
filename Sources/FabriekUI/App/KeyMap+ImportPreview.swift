import FabriekCore

/// The keys of the import's dry run (`:import PATH`): Enter imports, Esc cancels, the rest scrolls.
extension KeyMap {
  public static var importPreview: KeyMap {
    KeyMap(
      layer: .importPreview, under: [.scrolling, .everywhere],
      bindings: [
        KeyBinding([.enter], .confirm, help: tr("keys.importPreview.import"), hint: tr("keys.importPreview.importHint")),
        KeyBinding([.escape, .char("q")], .close, help: tr("keys.importPreview.cancel"), hint: tr("keys.importPreview.cancelHint")),
      ])
  }
}
