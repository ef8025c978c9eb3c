/// Which field a column header names, as people write headers: the field's name in English,
/// Dutch or French (`Titel`, `Courriel`), or the question a form tool asked (`Wat is de naam
/// van je project?`, `Describe your idea / Décrivez votre idée`).
///
/// A header is folded (`ImportField.fold`: case, accents, punctuation and parentheses ignored),
/// cut at `/` and `|` into the parts of a bilingual header, and split into words. Each field
/// has patterns: sets of words that must all be in one part (`naam` + `project` for the title;
/// a word ending in `*` is a word beginning, `beschrijf*` also being `beschrijving`). A pattern
/// scores the sum of its words' weights, so the most specific pattern wins: `Welk type
/// organisatie ben je?` has `type` + `organisatie` (applicant kind, 2) as well as
/// `organisatie` (organisation, 1). Words like `je`, `votre`, `your`, `wat`, `quel` are ignored
/// by the patterns; a header with more words than its pattern is guessed, not recognised.
public struct HeaderMatch: Hashable, Sendable {
  public var field: ImportField
  public var score: Double
  /// The header's words the pattern matched (`naam`, `project`).
  public var words: [String]
  /// The header is the field's name and nothing more (`E-mailadres`, `Titel`, `Completion time`);
  /// otherwise the field is guessed from some of its words (`Omschrijf je idee in enkele zinnen`).
  public var recognised: Bool

  /// Below this a match is weak: it is used but reported (`Wat is je idee?` for the title).
  public static let strong = 1.0
}

extension ImportField {
  /// The fields a header may name, best first (at most one match per field).
  public static func matches(forHeader header: String) -> [HeaderMatch] {
    var best: [ImportField: HeaderMatch] = [:]
    for part in headerParts(header) {
      // A letter on its own is left from `E-mail` or `l'idée`.
      let all = part.split(separator: " ").map(String.init)
      let words = all.count > 1 ? all.filter { $0.count > 1 } : all
      guard !words.isEmpty else { continue }
      for (field, patterns) in headerPatterns {
        for p in patterns {
          var used: [Int] = []
          for w in p.words {
            guard let k = words.indices.first(where: { !used.contains($0) && w.matches(words[$0]) }) else { break }
            used.append(k)
          }
          guard used.count == p.words.count else { continue }
          let m = HeaderMatch(
            field: field, score: p.weight * Double(used.count), words: used.sorted().map { words[$0] },
            recognised: used.count == words.count)
          // On an equal score the first part of a bilingual header, or its recognised part, is named.
          if let old = best[field], old.score > m.score || (old.score == m.score && (old.recognised || !m.recognised)) {
            continue
          }
          best[field] = m
        }
      }
    }
    return best.values.sorted { a, b in
      a.score != b.score ? a.score > b.score : a.field.order < b.field.order
    }
  }

  /// The field a header names, when one matches strongly and no other as well; nil otherwise.
  public static func forHeader(_ header: String) -> ImportField? {
    let m = matches(forHeader: header)
    guard let first = m.first, first.score >= HeaderMatch.strong else { return nil }
    if m.count > 1, m[1].score == first.score { return nil }
    return first.field
  }

  var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  /// The folded parts of a bilingual header (`Project title / Titre du projet`); the text in
  /// parentheses too when there is nothing else.
  static func headerParts(_ header: String) -> [String] {
    let parts = header.split(whereSeparator: { $0 == "/" || $0 == "|" }).map { fold(String($0)) }.filter {
      !$0.isEmpty
    }
    if !parts.isEmpty { return parts }
    let bare = header.filter { $0 != "(" && $0 != ")" }
    return [fold(bare)].filter { !$0.isEmpty }
  }

  struct Pattern: Sendable {
    var words: [Word]
    var weight: Double
  }

  enum Word: Sendable {
    case exact(String)
    case prefix(String)
    func matches(_ w: String) -> Bool {
      switch self {
      case .exact(let s): w == s
      case .prefix(let s): w.hasPrefix(s)
      }
    }
  }

  /// Patterns written as `"naam project"` (all words), `"beschrijf*"` (a word beginning),
  /// with a weight per word (1 unless given).
  private static func patterns(_ specs: [String], weight: Double = 1) -> [Pattern] {
    specs.map { spec in
      Pattern(
        words: spec.split(separator: " ").map { w in
          w.hasSuffix("*") ? .prefix(String(w.dropLast())) : .exact(String(w))
        }, weight: weight)
    }
  }

