extension DemoData.Generator {
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
      let addedAt =
        past
        ? Timestamp(seconds: time.seconds + 3 * 3600)
        : min(Timestamp(seconds: now.seconds - 3600), time.adding(days: -14))
      let titles = DemoData.sessionTitles[kind] ?? ["Sessie"]
      var title = titles[rng.below(titles.count)]
      if kind == .ideaCampaign, rng.chance(0.6) {
        title =
          DemoData.campaignNames[rng.below(DemoData.campaignNames.count)][Lang.nl] + " " + String(day.components.year)
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
      sessions.append(DemoData.PlannedSession(session: s, addedAt: addedAt, past: past, time: time))
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
    var lo = 0
    var hi = skeletons.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if skeletons[mid].created < t { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
