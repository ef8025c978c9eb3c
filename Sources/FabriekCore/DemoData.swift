/// A realistic demo board: ideas in every stage (a funnel), declined and parked ones, people
/// in every role, sessions of every kind, scores, notes, financing and exit plans, in Dutch,
/// French and English. The same seed and `now` always give the same board: there is no clock
/// and no system randomness inside, only a SplitMix64 generator.
///
/// Everything goes through `Board.apply`, so the board is valid by its own rules. Records are
/// built whole and added with one operation each, in time order, so `history` has one line per
/// person, idea and session.
public enum DemoData {
  public struct Generated: Hashable, Sendable {
    public var board: Board
    /// The messages of operations the board refused; each refused record was left out.
    /// Always empty unless the generator has a bug.
    public var refused: [String]
  }

  /// A board with `count` ideas, made for `seed`, with dates up to `now`.
  public static func board(count: Int, seed: UInt64, now: Timestamp) -> Board {
    generate(count: count, seed: seed, now: now).board
  }

  /// Like `board(count:seed:now:)`, and says which records, if any, the board refused.
  public static func generate(count: Int, seed: UInt64, now: Timestamp) -> Generated {
    var g = Generator(count: max(0, count), seed: seed, now: now)
    return g.run()
  }

  /// Who the history says made the demo records.
  public static let author = "demo"

  /// Sebastiano Vigna's SplitMix64: tiny, fast and the same on every platform.
  struct SplitMix64: Sendable {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    /// 0..<n (0 when n ≤ 1).
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + below(r.count) }
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    mutating func chance(_ p: Double) -> Bool { unit() < p }
    /// An index drawn in proportion to the weights.
    mutating func weighted(_ w: [Int]) -> Int {
      var r = below(w.reduce(0, +))
      for (i, x) in w.enumerated() {
        if r < x { return i }
        r -= x
      }
      return max(0, w.count - 1)
    }
    mutating func pick<T>(_ a: [T], or fallback: T) -> T { a.isEmpty ? fallback : a[below(a.count)] }
    /// Up to `k` different numbers in 0..<n, in the order drawn.
    mutating func distinct(_ k: Int, below n: Int) -> [Int] {
      var out: [Int] = []
      var tries = 0
      while out.count < min(k, n), tries < 4 * k + 8 {
        let x = below(n)
        if !out.contains(x) { out.append(x) }
        tries += 1
      }
      return out
    }
    /// Up to `k` different elements of `a`.
    mutating func distinct<T>(_ k: Int, of a: [T]) -> [T] { distinct(k, below: a.count).map { a[$0] } }
  }

  enum Fate { case active, declined, parked }

  /// What is decided about an idea before its people and sessions exist.
  struct Skeleton {
    var created: Timestamp
    var stage = Stage.incoming
    var fate = Fate.active
    var region: Region
    var place: Int
    var lang: Lang
    var culture: Int
    var theme: Int
    var variant: Int
    var kind: ApplicantKind?
    /// How good the idea is, 0…1: drives scores and outcomes.
    var quality: Double
  }

  struct PlannedSession {
    var session: Session
    /// When it is added to the board: after it took place, or two weeks before when planned.
    var addedAt: Timestamp
    var past: Bool
    var time: Timestamp
  }
}

extension DemoData {
  struct Generator {
    let count: Int
    let now: Timestamp
    var rng: SplitMix64
    /// The programme's three years: ideas come in evenly from `firstIdea` to just before `now`.
    let span: Int64 = 3 * 365 * 86_400
    let firstIdea: Int64
    var board = Board(name: "Sociale InnovatieFabriek (demo)")
    var refused: [String] = []

    var skeletons: [Skeleton] = []
    var staff: [(PersonID, String)] = []
    var mentors: [(PersonID, String)] = []
    var partners: [PersonID] = []
    var innovatorBase = 0
    var emails = Set<String>()
    var givenSlugs: [[String]] = []
    var familySlugs: [[String]] = []
    var placesByRegion: [Region: [Int]] = [:]
    var sessions: [PlannedSession] = []
    /// For each idea, a past session it was discussed in (index into `sessions`), or -1.
    var sessionOf: [Int] = []
    /// Whether the first idea in Realisation has been left without an exit plan yet.
    var missedExitPlan = false

