/// One text in a catalogue: a template with `{named}` parameters, or a choice by the CLDR plural
/// category of one numeric parameter.
public enum CatalogueEntry: Sendable, ExpressibleByStringLiteral {
  case text(String)
  case plural(String, one: String, other: String)

  public init(stringLiteral value: String) { self = .text(value) }

  /// The parameter names the entry uses (a plural's count included).
  public var parameters: Set<String> {
    switch self {
    case .text(let t): return Catalogue.parameters(in: t)
    case .plural(let count, let one, let other):
      return Catalogue.parameters(in: one).union(Catalogue.parameters(in: other)).union([count])
    }
  }
}

/// The texts of every language, looked up by key (docs/ARCHITECTURE.md, "Languages").
public enum Catalogue {
  /// The keys, as the English catalogue has them (English is the source of every text).
  public static var keys: Dictionary<String, CatalogueEntry>.Keys { en.keys }

  public static func entry(_ key: String, in language: Language) -> CatalogueEntry? {
    language.entries[key]
  }

  /// `{name}` parameters in a template.
  static func parameters(in template: String) -> Set<String> {
    var names: Set<String> = []
    var current: String?
    for c in template {
      if c == "{" {
        current = ""
      } else if c == "}", let name = current {
        if !name.isEmpty { names.insert(name) }
        current = nil
      } else if current != nil {
        current?.append(c)
      }
    }
    return names
  }
}

/// A value given to a template: numbers are written the language's way (`1.234,5` in Dutch and
/// French, `1,234.5` in English; integers grouped from five digits), everything else as it is.
public protocol LocalizedArgument: Sendable {
  func localized(in language: Language) -> String
  /// The number a plural entry chooses by.
  var pluralCount: Double? { get }
}

extension LocalizedArgument {
  public var pluralCount: Double? { nil }
}

extension String: LocalizedArgument {
  public func localized(in language: Language) -> String { self }
}
extension Substring: LocalizedArgument {
  public func localized(in language: Language) -> String { String(self) }
}
extension Int: LocalizedArgument {
  public func localized(in language: Language) -> String { language.integer(Int64(self)) }
  public var pluralCount: Double? { Double(self) }
}
extension Int64: LocalizedArgument {
  public func localized(in language: Language) -> String { language.integer(self) }
  public var pluralCount: Double? { Double(self) }
}
extension Double: LocalizedArgument {
  public func localized(in language: Language) -> String { language.decimal(self) }
  public var pluralCount: Double? { self }
}
extension Euro: LocalizedArgument {
  public func localized(in language: Language) -> String { language.amount(self) }
}
extension Day: LocalizedArgument {
  public func localized(in language: Language) -> String { language.date(self) }
}

/// The text of `key` in the current language (`Language.current`), with its parameters filled
/// in. A key missing from a translation falls back to English; a key missing from English shows
/// itself (CatalogueTests fails on both).
public func tr(_ key: String, _ arguments: [String: any LocalizedArgument] = [:]) -> String {
  tr(key, arguments, in: Language.current)
}

public func tr(_ key: String, _ arguments: [String: any LocalizedArgument], in language: Language) -> String {
  guard let entry = language.entries[key] ?? Language.en.entries[key] else { return key }
  let template: String
  switch entry {
  case .text(let t): template = t
  case .plural(let count, let one, let other):
    let n = arguments[count]?.pluralCount ?? 0
    template = language.plural(n) == .one ? one : other
  }
  if arguments.isEmpty || !template.contains("{") { return template }
  var out = ""
  out.reserveCapacity(template.utf8.count + 16)
  var name: String?
  for c in template {
    if c == "{" {
      if let pending = name { out += "{" + pending }
      name = ""
    } else if c == "}", let n = name {
      if let value = arguments[n] { out += value.localized(in: language) } else { out += "{" + n + "}" }
      name = nil
    } else if name != nil {
      name?.append(c)
    } else {
      out.append(c)
    }
  }
  if let pending = name { out += "{" + pending }
  return out
}
