import Testing

@testable import FabriekCore

@Suite("Catalogues")
struct CatalogueTests {
  @Test("every English key has a Dutch and a French translation")
  func everyKeyTranslated() {
    for language in [Language.nl, .fr] {
      let missing = Catalogue.keys.filter { Catalogue.entry($0, in: language) == nil }.sorted()
      #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing.count): \(missing.prefix(20))")
      let extra = language.entries.keys.filter { Catalogue.entry($0, in: .en) == nil }.sorted()
      #expect(extra.isEmpty, "\(language.rawValue) has keys English has not: \(extra.prefix(20))")
    }
  }

  @Test("a translation uses exactly the English text's parameters")
  func parametersAgree() {
    for key in Catalogue.keys.sorted() {
      let english = Catalogue.entry(key, in: .en)?.parameters ?? []
      for language in [Language.nl, .fr] {
        guard let entry = Catalogue.entry(key, in: language) else { continue }
        #expect(entry.parameters == english, "\(language.rawValue) \(key): \(entry.parameters) ≠ \(english)")
      }
    }
  }

  @Test("a plural entry is plural in every language, by the same count")
  func pluralsAgree() {
    for key in Catalogue.keys.sorted() {
      guard case .plural(let count, _, _)? = Catalogue.entry(key, in: .en) else { continue }
      for language in [Language.nl, .fr] {
        guard case .plural(let other, _, _)? = Catalogue.entry(key, in: language) else {
          Issue.record("\(language.rawValue) \(key) is not plural")
          continue
        }
        #expect(other == count, "\(language.rawValue) \(key) counts by \(other), English by \(count)")
      }
    }
  }

  @Test("no translation is empty or left in English by mistake of a blank")
  func noEmptyTexts() {
    for language in Language.allCases {
      for (key, entry) in language.entries {
        switch entry {
        case .text(let t): #expect(!t.isEmpty, "\(language.rawValue) \(key) is empty")
        case .plural(_, let one, let other):
          #expect(!one.isEmpty && !other.isEmpty, "\(language.rawValue) \(key) has an empty form")
        }
      }
    }
  }

  @Test("CLDR plural rules: English and Dutch one = exactly 1, French one = 0 and 1 up to 2")
  func pluralRules() {
    #expect([0, 1, 2, 1.5].map { Language.en.plural($0) } == [.other, .one, .other, .other])
    #expect([0, 1, 2, 1.5].map { Language.nl.plural($0) } == [.other, .one, .other, .other])
    #expect([0, 1, 2, 1.5].map { Language.fr.plural($0) } == [.one, .one, .other, .one])
  }

  @Test("a plural text picks its form by the count and fills it in the language's numbers")
  func pluralTexts() {
    #expect(tr("count.ideas", ["n": 0], in: .en) == "0 ideas")
    #expect(tr("count.ideas", ["n": 1], in: .en) == "1 idea")
    #expect(tr("count.ideas", ["n": 12_500], in: .nl) == "12.500 ideeën")
    #expect(tr("count.ideas", ["n": 1], in: .nl) == "1 idee")
    #expect(tr("count.ideas", ["n": 0], in: .fr) == "0 idée")
    #expect(tr("count.ideas", ["n": 1.5], in: .fr) == "1,5 idée")
    #expect(tr("count.ideas", ["n": 2], in: .fr) == "2 idées")
  }

  @Test("the language comes from --lang, then the config, then LC_ALL, LC_MESSAGES, LANG")
  func choosingTheLanguage() {
    #expect(Language.choose(flag: "fr", config: "nl", environment: ["LANG": "nl_BE.UTF-8"]) == .fr)
    #expect(Language.choose(flag: nil, config: "nl", environment: ["LANG": "fr_BE.UTF-8"]) == .nl)
    #expect(Language.choose(flag: nil, config: nil, environment: ["LANG": "fr_BE.UTF-8"]) == .fr)
    #expect(Language.choose(flag: nil, config: nil, environment: ["LANG": "nl_BE.UTF-8"]) == .nl)
    #expect(
      Language.choose(flag: nil, config: nil, environment: ["LC_ALL": "fr_BE.UTF-8", "LANG": "nl_BE.UTF-8"]) == .fr)
    #expect(
      Language.choose(flag: nil, config: nil, environment: ["LC_MESSAGES": "nl_NL.UTF-8", "LANG": "fr_FR"]) == .nl)
    #expect(Language.choose(flag: nil, config: nil, environment: ["LC_ALL": "C", "LANG": "nl_BE.UTF-8"]) == .nl)
    #expect(Language.choose(flag: nil, config: nil, environment: ["LANG": "de_DE.UTF-8"]) == .en)
    #expect(Language.choose(flag: nil, config: nil, environment: [:]) == .en)
  }

  @Test("Belgian numbers, amounts and dates in Dutch and French; English ones in English")
  func formats() {
    #expect(Language.nl.amount(Euro(cents: 1_250_050)) == "€ 12.500,50")
    #expect(Language.fr.amount(Euro(cents: 1_250_050)) == "€ 12.500,50")
    #expect(Language.en.amount(Euro(cents: 1_250_050)) == "€12,500.50")
    #expect(Language.en.amount(Euro(cents: -5)) == "-€0.05")
    #expect(Language.nl.amount(Euro(cents: Int64.max)) == "€ 92.233.720.368.547.758,07")
    #expect(Language.nl.decimal(3.54) == "3,5")
    #expect(Language.en.decimal(3.56) == "3.6")
    #expect(Language.fr.decimal(4.0) == "4")
    #expect(Language.nl.integer(1234) == "1234")
    #expect(Language.nl.integer(12345) == "12.345")
    #expect(Language.en.integer(-1_234_567) == "-1,234,567")
    let day = Day(year: 2026, month: 12, day: 2)
    #expect(day.map { Language.nl.date($0) } == "2 dec. 2026")
    #expect(day.map { Language.fr.date($0) } == "2 déc. 2026")
    #expect(day.map { Language.en.date($0) } == "2 Dec 2026")
    // 2026-12-07 is a Monday.
    #expect(Day(year: 2026, month: 12, day: 7).map(Language.weekdayFromMonday) == 0)
    #expect(Day(year: 2026, month: 12, day: 6).map(Language.weekdayFromMonday) == 6)
  }

  @Test("default stage names are shown in the current language, a board's own names as written")
  func defaultNames() {
    let enrichment = Stage(id: Stage.enrichment, name: "Enrichment")
    let renamed = Stage(id: Stage.enrichment, name: "Verdieping")
    Language.$current.withValue(.nl) {
      #expect(enrichment.displayName == "Verrijking")
      #expect(renamed.displayName == "Verdieping")
    }
    Language.$current.withValue(.fr) { #expect(enrichment.displayName == "Enrichissement") }
    #expect(enrichment.displayName == "Enrichment")
  }
}