    init(count: Int, seed: UInt64, now: Timestamp) {
      self.count = count
      self.now = now
      rng = SplitMix64(state: seed ^ 0x5EED_FAB0_1EC7_0001)
      firstIdea = now.seconds - 2 * 3600 - span
      givenSlugs = DemoData.cultures.map { $0.given.map(DemoData.slug) }
      familySlugs = DemoData.cultures.map { $0.family.map(DemoData.slug) }
      for (i, p) in DemoData.places.enumerated() { placesByRegion[p.region, default: []].append(i) }
    }

    mutating func apply(_ op: BoardOperation, at: Timestamp) {
      do {
        try board.apply(op, by: DemoData.author, at: at)
      } catch {
        refused.append(error.message)
      }
    }

    mutating func run() -> Generated {
      let staffCount = max(DemoData.staffNames.count, count / 40)
      let mentorCount = max(4, count / 8)
      let partnerCount = max(3, count / 50)
      let sessionCount = count == 0 ? 0 : max(12, count / 20)
      let people = staffCount + mentorCount + partnerCount + count
      board.history.reserveCapacity(people + count + sessionCount)
      board.ideas.reserveCapacity(count)
      board.people.reserveCapacity(people)
      board.sessions.reserveCapacity(sessionCount)
      emails.reserveCapacity(people)
      makeSkeletons()
      assignStages()
      addTeam(staff: staffCount, mentors: mentorCount, partners: partnerCount)
      planSessions(sessionCount)
      var next = 0
      for i in 0..<count {
        let created = skeletons[i].created
        while next < sessions.count, sessions[next].addedAt <= created {
          apply(.addSession(sessions[next].session), at: sessions[next].addedAt)
          next += 1
        }
        apply(.addPerson(makeInnovator(i)), at: created)
        apply(.addIdea(makeIdea(i)), at: created)
      }
      while next < sessions.count {
        apply(.addSession(sessions[next].session), at: sessions[next].addedAt)
        next += 1
      }
      return Generated(board: board, refused: refused)
    }

    // MARK: ideas, before their details

    mutating func makeSkeletons() {
      skeletons.reserveCapacity(count)
      let slot = count > 0 ? Double(span) / Double(count) : 0
      let regionWeights = DemoData.regionWeights.map(\.1)
      for i in 0..<count {
        let created = Timestamp(seconds: firstIdea + Int64((Double(i) + rng.unit()) * slot))
        let region = DemoData.regionWeights[rng.weighted(regionWeights)].0
        let place = rng.pick(placesByRegion[region] ?? [], or: 0)
        let culture = rng.weighted(region == .brussels || region == .other ? DemoData.brusselsCultures : DemoData.flandersCultures)
        let lang: Lang
        if rng.chance(0.55) {
          lang = DemoData.cultures[culture].writes
        } else {
          switch region {
          case .brussels: lang = [Lang.fr, .nl, .en][rng.weighted([45, 30, 25])]
          case .other: lang = [Lang.fr, .nl, .en][rng.weighted([60, 15, 25])]
          default: lang = [Lang.nl, .en, .fr][rng.weighted([80, 14, 6])]
          }
        }
        skeletons.append(
          Skeleton(
            created: created, region: region, place: place, lang: lang, culture: culture,
            theme: rng.below(DemoData.themes.count), variant: rng.below(2),
            kind: DemoData.applicantKinds[rng.weighted(DemoData.applicantKindWeights)], quality: rng.unit()))
      }
    }

