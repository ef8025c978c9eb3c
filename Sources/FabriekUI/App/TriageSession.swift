import FabriekCore

/// The open triage screen: the Incoming queue as it was when triage began (oldest first, new
/// candidates appended as they arrive), the candidate shown, the criterion the digits score,
/// the candidate's record and suspected duplicates, and a decision's prompt when one is open.
public struct TriageSession: Hashable, Sendable {
  public internal(set) var queue: [IdeaID]
  /// The candidate shown; `queue.count` is the page after the last candidate.
  public internal(set) var position = 0
  /// The rubric criterion the digit keys score.
  public internal(set) var criterion = 0
  /// The candidate's record (its lines and scroll), as the detail pane keeps it.
  public internal(set) var record: DetailState?
  public internal(set) var duplicates: [IdeaID] = []
  public internal(set) var prompt: TriagePrompt?
  /// A y/n question open over the candidate: change its decision, go back to the skipped.
  public internal(set) var question: TriageQuestion?

  init(queue: [IdeaID]) {
    self.queue = queue
  }

  public var candidate: IdeaID? { queue.indices.contains(position) ? queue[position] : nil }
  public var isFinished: Bool { position >= queue.count }

  /// "12 / 37"; past the last candidate, "37 / 37".
  public var progress: String { "\(min(position + 1, queue.count)) / \(queue.count)" }

  /// The active ideas of the board's first stage (Incoming), oldest first.
  static func queue(of board: Board) -> [IdeaID] {
    guard let incoming = board.stages.first else { return [] }
    return board.column(incoming.id).sorted { ($0.created, $0.id) < ($1.created, $1.id) }.map(\.id)
  }
}

/// A y/n question in triage.
public enum TriageQuestion: Hashable, Sendable {
  /// The candidate was decided already (or left Incoming): make this decision instead?
  case changeDecision(TriageDecision)
  /// At the end of the queue: show the candidates skipped on the way again?
  case revisitSkipped([IdeaID])
}

/// What a decision asks before it is made.
public enum TriagePrompt: Hashable, Sendable {
  /// A reason from `DeclineReason.allCases` and the words that explain it (required).
  case decline(reason: Int, text: String)
  /// The revisit date as typed: `2027-03-01`, `+3w`, `+2m`.
  case park(text: String)
  /// A stage a candidate may be accepted into (`Board.acceptStages`).
  case stage(choice: Int)
  /// The idea to merge into: with no text typed, the suspected duplicates still on the board;
  /// else the ideas whose code or words match the text (`AppState.mergeTargets`).
  case merge(choices: [IdeaID], choice: Int, text: String)
}
