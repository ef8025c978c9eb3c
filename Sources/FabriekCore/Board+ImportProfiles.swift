/// Saving and removing import profiles (`ImportProfile`): one operation, `.setImportProfile`,
/// whose inverse puts back the profile that had the name before (or none).
extension Board {
  mutating func performSetImportProfile(name: String, profile: ImportProfile?) throws(BoardError) -> BoardOperation {
    let key = name.trimmingCharactersInWhitespace()
    if key.isEmpty { throw .invalid(field: "profile", reason: "an import profile needs a name") }
    try Rules.text(key, field: "profile", max: Rules.maxTitle)
    if let p = profile {
      if p.name != key { throw .invalid(field: "profile", reason: "the profile's name is not “\(key)”") }
      if p.columns.isEmpty { throw .invalid(field: "profile", reason: "an import profile names at least one column") }
      for c in p.columns { try Rules.text(c.header, field: "profile column", max: Rules.maxShortText) }
      for v in p.values {
        try Rules.text(v.answer, field: "profile answer", max: Rules.maxShortText)
        try Rules.text(v.option, field: "profile option", max: Rules.maxTitle)
      }
    }
    let old = importProfiles[key]
    importProfiles[key] = profile
    return .setImportProfile(name: key, old)
  }
}