    /// A funnel: fixed shares per stage, the oldest (give or take) furthest along.
    mutating func assignStages() {
      guard count > 0 else { return }
      func quota(_ share: Double) -> Int { count >= 10 ? max(1, Int(Double(count) * share)) : Int(Double(count) * share) }
      let declined = quota(0.08), parked = quota(0.04)
      let exited = quota(0.05), realisation = quota(0.09), enrichment = quota(0.17), ideaGeneration = quota(0.28)
      var order = Array(0..<count)
      for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
      for (n, i) in order.enumerated() {
        if n < declined {
          skeletons[i].fate = .declined
          skeletons[i].stage = [Stage.incoming, Stage.ideaGeneration, Stage.enrichment][rng.weighted([60, 30, 10])]
        } else if n < declined + parked {
          skeletons[i].fate = .parked
          skeletons[i].stage = [Stage.incoming, Stage.ideaGeneration, Stage.enrichment][rng.weighted([25, 50, 25])]
        }
      }
      let end = Double(now.seconds)
      var progress: [(Double, Int)] = []
      progress.reserveCapacity(count)
      for (i, s) in skeletons.enumerated() where s.fate == .active {
        let age = (end - Double(s.created.seconds)) / Double(span)
        progress.append((age + (rng.unit() - 0.5) * 0.5 + s.quality * 0.1, i))
      }
      progress.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
      let bounds = [
        (exited, Stage.exited), (realisation, Stage.realisation), (enrichment, Stage.enrichment),
        (ideaGeneration, Stage.ideaGeneration),
      ]
      var n = 0
      for (size, stage) in bounds {
        for _ in 0..<size where n < progress.count {
          skeletons[progress[n].1].stage = stage
          n += 1
        }
      }
    }

