extension DemoData.Generator {
  mutating func person(_ id: Int, culture c: Int, roles: [PersonRole], domain: String?) -> Person {
    let culture = DemoData.cultures[c]
    let g = rng.below(culture.given.count)
    let fc = rng.chance(0.15) ? rng.below(DemoData.cultures.count) : c
    let f = rng.below(DemoData.cultures[fc].family.count)
    var p = Person(
      id: PersonID(id), givenName: culture.given[g], familyName: DemoData.cultures[fc].family[f], roles: roles)
    p.email = email(givenSlugs[c][g] + "." + familySlugs[fc][f], id: id, domain: domain)
    p.languages = culture.languages
    for l in culture.extra where p.languages.count < 4 && rng.chance(0.35) && !p.languages.contains(l) {
      p.languages.append(l)
    }
    return p
  }

  /// A unique address on a reserved `.example` domain: demo data must never reach a real inbox.
  mutating func email(_ local: String, id: Int, domain: String?) -> String {
    let host = domain ?? ["mail.example", "post.example", "inbox.example", "web.example"][rng.below(4)]
    for candidate in [local, local + String(rng.int(10...99))] where emails.insert(candidate + "@" + host).inserted {
      return candidate + "@" + host
    }
    let last = local + "." + String(id) + "@" + host
    emails.insert(last)
    return last
  }

  mutating func phone(landline region: Region? = nil) -> String {
    func two() -> String { DemoData.pad2(rng.below(100)) }
    if let region {
      let zone: String
      switch region {
      case .brussels, .other: zone = "2"
      case .antwerp: zone = "3"
      case .eastFlanders: zone = "9"
      case .flemishBrabant: zone = "16"
      case .limburg: zone = "11"
      case .westFlanders: zone = "50"
      }
      let head = zone.count == 1 ? String(rng.int(200...599)) : two()
      return "+32 " + zone + " " + head + " " + two() + " " + two()
    }
    let prefix = [
      460, 465, 466, 467, 468, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 484, 485, 486, 487,
      488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499,
    ][rng.below(31)]
    let a = two()
    let b = two()
    let c = two()
    switch rng.below(3) {
    case 0: return "+32 \(prefix) \(a) \(b) \(c)"
    case 1: return "0\(prefix) \(a) \(b) \(c)"
    default: return "0\(prefix)/\(a).\(b).\(c)"
    }
  }

  /// Staff coaches, mentors and partners, there from the programme's start.
  mutating func addTeam(staff staffCount: Int, mentors mentorCount: Int, partners partnerCount: Int) {
    let joined = Timestamp(seconds: firstIdea - 30 * 86_400)
    var id = 1
    for k in 0..<staffCount {
      var p = person(
        id,
        culture: k < DemoData.staffNames.count ? DemoData.staffNames[k].2 : rng.weighted(DemoData.brusselsCultures),
        roles: [.staff], domain: "fabriek.example")
      if k < DemoData.staffNames.count {
        p.givenName = DemoData.staffNames[k].0
        p.familyName = DemoData.staffNames[k].1
        emails.remove(p.email)
        p.email = email(
          DemoData.slug(p.givenName) + "." + DemoData.slug(p.familyName), id: id, domain: "fabriek.example")
      }
      p.languages = ["nl", "fr", "en"]
      p.phone = phone(landline: .brussels)
      p.organisation = "Sociale InnovatieFabriek"
      p.expertise = rng.distinct(rng.int(1...2), of: DemoData.mentorExpertise)
      p.showFullName = true
      join(p, consentOn: joined.day, purpose: DemoData.staffConsent, at: joined)
      staff.append((p.id, p.fullName))
      id += 1
    }
    for _ in 0..<mentorCount {
      var p = person(
        id, from: DemoData.mentorOrganisations[rng.below(DemoData.mentorOrganisations.count)],
        culture: rng.weighted(DemoData.brusselsCultures), roles: rng.chance(0.15) ? [.mentor, .partner] : [.mentor])
      p.phone = phone()
      var expertise = rng.distinct(rng.int(2...3), of: DemoData.mentorExpertise)
      let theme = DemoData.themes[rng.below(DemoData.themes.count)].expertise
      if rng.chance(0.6), !expertise.contains(theme) { expertise.append(theme) }
      p.expertise = expertise
      p.mentorCapacity = rng.int(2...6)
      p.hoursBudget = 5 * rng.int(4...16)
      p.showFullName = true
      join(p, consentOn: joined.day.adding(days: rng.int(0...20)), purpose: DemoData.mentorConsent, at: joined)
      mentors.append((p.id, p.fullName))
      id += 1
    }
    for _ in 0..<partnerCount {
      var p = person(
        id, from: DemoData.partnerOrganisations[rng.below(DemoData.partnerOrganisations.count)],
        culture: rng.weighted(DemoData.flandersCultures), roles: [.partner])
      p.phone = phone(landline: DemoData.regionWeights[rng.below(6)].0)
      p.expertise = [DemoData.themes[rng.below(DemoData.themes.count)].expertise]
      p.showFullName = rng.chance(0.5)
      join(p, consentOn: joined.day, purpose: DemoData.partnerConsent, at: joined)
      partners.append(p.id)
      id += 1
    }
    innovatorBase = id
  }

