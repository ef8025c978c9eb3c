import FabriekCore
import FabriekUI
import Foundation

/// `:import PATH` in the palette: the host reads the file, and the store plans and commits it
/// as `fabriek import` does (`BoardStore.importCandidates`), so that one undo takes the whole
/// import back.
extension AppRunner {
  func importCSV(_ path: String) -> [AppEvent] {
    guard let bytes = host.readFile(path) else {
      return [.notice("Cannot read \(Self.clean(path)): check the path and that the file is readable.", isError: true)]
    }
    let options = ImportOptions(author: recordedAuthor, now: clock.now(state))
    let table: ImportTable
    do {
      table = try ImportTable.read(file: bytes, options: options, board: store.board)
    } catch {
      return [.notice(Self.clean(error.message), isError: true)]
    }
    let name = URL(fileURLWithPath: path).lastPathComponent
    let result: BoardStore.ImportResult
    do throws(StoreError) {
      result = try store.importCandidates(table, options: options, file: name)
    } catch {
      return [.notice(error.message, isError: true)]
    }
    var events: [AppEvent] = []
    if let (change, inverse) = result.committed {
      events = [.boardChanged(store.board), .committed(change, inverse: inverse, purpose: .change)] + notices()
    }
    let plan = result.plan
    let report = ImportReport(
      file: name, imported: plan.imported.count, duplicates: plan.duplicates.count, rejected: plan.rejected.count)
    return events + [.imported(report)]
  }

  /// Text from the file or the command line, with its unsafe characters made visible.
  static func clean(_ text: String) -> String { Sanitizer.segments(text).plainText }
}
