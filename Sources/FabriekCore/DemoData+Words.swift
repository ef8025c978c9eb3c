/// The demo generator's vocabulary: three languages, cultures, places, themes.
extension DemoData {
  enum Lang: Int, Sendable {
    case nl, fr, en
    var code: String { self == .nl ? "nl" : self == .fr ? "fr" : "en" }
  }

  /// One text in the programme's three languages.
  struct L3: Sendable {
    let nl: String
    let fr: String
    let en: String
    init(_ nl: String, _ fr: String, _ en: String) { self.nl = nl; self.fr = fr; self.en = en }
    subscript(_ l: Lang) -> String { l == .nl ? nl : l == .fr ? fr : en }
  }

  struct Culture: Sendable {
    let given: [String]
    let family: [String]
    /// The languages everyone of this culture speaks, then ones some of them speak.
    let languages: [String]
    let extra: [String]
    /// The language such a person most likely writes an idea in.
    let writes: Lang
  }

  struct IndicatorTemplate: Sendable {
    let name: L3
    let unit: String
    let baseline: Int
    let target: Int
  }

  struct Theme: Sendable {
    let tags: [String]
    let sdgs: [Int]
    let titles: [L3]
    /// One pitch per title variant.
    let pitches: [L3]
    let change: L3
    let indicators: [IndicatorTemplate]
    let expertise: String
  }

  /// A town, named the way each language writes it.
  struct Place: Sendable {
    let name: L3
    let region: Region
    init(_ nl: String, _ fr: String? = nil, _ en: String? = nil, _ region: Region) {
      name = L3(nl, fr ?? nl, en ?? nl)
      self.region = region
    }
  }

}
