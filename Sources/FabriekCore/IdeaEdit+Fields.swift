extension IdeaEdit {
  /// The field's name as a user reads it in messages and history.
  public var field: String {
    switch self {
    case .title: "title"
    case .pitch: "pitch"
    case .description: "description"
    case .applicantKind: "applicant kind"
    case .innovators: "innovators"
    case .coach: "coach"
    case .mentors: "mentors"
    case .origin: "origin"
    case .region: "region"
    case .tags: "tags"
    case .sdgs: "SDGs"
    case .valueModel: "value model"
    case .enrichment: "enrichment modules"
    case .readiness: "readiness level"
    case .theoryOfChange: "theory of change"
    case .indicators: "indicators"
    case .financing: "financing"
    case .exitPlan: "exit plan"
    }
  }

  /// The field's name in `language`, for the screen (`field` is the English one of history lines).
  public func field(in language: Language) -> String {
    let key: String
    switch self {
    case .title: key = "title"
    case .pitch: key = "pitch"
    case .description: key = "description"
    case .applicantKind: key = "applicantKind"
    case .innovators: key = "innovators"
    case .coach: key = "coach"
    case .mentors: key = "mentors"
    case .origin: key = "origin"
    case .region: key = "region"
    case .tags: key = "tags"
    case .sdgs: key = "sdgs"
    case .valueModel: key = "valueModel"
    case .enrichment: key = "enrichment"
    case .readiness: key = "readiness"
    case .theoryOfChange: key = "theoryOfChange"
    case .indicators: key = "indicators"
    case .financing: key = "financing"
    case .exitPlan: key = "exitPlan"
    }
    return language == .en ? field : tr("field." + key, [:], in: language)
  }

  /// The same field holding the value it has in `idea` now: the edit that undoes this one.
  func current(in idea: Idea) -> IdeaEdit {
    switch self {
    case .title: .title(idea.title)
    case .pitch: .pitch(idea.pitch)
    case .description: .description(idea.description)
    case .applicantKind: .applicantKind(idea.applicantKind)
    case .innovators: .innovators(idea.innovators)
    case .coach: .coach(idea.coach)
    case .mentors: .mentors(idea.mentors)
    case .origin: .origin(idea.origin)
    case .region: .region(idea.region)
    case .tags: .tags(idea.tags)
    case .sdgs: .sdgs(idea.sdgs)
    case .valueModel: .valueModel(idea.valueModel)
    case .enrichment: .enrichment(idea.enrichment)
    case .readiness: .readiness(idea.readiness)
    case .theoryOfChange: .theoryOfChange(idea.theoryOfChange)
    case .indicators: .indicators(idea.indicators)
    case .financing: .financing(idea.financing)
    case .exitPlan: .exitPlan(idea.exitPlan)
    }
  }

  func write(into idea: inout Idea) {
    switch self {
    case .title(let v): idea.title = v
    case .pitch(let v): idea.pitch = v
    case .description(let v): idea.description = v
    case .applicantKind(let v): idea.applicantKind = v
    case .innovators(let v): idea.innovators = v
    case .coach(let v): idea.coach = v
    case .mentors(let v): idea.mentors = v
    case .origin(let v): idea.origin = v
    case .region(let v): idea.region = v
    case .tags(let v): idea.tags = v
    case .sdgs(let v): idea.sdgs = v
    case .valueModel(let v): idea.valueModel = v
    case .enrichment(let v): idea.enrichment = v
    case .readiness(let v): idea.readiness = v
    case .theoryOfChange(let v): idea.theoryOfChange = v
    case .indicators(let v): idea.indicators = v
    case .financing(let v): idea.financing = v
    case .exitPlan(let v): idea.exitPlan = v
    }
  }
}
