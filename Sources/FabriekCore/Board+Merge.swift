/// Merging a duplicate into the idea it duplicates carries over what the duplicate adds, so
/// that nothing a candidate wrote is lost: its innovators, tags and SDGs join the target's; a
/// description (or pitch) the target does not already hold is added to it under the
/// duplicate's code; the scores of reviewers who have not scored the target come along; its
/// notes are copied onto the target. The duplicate is then declined as merged. All of it is one
/// `.batch`, so one undo takes it back, and each part writes its history line on the idea it
/// changes (the target's edits, the duplicate's decision), with the change's reason naming both.
extension Board {
  public func mergeOperation(_ duplicate: IdeaID, into target: IdeaID, by who: String, at: Timestamp) throws(BoardError)
    -> BoardOperation
  {
    let dup = try requireIdea(duplicate)
    let into = try requireIdea(target)
    var ops: [BoardOperation] = []
    var edits: [IdeaEdit] = []
    let innovators = into.innovators + dup.innovators.filter { !into.innovators.contains($0) }
    if innovators != into.innovators { edits.append(.innovators(innovators)) }
    let known = Set(into.tags.map { $0.lowercased() })
    var seen = known
    let tags = into.tags + dup.tags.filter { seen.insert($0.lowercased()).inserted }
    if tags != into.tags { edits.append(.tags(tags)) }
    let sdgs = into.sdgs + dup.sdgs.filter { !into.sdgs.contains($0) }
    if sdgs != into.sdgs { edits.append(.sdgs(sdgs.sorted())) }
    var pitchCarried = false
    if into.pitch.isEmpty, !dup.pitch.isEmpty {
      edits.append(.pitch(dup.pitch))
      pitchCarried = true
    }
    var description = into.description
    for text in [dup.description, pitchCarried || into.pitch.contains(dup.pitch) ? "" : dup.pitch] {
      if let longer = Self.carried(text, onto: description, from: duplicate) { description = longer }
    }
    if description != into.description { edits.append(.description(description)) }
    if into.applicantKind == nil, let kind = dup.applicantKind { edits.append(.applicantKind(kind)) }
    if into.region == nil, let region = dup.region { edits.append(.region(region)) }
    if !edits.isEmpty { ops.append(.editIdea(target, edits)) }
    for (reviewer, scores) in dup.scores.sorted(by: { $0.key < $1.key }) where into.scores[reviewer] == nil {
      ops.append(.score(target, reviewer: reviewer, scores: scores))
    }
    for note in dup.notes {
      var copy = note
      copy.id = Note.nextFreeID
      copy.text = duplicate.code + ": " + note.text
      ops.append(.addNote(target, copy))
    }
    ops.append(.decide(duplicate, Decision(kind: .merge(into: target), by: who, at: at)))
    return .batch(ops)
  }

  /// `text` added to `existing` under the duplicate's code, or nil when it adds nothing (empty,
  /// or already there word for word).
  static func carried(_ text: String, onto existing: String, from duplicate: IdeaID) -> String? {
    let t = text.trimmingCharactersInWhitespace()
    guard !t.isEmpty, !existing.contains(t) else { return nil }
    return existing.isEmpty ? t : existing + "\n\n" + duplicate.code + ": " + t
  }
}