    // MARK: people

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
      let prefix = [460, 465, 466, 467, 468, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 484, 485, 486, 487,
        488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499][rng.below(31)]
      let a = two(), b = two(), c = two()
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
        var p = person(id, culture: k < DemoData.staffNames.count ? DemoData.staffNames[k].2 : rng.weighted(DemoData.brusselsCultures),
          roles: [.staff], domain: "fabriek.example")
        if k < DemoData.staffNames.count {
          p.givenName = DemoData.staffNames[k].0
          p.familyName = DemoData.staffNames[k].1
          emails.remove(p.email)
          p.email = email(DemoData.slug(p.givenName) + "." + DemoData.slug(p.familyName), id: id, domain: "fabriek.example")
        }
        p.languages = ["nl", "fr", "en"]
        p.phone = phone(landline: .brussels)
        p.organisation = "Sociale InnovatieFabriek"
        p.expertise = rng.distinct(rng.int(1...2), of: DemoData.mentorExpertise)
        p.showFullName = true
        consent(&p, on: joined.day, purpose: DemoData.staffConsent, years: 5)
        apply(.addPerson(p), at: joined)
        staff.append((p.id, p.fullName))
        id += 1
      }
      for _ in 0..<mentorCount {
        let org = DemoData.mentorOrganisations[rng.below(DemoData.mentorOrganisations.count)]
        var p = person(id, culture: rng.weighted(DemoData.brusselsCultures), roles: rng.chance(0.15) ? [.mentor, .partner] : [.mentor],
          domain: DemoData.slug(org) + ".example")
        p.organisation = org
        p.phone = phone()
        var expertise = rng.distinct(rng.int(2...3), of: DemoData.mentorExpertise)
        let theme = DemoData.themes[rng.below(DemoData.themes.count)].expertise
        if rng.chance(0.6), !expertise.contains(theme) { expertise.append(theme) }
        p.expertise = expertise
        p.mentorCapacity = rng.int(2...6)
        p.hoursBudget = 5 * rng.int(4...16)
        p.showFullName = true
        consent(&p, on: joined.day.adding(days: rng.int(0...20)), purpose: DemoData.mentorConsent, years: 5)
        apply(.addPerson(p), at: joined)
        mentors.append((p.id, p.fullName))
        id += 1
      }
      for _ in 0..<partnerCount {
        let org = DemoData.partnerOrganisations[rng.below(DemoData.partnerOrganisations.count)]
        var p = person(id, culture: rng.weighted(DemoData.flandersCultures), roles: [.partner], domain: DemoData.slug(org) + ".example")
        p.organisation = org
        p.phone = phone(landline: DemoData.regionWeights[rng.below(6)].0)
        p.expertise = [DemoData.themes[rng.below(DemoData.themes.count)].expertise]
        p.showFullName = rng.chance(0.5)
        consent(&p, on: joined.day, purpose: DemoData.partnerConsent, years: 5)
        apply(.addPerson(p), at: joined)
        partners.append(p.id)
        id += 1
      }
      innovatorBase = id
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
      case .socialEnterprise?: p.organisation = ["De Werkplaats cv", "L'Atelier Solidaire scrl", "Common Ground cooperative"][s.lang.rawValue]
      case .individual?, nil: break
      }
      let purpose = DemoData.consentPurposes[rng.below(2)][s.lang]
      consent(&p, on: s.created.day, purpose: purpose, years: s.fate == .declined ? 1 : 3)
      return p
    }

    // MARK: sessions

    /// Sessions of every kind over the programme's years, a few still to come; each past one
    /// with an agenda of ideas that existed by then, participants and dot votes.
    mutating func planSessions(_ n: Int) {
      let firstDay = Timestamp(seconds: firstIdea).day.daysSinceEpoch
      let lastDay = now.day.daysSinceEpoch + 45
      let window = max(30, count / 12)
      for j in 0..<n {
        let kind = SessionKind.allCases[j % SessionKind.allCases.count]
        let day = Day(daysSinceEpoch: rng.int(firstDay...lastDay))
        let time = Timestamp(seconds: Int64(day.daysSinceEpoch) * 86_400 + 14 * 3600)
        let past = time.seconds + 3 * 3600 <= now.seconds
        let addedAt = past ? Timestamp(seconds: time.seconds + 3 * 3600) : min(Timestamp(seconds: now.seconds - 3600), time.adding(days: -14))
        let titles = DemoData.sessionTitles[kind] ?? ["Sessie"]
        var title = titles[rng.below(titles.count)]
        if kind == .ideaCampaign, rng.chance(0.6) {
          title = DemoData.campaignNames[rng.below(DemoData.campaignNames.count)][Lang.nl] + " " + String(day.components.year)
        }
        var s = Session(id: SessionID(1), kind: kind, title: title, date: day)
        s.facilitator = staff.isEmpty ? nil : staff[rng.below(staff.count)].0
        let available = lowerBound(addedAt)
        let size: ClosedRange<Int>
        switch kind {
        case .competitionRound, .ideaCampaign: size = 5...9
        case .visionSession, .training: size = 2...6
        case .coCreation: size = 1...4
        case .networking: size = 0...3
        }
        let from = max(0, available - window)
        let agenda = rng.distinct(rng.int(size), below: available - from).map { $0 + from }
        s.agenda = agenda.map { IdeaID($0 + 1) }
        var participants: [PersonID] = []
        for i in agenda.prefix(8) where !participants.contains(PersonID(innovatorBase + i)) {
          participants.append(PersonID(innovatorBase + i))
        }
        for m in rng.distinct(rng.int(1...3), of: mentors) { participants.append(m.0) }
        for p in rng.distinct(rng.int(0...2), of: partners) { participants.append(p) }
        if let f = s.facilitator, rng.chance(0.3) {
          let other = staff[rng.below(staff.count)].0
          if other != f { participants.append(other) }
        }
        s.participants = participants
        if past, kind != .networking, kind != .training, s.agenda.count >= 2 {
          for p in participants { vote(&s, participant: p, dots: 3) }
          if kind == .competitionRound { vote(&s, participant: nil, dots: rng.int(10...30)) }
        }
        sessions.append(PlannedSession(session: s, addedAt: addedAt, past: past, time: time))
      }
      sessions.sort { $0.addedAt != $1.addedAt ? $0.addedAt < $1.addedAt : $0.session.date < $1.session.date }
      sessionOf = Array(repeating: -1, count: count)
      for k in sessions.indices {
        sessions[k].session.id = SessionID(k + 1)
        guard sessions[k].past, sessions[k].session.kind != .networking else { continue }
        for idea in sessions[k].session.agenda where sessionOf[idea.rawValue - 1] < 0 || rng.chance(0.5) {
          sessionOf[idea.rawValue - 1] = k
        }
      }
    }

    mutating func vote(_ s: inout Session, participant: PersonID?, dots: Int) {
      for _ in 0..<dots {
        let idea = s.agenda[rng.below(s.agenda.count)]
        if let v = s.votes.firstIndex(where: { $0.idea == idea && $0.participant == participant }) {
          s.votes[v].dots += 1
        } else {
          s.votes.append(DotVote(idea: idea, participant: participant, dots: 1))
        }
      }
    }

    /// How many ideas came in before `t`.
    func lowerBound(_ t: Timestamp) -> Int {
      var lo = 0, hi = skeletons.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if skeletons[mid].created < t { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
  }
}

