/// Reads a query (IdeaQuery.swift): words and `field:value` terms joined by spaces (all must
/// hold), `or` between them (either), parentheses to group, `-` (or `!`) before a term or a group
/// to negate it, double quotes around a phrase or a value with spaces. `and` binds tighter than
/// `or`: `coach:me or mentor:me stage:enrichment` is `coach:me or (mentor:me stage:enrichment)`.
extension IdeaQuery {
  /// Reads `text` for `board` (its stage names are values of `stage:`). Throws the first word that
  /// cannot be read, and why.
  public init(parsing text: String, board: Board) throws(QueryError) {
    let tokens = try QueryLexer.tokens(text)
    var parser = QueryParser(tokens: tokens, board: board)
    let root = try parser.parseAll()
    self.init(text: text, root: root)
  }
}

struct QueryToken: Hashable {
  enum Kind: Hashable {
    case open, close, or
    /// A word, a phrase or a `field:value` term, quotes as typed.
    case term(String)
  }
  var kind: Kind
  var negated: Bool
  /// The token as typed, a leading `-` included.
  var text: String
  var offset: Int
}

enum QueryLexer {
  static func tokens(_ query: String) throws(QueryError) -> [QueryToken] {
    let chars = Array(query)
    var tokens: [QueryToken] = []
    var i = 0
    func typed(_ start: Int, _ end: Int) -> String { String(chars[start..<end]) }
    while i < chars.count {
      if chars[i].isWhitespace {
        i += 1
        continue
      }
      let start = i
      var negated = false
      if chars[i] == "-" || chars[i] == "!" {
        negated = true
        i += 1
        if i == chars.count || chars[i].isWhitespace || chars[i] == ")" {
          throw QueryError(.danglingNegation, word: typed(start, i), offset: start)
        }
      }
      if chars[i] == "(" {
        i += 1
        tokens.append(QueryToken(kind: .open, negated: negated, text: typed(start, i), offset: start))
        continue
      }
      if chars[i] == ")" {
        i += 1
        tokens.append(QueryToken(kind: .close, negated: false, text: ")", offset: start))
        continue
      }
      let termStart = i
      var quoted = false
      while i < chars.count {
        let c = chars[i]
        if c == "\"" {
          quoted.toggle()
        } else if !quoted && (c.isWhitespace || c == "(" || c == ")") {
          break
        }
        i += 1
      }
      if quoted { throw QueryError(.unclosedQuote, word: typed(start, i), offset: start) }
      let term = typed(termStart, i)
      if !negated, QueryNames.or.contains(term.lowercased()) {
        tokens.append(QueryToken(kind: .or, negated: false, text: term, offset: start))
      } else {
        tokens.append(QueryToken(kind: .term(term), negated: negated, text: typed(start, i), offset: start))
      }
    }
    return tokens
  }
}

struct QueryParser {
  let tokens: [QueryToken]
  let board: Board
  var position = 0

  init(tokens: [QueryToken], board: Board) { self.tokens = tokens; self.board = board }

  mutating func parseAll() throws(QueryError) -> QueryNode {
    guard !tokens.isEmpty else { return .all }
    let root = try parseOr()
    if position < tokens.count {
      let token = tokens[position]
      throw QueryError(.unmatchedParenthesis, word: token.text, offset: token.offset)
    }
    return root
  }

  private var peek: QueryToken? { position < tokens.count ? tokens[position] : nil }

  private mutating func parseOr() throws(QueryError) -> QueryNode {
    var alternatives: [QueryNode] = []
    if let first = peek, first.kind == .or { throw QueryError(.danglingOr, word: first.text, offset: first.offset) }
    alternatives.append(try parseAnd())
    while let token = peek, token.kind == .or {
      position += 1
      guard let next = peek, next.kind != .or, next.kind != .close else {
        throw QueryError(.danglingOr, word: token.text, offset: token.offset)
      }
      alternatives.append(try parseAnd())
    }
    return alternatives.count == 1 ? alternatives[0] : .or(alternatives)
  }

  private mutating func parseAnd() throws(QueryError) -> QueryNode {
    var items: [QueryNode] = []
    while let token = peek, token.kind != .or, token.kind != .close {
      items.append(try parseUnary())
    }
    return items.count == 1 ? items[0] : .and(items)
  }

