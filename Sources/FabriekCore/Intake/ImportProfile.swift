/// How the export of one form is read, saved on the board (`fabriek import --profile NAME`) so
/// that the next export of the same form imports with no flags: which field each column fills
/// (or that it is kept in the note), and which option an answer that fits none by itself
/// stands for (`--value applicant-kind:Middenveldorganisatie=civil-society`).
///
/// Columns and answers are matched folded (`ImportField.fold`: case, accents and punctuation
/// ignored), so a form tool that changes `E-mail` into `E-mail *` still fits.
public struct ImportProfile: Hashable, Codable, Sendable {
  public struct Column: Hashable, Codable, Sendable {
    /// The header as the file had it when the profile was saved.
    public var header: String
    /// nil: the column is kept in the idea's note.
    public var field: ImportField?
  }

  public struct Value: Hashable, Codable, Sendable {
    public var field: ImportField
    /// The answer as the file had it.
    public var answer: String
    /// The option it stands for, as `--value` names it (`civil-society`, `brussels`).
    public var option: String
  }

  public var name: String
  public var columns: [Column] = []
  public var values: [Value] = []

  /// The field a column is read as, keyed by folded header.
  public var fieldsByHeader: [String: ImportField?] {
    var map: [String: ImportField?] = [:]
    for c in columns { map[ImportField.fold(c.header)] = .some(c.field) }
    return map
  }

  /// How well the profile fits a file's headers: the share of the headers of both that are in
  /// the other (1 for the same columns; a question added to the form lowers it a little).
  public func fit(_ headers: [String]) -> Double {
    let mine = Set(columns.map { ImportField.fold($0.header) }.filter { !$0.isEmpty })
    let theirs = Set(headers.map(ImportField.fold).filter { !$0.isEmpty })
    guard !mine.isEmpty, !theirs.isEmpty else { return 0 }
    return Double(mine.intersection(theirs).count) / Double(mine.union(theirs).count)
  }

  /// A profile fits a file without being named when at least this share of the columns is the same.
  public static let minimumFit = 0.8
}

extension Board {
  /// The saved import profile with this name, case and accents ignored.
  public func importProfile(named name: String) -> ImportProfile? {
    let key = name.searchKey
    return importProfiles.values.first { $0.name.searchKey == key }
  }

  /// The saved profile that fits a file's headers best, when one fits well enough.
  public func importProfile(fitting headers: [String]) -> ImportProfile? {
    let scored = importProfiles.values.map { ($0, $0.fit(headers)) }.filter { $0.1 >= ImportProfile.minimumFit }
    return scored.max { a, b in a.1 != b.1 ? a.1 < b.1 : a.0.name > b.0.name }?.0
  }
}
