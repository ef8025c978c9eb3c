/// What importing a file into a board does, worked out without changing anything: the rows
/// that become ideas in Incoming (with their innovators as new or existing people), the rows
/// that duplicate an idea on the board or an earlier row, the rows that are refused and why,
/// what was kept in notes and why, and the one operation that applies it all, as one undo step.
/// It is what a preview shows: the mapping table (`table.columns`, `table.notes`), the rows
/// that will land, the duplicates, and the problems with their line numbers.
///
/// The plan is pure: the same table, board and options always give the same plan. Commit
/// `operation` with `BoardStore.commit { board in … }`, planning again from the board given
/// there, so that the ids are the board's next ones under the lock.
public struct ImportPlan: Hashable, Sendable {
  public struct Imported: Hashable, Sendable {
    public var line: Int
    public var idea: IdeaID
    public var title: String
    public var innovators: [PersonID]
  }

  public enum Original: Hashable, Sendable {
    /// An earlier row of the same file, which is imported.
    case row(line: Int, title: String)
    case idea(IdeaID, title: String)
  }

  public struct Duplicate: Hashable, Sendable {
    public var line: Int
    public var title: String
    public var email: String
    public var original: Original
  }

  public struct Rejected: Hashable, Sendable {
    public var line: Int
    public var problem: RowProblem
  }

  /// Something about an imported row: the row is in, a value of it went into the note.
  public struct Notice: Hashable, Sendable {
    public var line: Int
    public var notice: RowNotice
  }

  /// An answer that fits no option of its field, with the lines of the imported rows that gave it.
  public struct Unmatched: Hashable, Sendable {
    public var field: ImportField
    public var value: String
    public var lines: [Int]
    /// The flag that maps it, to complete with an option.
    public var flag: String { "--value \"\(field.rawValue):\(value)=…\"" }
    /// The options to choose from.
    public var options: String { ImportValues.optionNames(field) }
  }

  public var table: ImportTable
  public var imported: [Imported] = []
  public var duplicates: [Duplicate] = []
  public var rejected: [Rejected] = []
  public var notices: [Notice] = []
  /// The people the import adds, in id order.
  public var newPeople: [Person] = []
  /// People already on the board that imported ideas name as innovators.
  public var existingPeople: [PersonID] = []
  /// The profile saved with the import (`--profile NAME`), when it differs from the board's.
  public var profileToSave: ImportProfile?
  /// `setImportProfile` when a profile is saved, every `addPerson`, then every `addIdea`, as one `.batch`.
  public var operation: BoardOperation

  public var encoding: TextEncoding { table.encoding }
  public var delimiter: Unicode.Scalar { table.delimiter }
  public var columns: [ImportTable.Column] { table.columns }
  /// The headers of the columns kept as notes.
  public var notedColumns: [String] { table.notedColumns }
  @available(*, deprecated, renamed: "notedColumns")
  public var ignoredColumns: [String] { table.notedColumns }
  /// Nothing would change: no row to import and no profile to save.
  public var isEmpty: Bool { imported.isEmpty && profileToSave == nil }

  /// The answers that fit no option, each once, in the order they first appear.
  public var unmatched: [Unmatched] {
    var out: [Unmatched] = []
    var at: [String: Int] = [:]
    for n in notices {
      guard case .unmatched(let field, let value) = n.notice else { continue }
      let key = field.rawValue + ":" + ImportField.fold(value)
      if let i = at[key] {
        out[i].lines.append(n.line)
      } else {
        at[key] = out.count
        out.append(Unmatched(field: field, value: value, lines: [n.line]))
      }
    }
    return out
  }

  /// Reads the file (CSV or workbook) and plans its import into `board`, with the board's profiles.
  public static func plan(csv: [UInt8], board: Board, options: ImportOptions) throws(ImportError) -> ImportPlan {
    ImportPlan(table: try ImportTable.read(file: csv, options: options, board: board), board: board, options: options)
  }

  public init(table: ImportTable, board: Board, options: ImportOptions) {
    self.table = table
    operation = .batch([])
    var builder = ImportBuilder(board: board, options: options)
    let context = ImportDraft.Context(table: table, options: options)
    var drafts: [ImportDraft] = []
    drafts.reserveCapacity(table.rows.count)
    for record in table.rows {
      switch ImportDraft.read(record, context: context) {
      case .success(let d): drafts.append(d)
      case .failure(let problem): rejected.append(Rejected(line: record.line, problem: problem))
      }
    }
    builder.learn(drafts)
    for d in drafts {
      switch builder.add(d) {
      case .imported(let row, let rowNotices):
        imported.append(row)
        notices += rowNotices.map { Notice(line: row.line, notice: $0) }
      case .duplicate(let row): duplicates.append(row)
      }
    }
    newPeople = builder.newPeople
    existingPeople = builder.existingPeople
    var ops: [BoardOperation] = []
    if let name = options.profile?.trimmingCharactersInWhitespace(), !name.isEmpty {
      let profile = table.profile(named: board.importProfile(named: name)?.name ?? name)
      if board.importProfiles[profile.name] != profile, !profile.columns.isEmpty {
        profileToSave = profile
        ops.append(.setImportProfile(name: profile.name, profile))
      }
    }
    operation = .batch(ops + builder.newPeople.map { .addPerson($0) } + builder.ideas.map { .addIdea($0) })
  }
}