extension DemoData {
  /// `de Gent`, `d'Ixelles`: French elision before a vowel.
  static func de(_ place: String) -> String {
    guard let first = place.first, "AEIOUÉÈ".contains(first) else { return "de " + place }
    return "d'" + place
  }

  /// `7` → `07`.
  static func pad2(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

  /// `Aït Ouarab` → `aitouarab`: the part of a name that can go in an e-mail address.
  static func slug(_ s: String) -> String {
    var out = ""
    for ch in s.searchKey.unicodeScalars {
      switch ch {
      case "a"..."z", "0"..."9", "-": out.unicodeScalars.append(ch)
      case "ł": out += "l"
      case "ı": out += "i"
      case "ø": out += "o"
      case "ß": out += "ss"
      default: break
      }
    }
    return out
  }
}

// MARK: one idea, whole

extension DemoData.Generator {
  typealias Lang = DemoData.Lang

  /// A moment between `lo` and `hi` (fractions) of the way from `from` to now.
  mutating func moment(from: Timestamp, _ lo: Double, _ hi: Double) -> Timestamp {
    let age = Double(max(3600, now.seconds - from.seconds))
    return Timestamp(seconds: from.seconds + Int64(age * (lo + (hi - lo) * rng.unit())))
  }

  // swiftlint:disable:next function_body_length cyclomatic_complexity
  mutating func makeIdea(_ i: Int) -> Idea {
    let s = skeletons[i]
    let theme = DemoData.themes[s.theme]
    let l = s.lang
    let place = DemoData.places[s.place].name[l]
    let stageIndex = [Stage.incoming, Stage.ideaGeneration, Stage.enrichment, Stage.realisation, Stage.exited]
      .firstIndex(of: s.stage) ?? 0
    let active = s.fate == .active

    var title = theme.titles[s.variant][l]
    if rng.chance(0.6) { title += [" in ", " à ", " in "][l.rawValue] + place }
    let sentence = DemoData.placeSentences[rng.below(DemoData.placeSentences.count)]
    let description = stageIndex == 0 && rng.chance(0.15) ? "" : sentence.0[l] + place + sentence.1[l]
    var idea = Idea(
      id: IdeaID(i + 1), title: title, stage: s.stage, created: s.created, pitch: theme.pitches[min(s.variant, theme.pitches.count - 1)][l],
      description: description, tags: Array(theme.tags.prefix(rng.int(1...theme.tags.count))))
    idea.sdgs = Array(theme.sdgs.prefix(rng.int(1...theme.sdgs.count)))
    idea.applicantKind = s.kind
    idea.region = stageIndex == 0 && rng.chance(0.05) ? nil : s.region
    idea.valueModel = [ValueModel.financialAndSocial, .socialOnly, nil][rng.weighted([55, 40, 5])]
    idea.origin = origin(s, lang: l)

    // People: the submitter, sometimes a co-founder from an earlier idea, a coach once triaged, mentors later on.
    idea.innovators = [PersonID(innovatorBase + i)]
    if i > 0, rng.chance(0.18) { idea.innovators.append(PersonID(innovatorBase + rng.int(max(0, i - 500)...(i - 1)))) }
    let coach: Int? = (stageIndex > 0 ? rng.chance(0.92) : rng.chance(0.15)) ? rng.below(staff.count) : nil
    idea.coach = coach.map { staff[$0].0 }
    let mentorCount: Int
    switch stageIndex {
    case 1: mentorCount = active && rng.chance(0.25) ? 1 : 0
    case 2, 3: mentorCount = active ? rng.weighted([5, 60, 35]) : 1
    case 4: mentorCount = 1
    default: mentorCount = 0
    }
    let mentorPicks = rng.distinct(mentorCount, below: mentors.count)
    idea.mentors = mentorPicks.map { mentors[$0].0 }
    let decider = coach.map { staff[$0].1 } ?? staff[rng.below(staff.count)].1

    // Where it stands: stage entered, the triage decision, declined or parked.
    let entry: [(Double, Double)] = [(0, 0), (0.03, 0.2), (0.2, 0.45), (0.45, 0.7), (0.7, 0.95)]
    idea.enteredStage = stageIndex == 0 ? s.created : moment(from: s.created, entry[stageIndex].0, entry[stageIndex].1)
    switch s.fate {
    case .active:
      if stageIndex > 0 {
        let accepted = stageIndex == 1 ? idea.enteredStage : moment(from: s.created, 0.02, 0.2)
        idea.decision = Decision(kind: .accept(stage: Stage.ideaGeneration), by: decider, at: accepted)
      }
    case .declined:
      let at = moment(from: idea.enteredStage, 0.05, 0.5)
      let reason = DemoData.declineWeights[rng.weighted(DemoData.declineWeights.map(\.1))].0
      if reason == .duplicate, let target = mergeTarget(before: i) {
        idea.outcome = .declined(reason: .duplicate, text: "merged into \(target.code)")
        idea.decision = Decision(kind: .merge(into: target), by: decider, at: at)
      } else {
        let text = DemoData.declineTexts[reason]?[l] ?? reason.label
        idea.outcome = .declined(reason: reason, text: text)
        idea.decision = Decision(kind: .decline(reason: reason, text: text), by: decider, at: at)
      }
    case .parked:
      let at = moment(from: idea.enteredStage, 0.05, 0.5)
      var revisit = at.day.adding(days: rng.int(60...240))
      if revisit <= now.day, rng.chance(0.75) { revisit = now.day.adding(days: rng.int(7...180)) }
      idea.outcome = .parked(revisit: revisit)
      idea.decision = Decision(kind: .park(revisit: revisit), by: decider, at: at)
    }

    // Triage scores on what is still being shaped.
    if stageIndex <= 1, rng.chance(!active ? 0.7 : stageIndex == 0 ? 0.6 : 0.9) {
      for r in rng.distinct(rng.weighted([0, 45, 35, 20]), below: staff.count) {
        var scores: [String: Int] = [:]
        for c in board.rubric.criteria {
          let v = 1 + s.quality * 4 + (rng.unit() - 0.5) * 1.6
          scores[c.id] = min(5, max(1, Int(v.rounded())))
        }
        idea.scores[staff[r].1] = scores
      }
    }

    // The work of Enrichment and Realisation.
    switch stageIndex {
    case 0: idea.readiness = rng.chance(0.3) ? 1 : nil
    case 1: idea.readiness = rng.chance(0.6) ? rng.int(1...3) : nil
    case 2: idea.readiness = rng.int(3...5)
    case 3: idea.readiness = rng.int(5...7)
    default: idea.readiness = rng.int(7...9)
    }
    if stageIndex >= 2 || (stageIndex == 1 && rng.chance(0.15)) {
      idea.theoryOfChange = rng.chance(0.9) ? theme.change[l] : ""
    }
    if stageIndex >= 2 {
      idea.enrichment = modules(stageIndex: stageIndex, active: active, lang: l)
      let progress: (Double, Double) = stageIndex == 2 ? (0, 0.3) : stageIndex == 3 ? (0.3, 0.7) : (0.7, 1.1)
      for t in theme.indicators.prefix(rng.int(1...theme.indicators.count)) {
        let f = progress.0 + (progress.1 - progress.0) * rng.unit()
        let current = stageIndex == 2 && rng.chance(0.5) ? nil : (Double(t.baseline) + Double(t.target - t.baseline) * f).rounded()
        idea.indicators.append(
          Indicator(name: t.name[l], unit: DemoData.units[t.unit]?[l] ?? t.unit, baseline: Double(t.baseline), target: Double(t.target), current: current))
      }
      idea.financing = financing(s, stageIndex: stageIndex, active: active, entered: idea.enteredStage)
    }
    if active { idea.exitPlan = exitPlan(stageIndex: stageIndex, lang: l, entered: idea.enteredStage) }

    idea.notes = notes(i, stageIndex: stageIndex, active: active, lang: l, coach: coach, mentors: mentorPicks)
    return idea
  }

