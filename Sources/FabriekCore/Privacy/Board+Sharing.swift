/// The board as an export shows it by default (data protection by default): no e-mail
/// addresses or phones, family names as their initial (`Sofie P.`), no private notes. The
/// export's `--personal` gives the board as it is. The fields this takes out are the ones the
/// README's export schema marks as personal.
extension Board {
  public var withoutPersonalData: Board {
    var b = self
    for (id, p) in people {
      var q = p
      q.email = ""
      q.phone = ""
      if let initial = p.familyName.first { q.familyName = "\(initial)." }
      if q != p { b.people[id] = q }
    }
    for (id, idea) in ideas where idea.notes.contains(where: \.isPrivate) {
      var i = idea
      i.notes.removeAll(where: \.isPrivate)
      b.ideas[id] = i
    }
    return b
  }
}