  /// Someone of `organisation`, with an address at its domain.
  mutating func person(_ id: Int, from organisation: String, culture: Int, roles: [PersonRole]) -> Person {
    var p = person(id, culture: culture, roles: roles, domain: DemoData.slug(organisation) + ".example")
    p.organisation = organisation
    return p
  }

  /// A member of the team on the board from `joined`, with five years of consent from `day`.
  mutating func join(_ p: Person, consentOn day: Day, purpose: String, at joined: Timestamp) {
    var p = p
    consent(&p, on: day, purpose: purpose, years: 5)
    apply(.addPerson(p), at: joined)
  }

  func consent(_ p: inout Person, on day: Day, purpose: String, years: Int) {
    p.consentDate = day
    p.consentPurpose = purpose
    p.retentionDate = day.adding(days: 365 * years + years / 4)
  }

  /// The innovator who submitted idea `i`, there from the moment the idea came in.
  mutating func makeInnovator(_ i: Int) -> Person {
    let s = skeletons[i]
    var p = person(innovatorBase + i, culture: s.culture, roles: [.innovator], domain: nil)
    if !p.languages.contains(s.lang.code) { p.languages.insert(s.lang.code, at: 0) }
    p.phone = rng.chance(0.9) ? phone() : ""
    p.showFullName = rng.chance(0.35)
    let place = DemoData.places[s.place].name[s.lang]
    switch s.kind {
    case .civilSociety?:
      let names = DemoData.groupNames[s.lang.rawValue]
      let (before, after) = names[rng.below(names.count)]
      p.organisation = before + place + after
    case .publicBody?:
      switch s.lang {
      case .nl: p.organisation = (rng.chance(0.5) ? "OCMW " : "Stad ") + place
      case .fr: p.organisation = (rng.chance(0.5) ? "CPAS " : "Commune ") + DemoData.de(place)
      case .en: p.organisation = "City of " + place
      }
    case .company?: p.organisation = place + [" Consult bv", " Conseil srl", " Consulting"][s.lang.rawValue]
    case .socialEnterprise?:
      p.organisation = ["De Werkplaats cv", "L'Atelier Solidaire scrl", "Common Ground cooperative"][s.lang.rawValue]
    case .individual?, nil: break
    }
    let purpose = DemoData.consentPurposes[rng.below(2)][s.lang]
    consent(&p, on: s.created.day, purpose: purpose, years: s.fate == .declined ? 1 : 3)
    return p
  }

  // MARK: sessions

}