  /// The patterns of each field. Weights below 1 are for words that only hint at a field.
  static let headerPatterns: [(ImportField, [Pattern])] = [
    (
      .title,
      patterns([
        "title*", "titel*", "titre*", "naam project*", "naam idee*", "nom projet*", "nom idee*", "name project*",
        "name idea*", "project* name", "idea* name", "projectnaam", "projectname", "intitule*", "naam initiatief*",
        "nom initiative*",
      ]) + patterns(["idee*", "idea*", "project*", "projet*", "initiatief*", "initiative*"], weight: 0.5)
    ),
    (
      .pitch,
      patterns([
        "pitch*", "samenvatting", "summary", "resume", "kort* beschrij*", "kort* omschrij*", "short* descri*",
        "courte* descri*", "descri* courte*", "descri* short*", "beschrij* zin", "omschrij* zin", "descri* sentence",
        "decri* phrase", "resume* phrase", "one sentence", "een zin", "une phrase", "tagline", "slogan",
        "elevator*",
      ]) + patterns(["zin", "sentence", "phrase"], weight: 0.8)
    ),
    (
      .description,
      patterns([
        "descri*", "decri*", "beschrij*", "omschrij*", "toelichting*", "uitleg*", "explain*", "expliqu*",
        "detail*", "lange beschrij*", "long* descri*", "descri* longue*", "descri* detail*",
      ])
    ),
    (
      .name,
      patterns([
        "naam", "name", "nom", "full name", "volledige naam", "nom complet", "contactpersoon", "contact person",
        "personne contact", "naam voornaam", "voornaam naam", "nom prenom", "prenom nom", "first* last*",
        "naam aanvrager", "naam indiener", "nom demandeur", "nom porteur", "name applicant", "indiener", "innovator",
      ])
    ),
    (
      .givenName,
      patterns(["voornaam", "roepnaam", "prenom", "first* name", "firstname", "given name", "forename"])
    ),
    (
      .familyName,
      patterns([
        "achternaam", "familienaam", "family name", "last* name", "lastname", "surname", "nom famille",
        "nom de famille",
      ])
    ),
    (.email, patterns(["mail*", "email*", "courriel*", "adres* mail*", "adresse* mail*", "address* mail*"])),
    (
      .phone,
      patterns([
        "telefoon*", "telephone*", "phone*", "tel", "gsm*", "mobile*", "mobiel*", "portable", "numero telephone*",
        "contactnummer", "cellphone",
      ])
    ),
    (
      .organisation,
      patterns([
        "organisati*", "organizati*", "organisme*", "bedrijf*", "company", "vereniging*", "association*",
        "structure*", "entreprise*", "naam organisati*", "nom organisation*", "werkgever", "employer",
      ])
    ),
    (
      .applicantKind,
      patterns(["type organisati*", "type organizati*", "type structure*", "soort organisati*"], weight: 1.1)
        + patterns([
          "applicant*", "type aanvrager*", "soort aanvrager*", "type indiener*", "type demandeur*", "type porteur*",
          "statut*", "statuut", "rechtsvorm*", "forme juridique*", "legal form*", "juridische vorm*",
          "kind organisation*", "kind organization*", "type entity", "type entite",
        ]) + patterns(["aanvrager*", "demandeur*"], weight: 0.6)
    ),
    (
      .region,
      patterns([
        "regio*", "provin*", "gewest*", "werkingsgebied*", "actief waar", "active where", "where active",
        "ou actif*", "zone*", "territoire*",
      ]) + patterns(["locatie", "location", "lieu", "plaats"], weight: 0.6)
    ),
    (
      .themes,
      patterns([
        "thema*", "theme*", "tag*", "topic*", "onderwerp*", "trefwoord*", "keyword*", "mots cles", "mot* cle*",
        "domaine*", "domein*", "categor*", "sdg*",
      ]) + patterns(["sector*", "secteur*"], weight: 0.6)
    ),
    (
      .timestamp,
      patterns([
        "timestamp*", "tijdstempel*", "horodat*", "submitted*", "submission*", "ingediend*", "indiening*",
        "date soumission", "created", "aangemaakt", "inzending*",
      ]) + patterns(["completion time", "completed", "voltooiingstijd", "heure fin", "end time"], weight: 1.2)
        + patterns(["start time", "begintijd", "heure debut"], weight: 0.55) + patterns(["datum", "date"], weight: 0.6)
    ),
    (
      .origin,
      patterns([
        "gevonden", "leren kennen", "leerde kennen", "ken", "kennen", "find*", "found", "hear*", "heard",
        "trouve*", "connu*", "origin*", "herkomst", "bron", "source",
      ], weight: 0.9)
        + patterns([
          "hear* about", "heard about", "find us", "found us", "nous connu*", "nous trouve*", "ons gevonden",
          "leren kennen", "leerde kennen",
        ])
    ),
    (
      .coInnovators,
      patterns([
        "co innovator*", "co founder*", "cofounder*", "co oprichter*", "medeoprichter*", "mede indiener*",
        "teamleden", "team members", "co porteur*", "copor*", "autres porteurs", "cofondat*",
        "andere teamleden", "membres equipe",
      ], weight: 0.9)
    ),
  ]
}
