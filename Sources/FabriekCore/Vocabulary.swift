/// The closed lists of the programme. Raw values are what the board file
/// stores; `label` is what a user reads, in the current language; `label(in: .en)` is the
/// English label, which CSV exports write and import reads back in any language.

public enum ApplicantKind: String, Codable, Sendable, CaseIterable {
  case individual
  case civilSociety = "civil-society"
  case socialEnterprise = "social-enterprise"
  case company
  case publicBody = "public-body"
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String { tr("applicant." + rawValue, [:], in: language) }
}

public enum OriginKind: String, Codable, Sendable, CaseIterable {
  case ideaCampaign = "idea-campaign"
  case visionSession = "vision-session"
  case networking, competition, website, referral
  case walkIn = "walk-in"
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String { tr("origin." + rawValue, [:], in: language) }
}

public struct Origin: Hashable, Codable, Sendable {
  public var kind: OriginKind
  /// The campaign's or session's name, when there is one.
  public var name: String?
  public init(kind: OriginKind, name: String? = nil) { self.kind = kind; self.name = name }
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String {
    name.map { tr("origin.named", ["kind": kind.label(in: language), "name": $0], in: language) }
      ?? kind.label(in: language)
  }
}

public enum Region: String, Codable, Sendable, CaseIterable {
  case brussels, antwerp, limburg
  case eastFlanders = "east-flanders"
  case flemishBrabant = "flemish-brabant"
  case westFlanders = "west-flanders"
  case other
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String { tr("region." + rawValue, [:], in: language) }
}

public enum ValueModel: String, Codable, Sendable, CaseIterable {
  case financialAndSocial = "financial-and-social"
  case socialOnly = "social-only"
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String { tr("valueModel." + rawValue, [:], in: language) }
}

public enum PersonRole: String, Codable, Sendable, CaseIterable {
  case innovator, mentor, partner, staff
}

/// How a person is tied to an idea.
public enum IdeaRole: String, Codable, Sendable, CaseIterable {
  case innovator, coach, mentor
}

public enum SessionKind: String, Codable, Sendable, CaseIterable {
  case visionSession = "vision-session"
  case coCreation = "co-creation"
  case ideaCampaign = "idea-campaign"
  case competitionRound = "competition-round"
  case training, networking
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String { tr("sessionKind." + rawValue, [:], in: language) }
}

public enum EnrichmentKind: String, Codable, Sendable, CaseIterable {
  case impactMeasurement = "impact-measurement"
  case financials
  case targetAudience = "target-audience"
  case coCreation = "co-creation"
  case competition, training
  case partnerMatchmaking = "partner-matchmaking"
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String { tr("enrichment." + rawValue, [:], in: language) }
}

public enum ModuleStatus: String, Codable, Sendable, CaseIterable {
  case planned
  case inProgress = "in-progress"
  case done, skipped
}

public enum FinancingKind: String, Codable, Sendable, CaseIterable {
  case feasibilityStudy = "feasibility-study"
  case pilot
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String { tr("financingKind." + rawValue, [:], in: language) }
}

public enum FinancingStatus: String, Codable, Sendable, CaseIterable {
  case draft, submitted, granted, rejected, withdrawn
}

public enum ExitPlanStatus: String, Codable, Sendable, CaseIterable {
  case draft, agreed, executing, completed
}

public enum DeclineReason: String, Codable, Sendable, CaseIterable {
  case notSocialInnovation = "not-social-innovation"
  case outOfScope = "out-of-scope"
  case duplicate
  case notFeasible = "not-feasible"
  case incomplete, withdrawn, other
  public var label: String { label(in: Language.current) }
  public func label(in language: Language) -> String { tr("decline." + rawValue, [:], in: language) }
}
