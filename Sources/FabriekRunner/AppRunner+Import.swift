import FabriekCore
import FabriekUI
import Foundation

/// `:import PATH` in the palette: the host reads the file, and the store plans and commits it
/// as `fabriek import` does (`BoardStore.importCandidates`), so that one undo takes the whole
/// import back.
extension AppRunner {
  /// `:import PATH` first: the dry run on the board as it is, nothing changed.
  func previewImport(_ path: String) -> [AppEvent] {
    let name = URL(fileURLWithPath: path).lastPathComponent
    switch readTable(path) {
    case .failure(let notice): return [.notice(notice.text, isError: true)]
    case .success(let (table, options)):
      let plan = ImportPlan(table: table, board: store.board, options: options)
      return [.importPreviewed(ImportPreview(path: path, file: name, plan: plan, board: store.board))]
    }
  }

  /// Enter on the dry run: the file is read again and planned under the store's lock.
  func importCSV(_ path: String) -> [AppEvent] {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let table: ImportTable
    let options: ImportOptions
    switch readTable(path) {
    case .failure(let notice): return [.notice(notice.text, isError: true)]
    case .success(let read): (table, options) = read
    }
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

  private func readTable(_ path: String) -> Result<(ImportTable, ImportOptions), NoticeEvent> {
    guard let bytes = host.readFile(path) else {
      return .failure(NoticeEvent(tr("import.cannotRead", ["path": Self.clean(path)])))
    }
    let options = ImportOptions(author: recordedAuthor, now: clock.now(state))
    do {
      return .success((try ImportTable.read(file: bytes, options: options, board: store.board), options))
    } catch {
      return .failure(NoticeEvent(Self.clean(error.message)))
    }
  }

  /// Text from the file or the command line, with its unsafe characters made visible.
  static func clean(_ text: String) -> String { Sanitizer.segments(text).plainText }
}

/// A sentence for the status line, as the failure of a `Result`.
struct NoticeEvent: Error {
  var text: String
  init(_ text: String) { self.text = text }
}
