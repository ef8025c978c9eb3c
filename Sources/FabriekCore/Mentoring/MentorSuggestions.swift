import Foundation

/// How much each part of a suggestion's score weighs; data in the board (`Board.matchWeights`,
/// set by `setMatchWeights`), so that a team can tune it. A key missing from a board file
/// takes its default.
public struct MatchWeights: Hashable, Codable, Sendable {
  /// Per theme of the idea the person's expertise covers (at most `themesCounted`).
  public var expertise: Double
  public var themesCounted: Int
  /// A language the innovators speak (or the idea is written in) that the person speaks too.
  public var language: Double
  /// Times the share of the person's places that is free; taken off when none is.
  public var capacity: Double
  /// Times the share of the person's hours budget that is left; taken off when none is.
  public var hours: Double
  /// Times (goals reached − no fit) / (both) of the person's ended matches.
  public var outcomes: Double
  /// When the person has had a match for an idea of the same region before.
  public var region: Double

  public init(
    expertise: Double = 3, themesCounted: Int = 3, language: Double = 2, capacity: Double = 2, hours: Double = 1,
    outcomes: Double = 2, region: Double = 1
  ) {
    self.expertise = expertise
    self.themesCounted = themesCounted
    self.language = language
    self.capacity = capacity
    self.hours = hours
    self.outcomes = outcomes
    self.region = region
  }

  public static let `default` = MatchWeights()

  enum CodingKeys: String, CodingKey {
    case expertise, themesCounted, language, capacity, hours, outcomes, region
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = MatchWeights.default
    expertise = try c.decodeIfPresent(Double.self, forKey: .expertise) ?? d.expertise
    themesCounted = try c.decodeIfPresent(Int.self, forKey: .themesCounted) ?? d.themesCounted
    language = try c.decodeIfPresent(Double.self, forKey: .language) ?? d.language
    capacity = try c.decodeIfPresent(Double.self, forKey: .capacity) ?? d.capacity
    hours = try c.decodeIfPresent(Double.self, forKey: .hours) ?? d.hours
    outcomes = try c.decodeIfPresent(Double.self, forKey: .outcomes) ?? d.outcomes
    region = try c.decodeIfPresent(Double.self, forKey: .region) ?? d.region
  }
}

/// One person proposed for an idea, with the parts its score adds up from.
public struct MentorSuggestion: Hashable, Sendable {
  public var person: PersonID
  public var score: Double
  /// The idea's themes (tags, open enrichment modules) the person's expertise covers, as the
  /// idea names them.
  public var themes: [String]
  /// A language both speak, when there is one.
  public var language: String?
  /// The person's active matches on ideas still in the programme, and how many they can take
  /// (nil: not said).
  public var active: Int
  public var capacity: Int?
  /// Minutes logged on all their matches, and their budget in hours (nil: not said).
  public var minutesUsed: Int = 0
  public var hoursBudget: Int?
  /// How their ended matches ended: with the goal reached, and for lack of fit.
  public var goalsReached: Int = 0
  public var noFit: Int = 0
  /// The idea's region, when they have had a match for an idea of that region before.
  public var region: Region?

  public var placesFree: Int? { capacity.map { max(0, $0 - active) } }

  /// "circular, food · speaks fr · 1 of 3 places free · 12 of 40 h": why the person is proposed.
  public var reasons: [String] {
    var out: [String] = []
    if !themes.isEmpty { out.append(themes.joined(separator: ", ")) }
    if let language { out.append(tr("mentor.reason.speaks", ["language": language])) }
    if let capacity, let free = placesFree {
      out.append(
        free > 0
          ? tr("mentor.reason.places", ["free": free, "capacity": capacity])
          : tr("mentor.reason.full", ["active": active, "capacity": capacity]))
    }
    if let hoursBudget {
      out.append(tr("mentor.reason.hours", ["used": CoreText.hours(minutesUsed), "budget": CoreText.number(hoursBudget)]))
    }
    if goalsReached + noFit > 0 {
      out.append(tr("mentor.reason.outcomes", ["goals": goalsReached, "noFit": CoreText.number(noFit)]))
    }
    if let region { out.append(tr("mentor.reason.region", ["region": region.label])) }
    return out
  }
}