  mutating func origin(_ s: DemoData.Skeleton, lang l: Lang) -> Origin {
    let kind = DemoData.originKinds[rng.weighted(DemoData.originWeights)]
    let year = String(s.created.day.components.year)
    switch kind {
    case .ideaCampaign:
      return Origin(kind: kind, name: DemoData.campaignNames[rng.below(DemoData.campaignNames.count)][l] + " " + year)
    case .visionSession:
      return Origin(kind: kind, name: rng.pick(DemoData.sessionTitles[.visionSession] ?? [], or: "Visiesessie"))
    case .competition:
      return Origin(kind: kind, name: ["Sociale Innovatieprijs ", "Prix de l'innovation sociale ", "Social Innovation Award "][l.rawValue] + year)
    case .referral where rng.chance(0.5):
      return Origin(kind: kind, name: DemoData.partnerOrganisations[rng.below(DemoData.partnerOrganisations.count)])
    default:
      return Origin(kind: kind)
    }
  }

  /// An earlier idea still on the board that a duplicate can be merged into.
  mutating func mergeTarget(before i: Int) -> IdeaID? {
    guard i > 0 else { return nil }
    for _ in 0..<5 {
      let j = rng.int(max(0, i - 200)...(i - 1))
      if skeletons[j].fate == .active { return IdeaID(j + 1) }
    }
    return nil
  }

