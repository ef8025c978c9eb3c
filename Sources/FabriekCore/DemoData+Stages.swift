extension DemoData.Generator {
  // MARK: ideas, before their details

  mutating func makeSkeletons() {
    skeletons.reserveCapacity(count)
    let slot = count > 0 ? Double(span) / Double(count) : 0
    let regionWeights = DemoData.regionWeights.map(\.1)
    for i in 0..<count {
      let created = Timestamp(seconds: firstIdea + Int64((Double(i) + rng.unit()) * slot))
      let region = DemoData.regionWeights[rng.weighted(regionWeights)].0
      let place = rng.pick(placesByRegion[region] ?? [], or: 0)
      let culture = rng.weighted(
        region == .brussels || region == .other ? DemoData.brusselsCultures : DemoData.flandersCultures)
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
        DemoData.Skeleton(
          created: created, region: region, place: place, lang: lang, culture: culture,
          theme: rng.below(DemoData.themes.count), variant: rng.below(2),
          kind: DemoData.applicantKinds[rng.weighted(DemoData.applicantKindWeights)], quality: rng.unit()))
    }
  }

  /// A funnel: fixed shares per stage, the oldest (give or take) furthest along.
  mutating func assignStages() {
    guard count > 0 else { return }
    func quota(_ share: Double) -> Int {
      count >= 10 ? max(1, Int(Double(count) * share)) : Int(Double(count) * share)
    }
    let declined = quota(0.08)
    let parked = quota(0.04)
    let exited = quota(0.05)
    let realisation = quota(0.09)
    let enrichment = quota(0.17)
    let ideaGeneration = quota(0.28)
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

}
