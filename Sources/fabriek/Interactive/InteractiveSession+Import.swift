import FabriekCore
import FabriekUI
import Foundation

/// `:import PATH` in the palette: the file is read here, the plan made under the store's lock
/// from the board as it is then (as `fabriek import` does) and committed as one change, so
/// that one undo takes the whole import back.
extension InteractiveSession {
  func importCSV(_ path: String) -> [AppEvent] {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let bytes: [UInt8]
    do {
      bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.expand(path))))
    } catch {
      return [.notice("Cannot read \(Text.clean(path)): check the path and that the file is readable.", isError: true)]
    }
    let options = ImportOptions(author: user, now: .now())
    let table: ImportTable
    do {
      table = try ImportTable.read(csv: bytes, options: options)
    } catch {
      return [.notice(Text.clean(error.message), isError: true)]
    }
    var planned: ImportPlan?
    var events: [AppEvent] = []
    do throws(StoreError) {
      let (change, inverse) = try store.commit { (board: Board) throws(BoardError) -> Change in
        let plan = ImportPlan(table: table, board: board, options: options)
        planned = plan
        if plan.isEmpty { throw Self.nothingToImport }
        return Change(plan.operation, by: user, at: options.now, why: "import of \(name)")
      }
      events = [.boardChanged(store.board), .committed(change, inverse: inverse, purpose: .change)]
    } catch {
      if error != .rejected(Self.nothingToImport) { return [.notice(error.message, isError: true)] }
    }
    guard let plan = planned else { return events }
    let report = ImportReport(
      file: name, imported: plan.imported.count, duplicates: plan.duplicates.count, rejected: plan.rejected.count)
    return events + [.imported(report)]
  }

  private static let nothingToImport = BoardError.conflict("Nothing to import.")

  /// A path as typed in the palette: `~/` is the home directory, others are from the current one.
  static func expand(_ path: String) -> String {
    if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      return home + path.dropFirst()
    }
    return BoardLocation.absolute(path)
  }
}