extension Board {
  /// People with the role (mentor or partner) ranked for an idea, best first, scored with the
  /// board's weights unless others are given (`MentorScorer`).
  public func mentorSuggestions(
    for id: IdeaID, role: PersonRole = .mentor, weights: MatchWeights? = nil, limit: Int = 20
  ) -> [MentorSuggestion] {
    MentorScorer(self, weights: weights).suggestions(for: id, role: role, limit: limit)
  }

  /// How many active matches on ideas still in the programme each person has (what counts
  /// against their capacity, `activeLoad(of:)`).
  public func mentorLoad() -> [PersonID: Int] {
    var load: [PersonID: Int] = [:]
    for m in matches where m.state == .active && counts(m) { load[m.person, default: 0] += 1 }
    return load
  }

  /// Minutes logged per person, over all their matches.
  public func minutesLogged() -> [PersonID: Int] {
    var used: [PersonID: Int] = [:]
    for m in matches where !m.hours.isEmpty { used[m.person, default: 0] += m.minutes }
    return used
  }
}

/// The matching of words behind suggestions: themes against expertise, the language of a text.
enum MentorMatching {
  /// Lower case, without accents (`String.searchKey`), trimmed.
  static func fold(_ text: String) -> String { text.searchKey.trimmingCharacters(in: .whitespaces) }

  static func words(_ text: String) -> [String] {
    fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// The idea's themes: its tags, then the enrichment modules still to do, in the words an
  /// expertise would use for them.
  static func themes(of idea: Idea) -> [(name: String, words: [String])] {
    var out = idea.tags.map { (name: $0.hasPrefix("#") ? String($0.dropFirst()) : $0, words: words($0)) }
    for module in idea.enrichment where module.status == .planned || module.status == .inProgress {
      out.append((name: module.kind.label, words: moduleWords[module.kind] ?? words(module.kind.label)))
    }
    return out
  }

  static let moduleWords: [EnrichmentKind: [String]] = [
    .impactMeasurement: ["impact", "impactmeting", "mesure"],
    .financials: ["financien", "finances", "financial", "fundraising", "businessplan", "financement"],
    .targetAudience: ["marketing", "communicatie", "communication", "doelgroep"],
    .coCreation: ["cocreatie", "creatie", "creation", "design"],
    .competition: ["pitch", "wedstrijd", "concours"],
    .training: ["opleiding", "formation", "training"],
    .partnerMatchmaking: ["partner", "partenaire", "netwerk", "reseau", "procurement", "overheidsopdrachten"],
  ]

  /// The themes an expertise covers: a word of the theme and a word of the expertise that are
  /// the same or share their first five letters (`circulair` and `circulaire`).
  static func covered(_ themes: [(name: String, words: [String])], by expertise: [String]) -> [String] {
    covered(themes, knowing: expertise.flatMap(words))
  }

  /// The themes whose words are related to `known`, the folded words of an expertise.
  static func covered(_ themes: [(name: String, words: [String])], knowing known: [String]) -> [String] {
    themes.filter { theme in theme.words.contains { w in known.contains { related(w, $0) } } }.map(\.name)
  }

  static func related(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard a.count >= 5, b.count >= 5 else { return false }
    return a.prefix(5) == b.prefix(5)
  }

  /// nl, fr or en, when the idea's title, pitch and description say so clearly.
  static func language(of idea: Idea) -> String? {
    var counts: [String: Int] = [:]
    for word in words(idea.title + " " + idea.pitch + " " + idea.description) {
      for (language, list) in stopWords where list.contains(word) { counts[language, default: 0] += 1 }
    }
    guard let best = counts.max(by: { $0.value < $1.value }), best.value >= 2 else { return nil }
    return counts.values.filter { $0 == best.value }.count == 1 ? best.key : nil
  }

  static let stopWords: [String: Set<String>] = [
    "nl": ["de", "het", "een", "en", "van", "voor", "met", "op", "in", "die", "wij", "je", "naar", "om"],
    "fr": ["le", "la", "les", "des", "et", "pour", "une", "un", "du", "avec", "dans", "sur", "nous", "au"],
    "en": ["the", "and", "for", "with", "a", "of", "to", "our", "we", "an", "on", "by"],
  ]
}
