/// What importing a CSV file into a board does, worked out without changing anything: the rows
/// that become ideas in Incoming (with their innovators as new or existing people), the rows
/// that duplicate an idea on the board or an earlier row, the rows that are refused and why,
/// and the one operation that applies it all, as one undo step.
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

  public var encoding: TextEncoding
  public var delimiter: Unicode.Scalar
  public var columns: [ImportTable.Column]
  public var imported: [Imported] = []
  public var duplicates: [Duplicate] = []
  public var rejected: [Rejected] = []
  /// The people the import adds, in id order.
  public var newPeople: [Person] = []
  /// People already on the board that imported ideas name as innovators.
  public var existingPeople: [PersonID] = []
  /// Every `addPerson`, then every `addIdea`, as one `.batch`.
  public var operation: BoardOperation

  /// The headers of columns that are not used (columns without a header are not listed).
  public var ignoredColumns: [String] { columns.filter { $0.field == nil && !$0.header.isEmpty }.map(\.header) }
  public var isEmpty: Bool { imported.isEmpty }

  /// Reads the file and plans its import into `board`.
  public static func plan(csv: [UInt8], board: Board, options: ImportOptions) throws(ImportError) -> ImportPlan {
    ImportPlan(table: try ImportTable.read(csv: csv, options: options), board: board, options: options)
  }

  public init(table: ImportTable, board: Board, options: ImportOptions) {
    encoding = table.encoding
    delimiter = table.delimiter
    columns = table.columns
    operation = .batch([])
    var builder = ImportBuilder(board: board, options: options)
    let index = table.index
    var drafts: [ImportDraft] = []
    drafts.reserveCapacity(table.rows.count)
    for record in table.rows {
      switch ImportDraft.read(record, columns: table.columns.count, index: index, options: options) {
      case .success(let d): drafts.append(d)
      case .failure(let problem): rejected.append(Rejected(line: record.line, problem: problem))
      }
    }
    builder.learn(drafts)
    for d in drafts {
      switch builder.add(d) {
      case .imported(let row): imported.append(row)
      case .duplicate(let row): duplicates.append(row)
      case .rejected(let problem): rejected.append(Rejected(line: d.line, problem: problem))
      }
    }
    rejected.sort { $0.line < $1.line }
    newPeople = builder.newPeople
    existingPeople = builder.existingPeople
    operation = .batch(builder.newPeople.map { .addPerson($0) } + builder.ideas.map { .addIdea($0) })
  }
}
