/// Suspected duplicates of a candidate, for triage: other ideas (declined and parked ones too)
/// that share an innovator's e-mail address with it and have a near-identical title
/// (`TitleSimilarity`, the rule the import uses).
extension Board {
  public func suspectedDuplicates(of id: IdeaID) -> [IdeaID] {
    guard let idea = ideas[id] else { return [] }
    let emails = Set(idea.innovators.compactMap { people[$0]?.email.lowercased() }.filter { !$0.isEmpty })
    guard !emails.isEmpty else { return [] }
    let sharing = Set(people.values.filter { emails.contains($0.email.lowercased()) }.map(\.id))
    let title = TitleSimilarity(idea.title)
    return ideas.values
      .filter { other in
        other.id != id && other.innovators.contains(where: sharing.contains)
          && TitleSimilarity(other.title).isNearIdentical(to: title)
      }
      .map(\.id)
      .sorted()
  }
}
