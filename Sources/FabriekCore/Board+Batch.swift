extension Board {
  /// Several operations as one, all or nothing, undone by one operation (the inverses in
  /// reverse order).
  ///
  /// Applied in place: applying to a copy of the board would copy every record of the ideas'
  /// dictionary it shares with the copy (most of a commit's time at 100,000 ideas). A refused
  /// operation takes back those before it by their exact inverses; the counters and the
  /// history, which inverses do not wind back, are put back as they were.
  mutating func applyBatch(_ ops: [BoardOperation], by who: String, at: Timestamp, why: String?) throws(BoardError)
    -> BoardOperation
  {
    let counters = (nextIdea, nextPerson, nextSession, nextMatch)
    let historyCount = history.count
    var inverses: [BoardOperation] = []
    inverses.reserveCapacity(ops.count)
    for o in ops {
      do throws(BoardError) {
        inverses.append(try apply(o, by: who, at: at, why: why))
      } catch {
        for inverse in inverses.reversed() { _ = try? apply(inverse, by: who, at: at, why: why) }
        (nextIdea, nextPerson, nextSession, nextMatch) = counters
        truncateHistory(to: historyCount)
        throw error
      }
    }
    return .batch(inverses.reversed())
  }
}
