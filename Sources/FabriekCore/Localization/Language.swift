/// The languages fabriek speaks. English is the source of every text; Dutch and French are
/// written for staff in Flanders and Brussels (docs/GLOSSARY.md). The catalogues are Swift source
/// (Catalogue+en.swift, Catalogue+nl.swift, Catalogue+fr.swift), compiled into the binary, so a
/// plain `swift build` has them and a binary that is moved or installed elsewhere keeps them
/// (docs/ARCHITECTURE.md, "Languages").
public enum Language: String, CaseIterable, Sendable, Hashable {
  case en, nl, fr

  /// The language of the text being made now: the CLI sets it once for the run; the runner sets
  /// it around every update and frame to the board screen's language, so `:lang` switches live;
  /// a test binds it for the scope it checks without touching other tests.
  @TaskLocal public static var current: Language = .en

  /// `nl`, `NL`, `nl_BE.UTF-8`, `fr-BE`, `Nederlands`, `français`: the language a name or a
  /// locale variable means, or nil.
  public init?(naming text: String) {
    let lower = text.lowercased()
    let head = String(lower.prefix { $0.isLetter })
    switch head {
    case "en", "english", "engels", "anglais": self = .en
    case "nl", "nederlands", "dutch", "néerlandais", "neerlandais", "vlaams", "flemish": self = .nl
    case "fr", "français", "francais", "french", "frans": self = .fr
    default: return nil
    }
  }

  /// The language to speak: `--lang`, then the config file's `language`, then `LC_ALL`,
  /// `LC_MESSAGES`, `LANG` (read from the variable's name, so a locale that is not installed
  /// still counts), else English. `C` and `POSIX` say nothing and are passed over.
  public static func choose(flag: String?, config: String?, environment: [String: String]) -> Language {
    if let flag, let language = Language(naming: flag) { return language }
    if let config, let language = Language(naming: config) { return language }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      if let language = Language(naming: value) { return language }
      // A set variable that names another language (de_DE, C.UTF-8) decides for English only
      // when it is a real language; C and POSIX pass to the next variable.
      let head = value.prefix { $0.isLetter }
      if head != "C", head != "POSIX" { return .en }
    }
    return .en
  }

  /// The language's name in the current language ("Frans", "néerlandais").
  public var name: String { tr("language.name." + rawValue) }

  /// The language's own name, as the palette and `--lang` list it.
  public var nativeName: String {
    switch self {
    case .en: "English"
    case .nl: "Nederlands"
    case .fr: "Français"
    }
  }

  /// The catalogue of this language's texts, by key.
  var entries: [String: CatalogueEntry] {
    switch self {
    case .en: Catalogue.en
    case .nl: Catalogue.nl
    case .fr: Catalogue.fr
    }
  }
}
