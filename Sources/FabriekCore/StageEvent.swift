/// What a change did to its idea's place on the board: it entered a stage (added there, moved,
/// accepted, reopened, put back by an undo), or it left the board declined or parked. Recorded
/// on the change's history line, it is what the reports count stages and times by.
public enum StageEvent: Hashable, Sendable, Codable {
  case entered(stage: String)
  case declined(DeclineReason)
  case parked

  /// The idea's place before and after a change, as `Board.whereabouts(of:)` gives it; nil when the
  /// change did not move it (or concerns no idea).
  init?(from before: Board.Whereabouts?, to after: Board.Whereabouts?) {
    guard let after, after != before else { return nil }
    switch after {
    case .stage(let stage): self = .entered(stage: stage)
    case .declined(let reason): self = .declined(reason)
    case .parked: self = .parked
    }
  }

  /// `entered:enrichment`, `declined:duplicate`, `parked`: as the board file writes it.
  public var text: String {
    switch self {
    case .entered(let stage): "entered:" + stage
    case .declined(let reason): "declined:" + reason.rawValue
    case .parked: "parked"
    }
  }

  public init?(text: String) {
    if text == "parked" {
      self = .parked
    } else if text.hasPrefix("entered:"), text.count > "entered:".count {
      self = .entered(stage: String(text.dropFirst("entered:".count)))
    } else if text.hasPrefix("declined:"), let reason = DeclineReason(rawValue: String(text.dropFirst("declined:".count))) {
      self = .declined(reason)
    } else {
      return nil
    }
  }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let event = StageEvent(text: text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text))
    }
    self = event
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(text)
  }
}

extension Board {
  /// Where an idea is: in a stage, or off the board declined (for a reason) or parked.
  enum Whereabouts: Hashable {
    case stage(String)
    case declined(DeclineReason)
    case parked
  }

  func whereabouts(of subject: HistoryEntry.Subject) -> Whereabouts? {
    guard case .idea(let id) = subject, let idea = ideas[id] else { return nil }
    switch idea.outcome {
    case nil: return .stage(idea.stage)
    case .declined(let reason, _)?: return .declined(reason)
    case .parked?: return .parked
    }
  }
}
