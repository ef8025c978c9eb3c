import FabriekCore

/// The pool assignment the mentors screen proposes: `Board.poolAssignment` (the optimum under
/// every mentor's free places, never a pair the rules refuse, the same scores as
/// `fabriek mentor assign`), with each pair's reasons from its suggestion.
enum MentorPool {
  static func rows(for ideas: [IdeaID], on board: Board) -> [MentorsState.PoolRow] {
    board.poolAssignment(for: ideas).map { p in
      let reasons = board.mentorSuggestions(for: p.idea, limit: Int.max).first { $0.person == p.person }?.reasons ?? []
      return MentorsState.PoolRow(idea: p.idea, person: p.person, score: p.score, reasons: reasons)
    }
  }
}
