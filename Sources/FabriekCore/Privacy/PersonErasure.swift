import Foundation

/// That a person's data was erased from the board: when, by whom and why, and nothing about
/// the person but the code their record keeps (`BoardOperation.erasePerson`).
public struct PersonErasure: Hashable, Codable, Sendable {
  public var person: PersonID
  public var at: Timestamp
  public var by: String
  public var reason: String

  public init(person: PersonID, at: Timestamp, by: String, reason: String) {
    self.person = person; self.at = at; self.by = by; self.reason = reason
  }
}

extension Board {
  /// The erasure of a person, if they were erased.
  public func erasure(of id: PersonID) -> PersonErasure? { erasures.last { $0.person == id } }

  /// Applies `erasePerson`: the person's record keeps its code, roles and figures and loses
  /// everything that names or reaches them; their name, e-mail and phone are replaced
  /// wherever a text on the board holds them. Not undoable: the inverse changes nothing.
  mutating func performErase(_ e: PersonErasure) throws(BoardError) -> BoardOperation {
    guard let p = people[e.person] else { throw BoardError.noPerson(e.person) }
    let scrub = scrub(for: p)
    self.scrub(scrub)
    var record = e
    record.reason = scrub.text(e.reason)
    erasures.append(record)
    return .batch([])
  }

  /// What identifies `p` on this board: their name, e-mail and phone, except a name another
  /// person on the board has too (replacing it would erase that person's name as well).
  public func scrub(for p: Person) -> PersonScrub {
    let all = PersonScrub(person: p)
    let others = Set(
      people.values.filter { $0.id != p.id }.flatMap { [$0.fullName.lowercased(), ($0.familyName + " " + $0.givenName).lowercased()] })
    return PersonScrub(person: p.id, needles: all.needles.filter { !others.contains($0.lowercased()) })
  }

  /// People other than `p` who have `p`'s full name.
  public func namesakes(of p: Person) -> [Person] {
    people.values.filter { $0.id != p.id && $0.fullName.searchKey == p.fullName.searchKey }.sorted { $0.id < $1.id }
  }

  /// Replaces the person's record with its erased form and their name, e-mail and phone in
  /// every idea, session and history line (also on a backup's board, where the person may
  /// not exist yet).
  mutating func scrub(_ scrub: PersonScrub) {
    if let p = people[scrub.person] { people[scrub.person] = PersonScrub.erased(p) }
    for (id, idea) in ideas {
      let clean = scrub.value(idea)
      if clean != idea { ideas[id] = clean }
    }
    for (id, s) in sessions {
      var clean = s
      clean.title = scrub.text(s.title)
      if clean != s { sessions[id] = clean }
    }
    for k in history.indices {
      let h = history[k]
      history[k].who = scrub.text(h.who)
      history[k].what = scrub.text(h.what)
      history[k].why = h.why.map(scrub.text)
    }
    for k in erasures.indices { erasures[k].reason = scrub.text(erasures[k].reason) }
    // Matches stay (their counts and hours); their texts (hours notes, reasons, authors) are
    // reached through their JSON like an idea's.
    for k in matches.indices {
      let clean = scrub.value(matches[k])
      if clean != matches[k] { matches[k] = clean }
    }
  }
}

/// What identifies one person in texts (their full name, e-mail and phone), and how each is
/// replaced: by `Erased person P-0042`. Names match as whole words, ignoring case.
public struct PersonScrub: Hashable, Codable, Sendable {
  public var person: PersonID
  /// The texts searched for, longest first.
  public var needles: [String]

  public init(person p: Person) {
    self.init(person: p.id, needles: [p.fullName, p.email, p.phone, p.familyName + " " + p.givenName])
  }

  public init(person: PersonID, needles: [String]) {
    self.person = person
    var seen = Set<String>()
    self.needles = needles.map { $0.trimmingCharactersInWhitespace() }
      .filter { $0.count >= 3 && $0 != PersonScrub.replacement(for: person) && seen.insert($0.lowercased()).inserted }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
  }

  public var replacement: String { PersonScrub.replacement(for: person) }

  /// The name an erased person's record carries (data, in the board's language of record).
  public static func replacement(for id: PersonID) -> String { "Erased person \(id.code)" }

  /// The record as it stays after the erasure: code, roles, languages and figures; no name,
  /// contact details, organisation, expertise or consent.
  public static func erased(_ p: Person) -> Person {
    var e = Person(id: p.id, givenName: replacement(for: p.id), familyName: "", roles: p.roles)
    e.languages = p.languages
    e.mentorCapacity = p.mentorCapacity
    e.hoursBudget = p.hoursBudget
    return e
  }

  /// Whether `text` holds one of the needles (as `text(_:)` would replace it).
  public func mentions(_ text: String) -> Bool { self.text(text) != text }

  /// `text` with every needle replaced.
  public func text(_ text: String) -> String {
    var out = text
    for n in needles { out = Self.replace(n, in: out, with: replacement) }
    return out
  }

  /// A record with every needle replaced in its texts (through its JSON, so that every
  /// string field, nested or a dictionary key, is reached); the record itself when nothing
  /// matched or the result does not read back.
  public func value<T: Codable & Equatable>(_ v: T) -> T {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    guard let data = try? encoder.encode(v) else { return v }
    let json = String(decoding: data, as: UTF8.self)
    var out = json
    let with = Self.escaped(replacement)
    for n in needles { out = Self.replace(Self.escaped(n), in: out, with: with) }
    if out == json { return v }
    return (try? JSONDecoder().decode(T.self, from: Data(out.utf8))) ?? v
  }

  /// A change from a journal with the person's data taken out: their own record replaced
  /// by its erased form, every needle replaced in the rest.
  public func change(_ c: Change) -> Change {
    var out = c
    out.op = records(c.op)
    out.author = text(c.author)
    out.why = c.why.map(text)
    return value(out)
  }

  private func records(_ op: BoardOperation) -> BoardOperation {
    switch op {
    case .addPerson(let p) where p.id == person: .addPerson(Self.erased(p))
    case .editPerson(let p) where p.id == person: .editPerson(Self.erased(p))
    case .batch(let ops): .batch(ops.map(records))
    default: op
    }
  }

  /// The needle as JSON writes it inside a string (quotes and backslashes escaped).
  static func escaped(_ s: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    guard let data = try? encoder.encode([s]) else { return s }
    let t = String(decoding: data, as: UTF8.self)
    return String(t.dropFirst(2).dropLast(2))
  }

  /// Replaces `needle` (ignoring case) where it stands as a whole word: no letter or digit
  /// right before or after it (a letter after a backslash is an escape such as `\n`).
  static func replace(_ needle: String, in text: String, with replacement: String) -> String {
    guard !needle.isEmpty, text.range(of: needle, options: .caseInsensitive) != nil else { return text }
    var out = ""
    var rest = text[...]
    while let r = rest.range(of: needle, options: .caseInsensitive) {
      let head = rest[rest.startIndex..<r.lowerBound]
      out += head
      let before = out.last
      let beforeBefore = out.dropLast().last
      let after = r.upperBound < rest.endIndex ? rest[r.upperBound] : nil
      let wordBefore = before.map { ($0.isLetter || $0.isNumber) && beforeBefore != "\\" } ?? false
      let wordAfter = after.map { $0.isLetter || $0.isNumber } ?? false
      out += wordBefore || wordAfter ? String(rest[r]) : replacement
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
