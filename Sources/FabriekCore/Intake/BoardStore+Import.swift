/// Importing candidates into a board file: the one way an import is written, whether it comes
/// from `fabriek import` or from the palette's `:import`.
extension BoardStore {
  /// What an import did: the plan (made from the board as it was under the lock) and, when it
  /// imported anything, the change as recorded and the operation that undoes it.
  public struct ImportResult: Sendable {
    public var plan: ImportPlan
    public var committed: (change: Change, inverse: BoardOperation)?
  }

  /// Plans the import under the store's lock, so that ids and duplicates are judged against
  /// the board as it is when the change is written, and commits it as one change (one undo
  /// step) by `options.author`. A plan that imports nothing (every row a duplicate or
  /// rejected) is returned, not committed.
  public func importCandidates(_ table: ImportTable, options: ImportOptions, file name: String) throws(StoreError)
    -> ImportResult
  {
    var planned: ImportPlan?
    var committed: (change: Change, inverse: BoardOperation)?
    do {
      committed = try commit { (board: Board) throws(BoardError) -> Change in
        let plan = ImportPlan(table: table, board: board, options: options)
        planned = plan
        if plan.isEmpty { throw Self.nothingToImport }
        return Change(plan.operation, by: options.author, at: options.now, why: "import of \(name)")
      }
    } catch {
      if error != .rejected(Self.nothingToImport) { throw error }
    }
    guard let plan = planned else { throw .internalFailure(tr("import.noPlan")) }
    return ImportResult(plan: plan, committed: committed)
  }

  private static var nothingToImport: BoardError { BoardError.conflict(tr("import.nothingToImport")) }
}