  mutating func modules(stageIndex: Int, active: Bool, lang l: Lang) -> [EnrichmentModule] {
    let kinds = rng.distinct(stageIndex == 2 ? rng.int(2...5) : rng.int(3...6), of: EnrichmentKind.allCases)
    return kinds.map { kind in
      let status: ModuleStatus
      switch stageIndex {
      case 2 where active: status = [.done, .inProgress, .planned][rng.weighted([40, 35, 25])]
      case 2: status = [.done, .inProgress, .skipped][rng.weighted([50, 20, 30])]
      case 3: status = [.done, .skipped, .inProgress][rng.weighted([80, 10, 10])]
      default: status = [.done, .skipped][rng.weighted([85, 15])]
      }
      var note = ""
      if status == .done, rng.chance(0.3) {
        switch kind {
        case .impactMeasurement: note = DemoData.moduleNotes[0][l]
        case .financials: note = DemoData.moduleNotes[1][l]
        case .targetAudience: note = DemoData.moduleNotes[2][l]
        default: break
        }
      }
      return EnrichmentModule(kind: kind, status: status, notes: note)
    }
  }

  mutating func financing(_ s: DemoData.Skeleton, stageIndex: Int, active: Bool, entered: Timestamp) -> [FinancingApplication] {
    var apps: [FinancingApplication] = []
    func add(_ kind: FinancingKind, _ status: FinancingStatus, _ rng: inout DemoData.SplitMix64) {
      let funder: String
      if kind == .feasibilityStudy {
        funder = s.region == .brussels
          ? ["innoviris.brussels", "Sociale InnovatieFabriek", "hub.brussels"][rng.weighted([60, 25, 15])]
          : ["VLAIO", "Sociale InnovatieFabriek", "Koning Boudewijnstichting"][rng.weighted([50, 35, 15])]
      } else {
        funder = DemoData.funders[rng.below(DemoData.funders.count)]
      }
      let asked = kind == .feasibilityStudy ? Euro(euros: 500 * Int64(rng.int(10...60))) : Euro(euros: 1000 * Int64(rng.int(25...150)))
      var granted: Euro?
      if status == .granted {
        granted = rng.chance(0.5) ? asked : Euro(euros: asked.cents / 100 * Int64(rng.int(60...95)) / 100 / 100 * 100)
      }
      let today = now.day
      var submitted: Day?
      var decided: Day?
      if status != .draft {
        let sub = min(today, entered.day.adding(days: rng.int(7...60)))
        submitted = sub
        if status == .granted || status == .rejected { decided = min(today, sub.adding(days: rng.int(30...120))) }
      }
      apps.append(
        FinancingApplication(
          id: apps.count + 1, kind: kind, funder: funder, asked: asked, granted: granted, status: status,
          submitted: submitted, decided: decided))
    }
    switch stageIndex {
    case 2 where active && rng.chance(0.25):
      add(.feasibilityStudy, [.draft, .submitted][rng.below(2)], &rng)
    case 3:
      add(.feasibilityStudy, [.granted, .rejected, .submitted][rng.weighted([55, 15, 30])], &rng)
      if rng.chance(0.55) { add(.pilot, [.draft, .submitted, .granted][rng.weighted([40, 35, 25])], &rng) }
    case 4:
      add(.feasibilityStudy, rng.chance(0.85) ? .granted : .rejected, &rng)
      if rng.chance(0.75) { add(.pilot, rng.chance(0.7) ? .granted : .rejected, &rng) }
    default: break
    }
    return apps
  }

