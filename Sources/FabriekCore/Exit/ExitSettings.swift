/// The board's exit settings, shared by the team: the criteria proposed for a new exit plan,
/// per value model, and when alumni are followed up after leaving.
public struct ExitSettings: Hashable, Codable, Sendable {
  /// Criteria texts by value model; a model without any uses the defaults of the catalogue
  /// (`Board.exitTemplate(for:)`).
  public var templates: [ValueModel: [String]]
  /// Months after leaving at which follow-ups are scheduled.
  public var followUpMonths: [Int]

  public static let defaultFollowUpMonths = [6, 12, 24]

  public init(templates: [ValueModel: [String]] = [:], followUpMonths: [Int] = ExitSettings.defaultFollowUpMonths) {
    self.templates = templates; self.followUpMonths = followUpMonths
  }

  /// The catalogue's criteria for a value model (no model: those of a social-only idea), in a language.
  public static func defaultTemplate(for model: ValueModel?, in language: Language = Language.current) -> [String] {
    var keys = ["exit.template.financed", "exit.template.entity", "exit.template.partner", "exit.template.team"]
    if model == .financialAndSocial { keys.append("exit.template.revenue") }
    return keys.map { tr($0, [:], in: language) }
  }
}

extension Board {
  /// The criteria proposed for an idea of this value model: the board's, or the defaults.
  public func exitTemplate(for model: ValueModel?, in language: Language = Language.current) -> [String] {
    if let own = exitSettings.templates[model ?? .socialOnly], !own.isEmpty { return own }
    return ExitSettings.defaultTemplate(for: model, in: language)
  }
}
