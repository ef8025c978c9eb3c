/// The programme's default names (stages, rubric criteria) are English in the board file; while a
/// board still uses them they are shown in the current language. A board's own names are data and
/// shown as written.
extension Stage {
  /// The name to show: a default stage with its default English name in the current language.
  public var displayName: String { displayName(in: Language.current) }

  public func displayName(in language: Language) -> String {
    if let original = Stage.defaults.first(where: { $0.id == id }), original.name == name {
      return tr("stage." + id, [:], in: language)
    }
    return name
  }
}

extension Rubric.Criterion {
  /// The name to show: a default criterion with its default English name in the current
  /// language (`maatschappelijke impact`); a board's own criterion as written.
  public var displayName: String {
    if let original = Rubric.default.criteria.first(where: { $0.id == id }), original.name == name {
      return tr("criterion." + id)
    }
    return name
  }
}