  /// Most ideas past Enrichment have an exit plan; some do not, and the board flags those.
  mutating func exitPlan(stageIndex: Int, lang l: Lang, entered: Timestamp) -> ExitPlan? {
    let criteria = DemoData.exitCriteria[rng.below(DemoData.exitCriteria.count)][l]
    switch stageIndex {
    case 2 where rng.chance(0.2):
      return ExitPlan(criteria: criteria, targetDate: now.day.adding(days: rng.int(180...720)), status: .draft)
    case 3:
      if !missedExitPlan {
        missedExitPlan = true
        return nil
      }
      guard rng.chance(0.8) else { return nil }
      let status: ExitPlanStatus = [.draft, .agreed, .executing][rng.weighted([25, 45, 30])]
      return ExitPlan(criteria: criteria, targetDate: now.day.adding(days: rng.int(60...540)), status: status)
    case 4:
      guard rng.chance(0.9) else { return nil }
      let done = rng.chance(0.8)
      return ExitPlan(
        criteria: criteria, targetDate: entered.day.adding(days: rng.int(-60...30)), status: done ? .completed : .executing,
        outcome: done ? DemoData.exitOutcomes[rng.below(DemoData.exitOutcomes.count)][l] : "")
    default:
      return nil
    }
  }

  mutating func notes(_ i: Int, stageIndex: Int, active: Bool, lang l: Lang, coach: Int?, mentors picks: [Int]) -> [Note] {
    let created = skeletons[i].created
    var n: Int
    switch stageIndex {
    case _ where !active: n = rng.weighted([40, 40, 20])
    case 0: n = rng.weighted([70, 30])
    case 1: n = rng.weighted([30, 45, 25])
    case 2: n = rng.weighted([0, 35, 40, 25])
    case 3: n = rng.weighted([0, 0, 40, 35, 25])
    default: n = rng.weighted([0, 30, 40, 20, 10])
    }
    var notes: [Note] = []
    let k = sessionOf.isEmpty ? -1 : sessionOf[i]
    if k >= 0, rng.chance(0.7) {
      let planned = sessions[k]
      let f = (planned.session.facilitator?.rawValue ?? 1) - 1
      let author = staff[staff.indices.contains(f) ? f : 0].1
      let at = max(Timestamp(seconds: created.seconds + 60), Timestamp(seconds: planned.time.seconds + 2 * 3600))
      let text = DemoData.sessionNotes[rng.below(DemoData.sessionNotes.count)][l]
      notes.append(Note(id: 0, at: at, author: author, text: text, session: planned.session.id))
      n = max(0, n - 1)
    }
    for t in rng.distinct(n, below: DemoData.notes.count) {
      let author: String
      let who = rng.below(4)
      if who < 2, let c = coach {
        author = staff[c].1
      } else if who == 2, let m = picks.first {
        author = mentors[m].1
      } else {
        author = staff[rng.below(staff.count)].1
      }
      notes.append(
        Note(id: 0, at: moment(from: created, 0.01, 1), author: author, text: DemoData.notes[t][l],
          isPrivate: t == 6 || rng.chance(0.15)))
    }
    notes.sort { $0.at < $1.at }
    for k in notes.indices { notes[k].id = k + 1 }
    return notes
  }
}
