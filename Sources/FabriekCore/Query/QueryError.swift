/// Why a query cannot be read, with the word that is wrong: its text as typed and where it is in
/// the query (in characters), so that the filter line can mark it in place.
public struct QueryError: Error, Hashable, Sendable {
  public enum Reason: Hashable, Sendable {
    /// `colour:red`: no field has that name or begins so.
    case unknownField(String)
    /// `s:x`: several fields begin so (their names in the current language).
    case ambiguousField(String, candidates: [String])
    /// `stage:` with nothing after it.
    case missingValue(field: String)
    /// `region:mars`: not one of the field's values.
    case unknownValue(field: String, value: String, choices: [String])
    /// `stage:e`: several values begin so.
    case ambiguousValue(field: String, value: String, candidates: [String])
    /// `score>high`.
    case notANumber(field: String, value: String)
    /// `created<yesterday`.
    case notADate(value: String)
    /// `sdg:18`, `readiness>12`.
    case outOfRange(field: String, value: String, lowest: Int, highest: Int)
    /// `tag>3`: the field takes a value, not a comparison.
    case noComparison(field: String)
    /// `stage:none`, `is:any`: the field has no such value.
    case noneOrAnyNotAllowed(field: String, value: String)
    /// `"coop gent` without the closing quote.
    case unclosedQuote
    /// `(a or b` or `a)`.
    case unmatchedParenthesis
    /// `()`.
    case emptyGroup
    /// `or` with nothing on one side.
    case danglingOr
    /// `-` with nothing after it.
    case danglingNegation
  }

  public var reason: Reason
  /// The wrong word, as typed.
  public var word: String
  /// Where the word starts in the query, in characters.
  public var offset: Int

  public init(_ reason: Reason, word: String, offset: Int) {
    self.reason = reason; self.word = word; self.offset = offset
  }

  /// The sentence that says what is wrong, in the current language.
  public var message: String {
    switch reason {
    case .unknownField(let name):
      tr("filter.error.unknownField", ["word": word, "field": name, "fields": QueryNames.fieldList()])
    case .ambiguousField(let name, let candidates):
      tr("filter.error.ambiguousField", ["word": word, "field": name, "candidates": QueryNames.list(candidates)])
    case .missingValue(let field):
      tr("filter.error.missingValue", ["word": word, "field": field])
    case .unknownValue(let field, let value, let choices):
      tr("filter.error.unknownValue", ["word": word, "field": field, "value": value, "choices": QueryNames.list(choices)])
    case .ambiguousValue(let field, let value, let candidates):
      tr(
        "filter.error.ambiguousValue",
        ["word": word, "field": field, "value": value, "candidates": QueryNames.list(candidates)])
    case .notANumber(let field, let value):
      tr("filter.error.notANumber", ["word": word, "field": field, "value": value])
    case .notADate(let value):
      tr("filter.error.notADate", ["word": word, "value": value])
    case .outOfRange(let field, let value, let lowest, let highest):
      tr(
        "filter.error.outOfRange",
        ["word": word, "field": field, "value": value, "lowest": String(lowest), "highest": String(highest)])
    case .noComparison(let field):
      tr("filter.error.noComparison", ["word": word, "field": field])
    case .noneOrAnyNotAllowed(let field, let value):
      tr("filter.error.noneOrAny", ["word": word, "field": field, "value": value])
    case .unclosedQuote:
      tr("filter.error.unclosedQuote", ["word": word])
    case .unmatchedParenthesis:
      tr("filter.error.unmatchedParenthesis", ["word": word])
    case .emptyGroup:
      tr("filter.error.emptyGroup", ["word": word])
    case .danglingOr:
      tr("filter.error.danglingOr", ["word": word])
    case .danglingNegation:
      tr("filter.error.danglingNegation", ["word": word])
    }
  }
}
