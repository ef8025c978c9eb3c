/// Saving and removing import profiles (`ImportProfile`): one operation, `.setImportProfile`,
/// whose inverse puts back the profile that had the name before (or none).
extension Board {
  mutating func performSetImportProfile(name: String, profile: ImportProfile?) throws(BoardError) -> BoardOperation {
    let key = name.trimmingCharactersInWhitespace()
    let field = tr("field.profile")
    if key.isEmpty { throw .invalid(field: field, reason: tr("profile.needsName")) }
    try Rules.text(key, field: field, max: Rules.maxTitle)
    if let p = profile {
      if p.name != key { throw .invalid(field: field, reason: tr("profile.wrongName", ["name": key])) }
      if p.columns.isEmpty { throw .invalid(field: field, reason: tr("profile.needsColumn")) }
      for c in p.columns { try Rules.text(c.header, field: tr("field.profileColumn"), max: Rules.maxShortText) }
      for v in p.values {
        try Rules.text(v.answer, field: tr("field.profileAnswer"), max: Rules.maxShortText)
        try Rules.text(v.option, field: tr("field.profileOption"), max: Rules.maxTitle)
      }
    }
    let old = importProfiles[key]
    importProfiles[key] = profile
    return .setImportProfile(name: key, old)
  }
}