  private mutating func parseUnary() throws(QueryError) -> QueryNode {
    let token = tokens[position]
    position += 1
    let node: QueryNode
    switch token.kind {
    case .open:
      if let next = peek, next.kind == .close {
        throw QueryError(.emptyGroup, word: token.text + ")", offset: token.offset)
      }
      let inner = try parseOr()
      guard let close = peek, close.kind == .close else {
        throw QueryError(.unmatchedParenthesis, word: token.text, offset: token.offset)
      }
      _ = close
      position += 1
      node = inner
    case .term(let term):
      node = try QueryTermReader(term: term, token: token, board: board).read()
    case .or, .close:
      // parseAnd never hands these over.
      throw QueryError(.unmatchedParenthesis, word: token.text, offset: token.offset)
    }
    return token.negated ? .not(node) : node
  }
}

/// Reads one term: a free word, a quoted phrase, or `field` `:`/`<`/`<=`/`=`/`>=`/`>` `value`.
struct QueryTermReader {
  let term: String
  let token: QueryToken
  let board: Board

  private func fail(_ reason: QueryError.Reason) -> QueryError {
    QueryError(reason, word: token.text, offset: token.offset)
  }

  private static func unquoted(_ text: Substring) -> String { String(text.filter { $0 != "\"" }) }

  func read() throws(QueryError) -> QueryNode {
    guard !term.hasPrefix("\""), let split = term.firstIndex(where: { ":<>=".contains($0) }) else {
      let word = Self.unquoted(Substring(term)).searchKey
      return word.isEmpty ? .all : .word(word)
    }
    let name = term[..<split]
    guard !name.isEmpty, name.allSatisfy(\.isLetter) else {
      return .word(Self.unquoted(Substring(term)).searchKey)
    }
    var rest = term[split...]
    let relation: QueryRelation?
    if rest.hasPrefix(">=") {
      relation = .greaterOrEqual
    } else if rest.hasPrefix("<=") {
      relation = .lessOrEqual
    } else if rest.hasPrefix(">") {
      relation = .greater
    } else if rest.hasPrefix("<") {
      relation = .less
    } else if rest.hasPrefix("=") {
      relation = .equal
    } else {
      relation = nil  // `:`
    }
    rest = rest.dropFirst(relation == .greaterOrEqual || relation == .lessOrEqual ? 2 : 1)
    let field: QueryField
    switch QueryNames.resolve(String(name), in: QueryNames.fields) {
    case .found(let f): field = f
    case .unknown: throw fail(.unknownField(String(name)))
    case .ambiguous(let fields): throw fail(.ambiguousField(String(name), candidates: fields.map(\.displayName)))
    }
    let value = Self.unquoted(rest)
    guard !value.isEmpty else { throw fail(.missingValue(field: field.displayName)) }
    if let measure = field.measure { return .test(.measure(measure, try comparison(measure, field, relation, value))) }
    if let relation, relation != .equal { _ = relation; throw fail(.noComparison(field: field.displayName)) }
    return .test(try test(field, value))
  }

  private enum Keyword { case noValue, anyValue, me }

  private func keyword(_ value: String) -> Keyword? {
    let folded = value.searchKey
    if QueryNames.none.contains(folded) { return .noValue }
    if QueryNames.any.contains(folded) { return .anyValue }
    if QueryNames.me.contains(folded) { return .me }
    return nil
  }

  private func presence<V>(_ value: String, _ field: QueryField, _ read: () throws(QueryError) -> V)
    throws(QueryError) -> Presence<V>
  {
    switch keyword(value) {
    case .noValue: return .none
    case .anyValue: return .any
    case .me, nil: return .value(try read())
    }
  }

  private func closed<V: Hashable>(_ value: String, _ field: QueryField, _ names: [QueryValueName<V>])
    throws(QueryError) -> V
  {
    switch QueryNames.resolve(value, in: QueryNames.table(names)) {
    case .found(let v): return v
    case .unknown:
      throw fail(
        .unknownValue(
          field: field.displayName, value: value, choices: names.map { $0.name(in: Language.current) }))
    case .ambiguous(let values):
      let candidates = names.filter { values.contains($0.value) }.map { $0.name(in: Language.current) }
      throw fail(.ambiguousValue(field: field.displayName, value: value, candidates: candidates))
    }
  }

  private func person(_ value: String) -> PersonPattern {
    keyword(value) == .me ? .me : .text(value.searchKey)
  }

  private func test(_ field: QueryField, _ value: String) throws(QueryError) -> QueryTest {
    switch field {
    case .stage:
      switch keyword(value) {
      case .noValue: throw fail(.noneOrAnyNotAllowed(field: field.displayName, value: value))
      case .anyValue: return .stage(nil)
      case .me, nil: return .stage([try closed(value, field, QueryNames.stages(of: board))])
      }
    case .tag: return .tag(try presence(value, field) { value.searchKey })
    case .region: return .region(try presence(value, field) { () throws(QueryError) in try closed(value, field, QueryNames.regions) })
    case .kind: return .kind(try presence(value, field) { () throws(QueryError) in try closed(value, field, QueryNames.applicantKinds) })
    case .origin: return .origin(try presence(value, field) { () throws(QueryError) in try closed(value, field, QueryNames.originKinds) })
    case .campaign: return .campaign(try presence(value, field) { value.searchKey })
    case .sdg:
      return .sdg(
        try presence(value, field) { () throws(QueryError) in
          guard let n = Int(value) else { throw fail(.notANumber(field: field.displayName, value: value)) }
          guard (1...17).contains(n) else {
            throw fail(.outOfRange(field: field.displayName, value: value, lowest: 1, highest: 17))
          }
          return n
        })
    case .coach: return .person(.coach, try presence(value, field) { person(value) })
    case .mentor: return .person(.mentor, try presence(value, field) { person(value) })
    case .innovator: return .person(.innovator, try presence(value, field) { person(value) })
    case .reviewer: return .reviewer(try presence(value, field) { person(value) })
    case .session: return .session(try presence(value, field) { value.searchKey })
    case .exit: return .exit(try presence(value, field) { () throws(QueryError) in try closed(value, field, QueryNames.exitStates) })
    case .financing:
      return .financing(try presence(value, field) { () throws(QueryError) in try closed(value, field, QueryNames.financingStates) })
    case .outcome: return .outcome(try presence(value, field) { () throws(QueryError) in try closed(value, field, QueryNames.outcomes) })
    case .is:
      guard keyword(value) == nil || keyword(value) == .me else {
        throw fail(.noneOrAnyNotAllowed(field: field.displayName, value: value))
      }
      return .condition(try closed(value, field, QueryNames.conditions))
    case .score, .spread, .age, .created, .readiness, .votes, .asked, .granted:
      // Comparison fields are read by `comparison`.
      throw fail(.noComparison(field: field.displayName))
    }
  }

  private func comparison(_ measure: QueryMeasure, _ field: QueryField, _ relation: QueryRelation?, _ value: String)
    throws(QueryError) -> Presence<QueryTest.Comparison>
  {
    if relation == nil {
      switch keyword(value) {
      case .noValue: return .none
      case .anyValue: return .any
      case .me, nil: break
      }
    }
    let number: Double
    switch measure {
    case .created:
      guard let day = Day(typed: value) else { throw fail(.notADate(value: value)) }
      number = Double(day.daysSinceEpoch)
    case .age:
      var digits = Substring(value.lowercased())
      var factor = 1.0
      if let last = digits.last, "dj".contains(last) {
        digits = digits.dropLast()
      } else if digits.last == "w" {
        digits = digits.dropLast()
        factor = 7
      }
      guard let n = Int(digits), n >= 0 else { throw fail(.notANumber(field: field.displayName, value: value)) }
      number = Double(n) * factor
    case .asked, .granted:
      guard let euros = Self.euros(value) else { throw fail(.notANumber(field: field.displayName, value: value)) }
      number = euros
    case .score, .spread, .readiness, .votes:
      guard let n = Self.decimal(value) else { throw fail(.notANumber(field: field.displayName, value: value)) }
      number = n
    }
    return .value(QueryTest.Comparison(relation: relation ?? .equal, value: number))
  }

  /// `3.5` or `3,5`.
  static func decimal(_ text: String) -> Double? {
    let t = text.replacingOccurrences(of: ",", with: ".")
    guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
    return Double(t)
  }

  /// `10000`, `10.000`, `€10.000,50`, `12500.5`: dots that group thousands are dropped.
  static func euros(_ text: String) -> Double? {
    var t = text.replacingOccurrences(of: "€", with: "")
    let groups = t.split(separator: ".", omittingEmptySubsequences: false)
    if groups.count > 1, groups.dropFirst().allSatisfy({ $0.prefix { $0 != "," }.count == 3 }) {
      t = groups.joined()
    }
    return decimal(t)
  }
}

extension QueryField {
  /// The field's name in the current language.
  var displayName: String { name(in: Language.current) }
}
