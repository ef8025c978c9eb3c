import FabriekCore
import FabriekUI
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `:person export` and `:person erase` from `:people`: the store does what
/// `fabriek person export` and `fabriek person erase` do, and the answer is their sentences.
extension AppRunner {
  /// Writes the dossier to a new file (0600, replaced in one step): JSON, or Markdown for a
  /// path ending in `.md`. An existing file is never replaced from the palette.
  func exportPerson(_ id: PersonID, path typed: String) -> [AppEvent] {
    guard let p = store.board.people[id] else {
      return [.notice(tr("privacy.person.notFound", ["text": id.code]), isError: true)]
    }
    let path = type(of: host).expand(typed)
    let shown = Self.clean(path)
    let fs = PosixFileSystem()
    if fs.linkStatus(path) != nil { return [.notice(tr("ui.privacy.exists", ["path": shown]), isError: true)] }
    let dossier: PersonDossier
    do throws(BoardError) {
      dossier = try store.board.dossier(of: p, folder: store.files.directory)
    } catch {
      return [.notice(error.message, isError: true)]
    }
    let text = path.lowercased().hasSuffix(".md") ? dossier.markdown() : dossier.json()
    do throws(IOError) {
      try fs.replaceFile(path, with: Array(text.utf8), tempTag: "person-\(getpid())")
    } catch {
      return [.notice(tr("privacy.out.failed", ["path": shown, "reason": error.reason]), isError: true)]
    }
    return [.notice(tr("privacy.export.written", ["code": p.id.code, "path": shown]), isError: false)]
  }

  /// Erases each person in turn (each under the store's exclusive lock, compacted at once);
  /// stops at the first refusal, saying what was done before it.
  func erasePeople(_ ids: [PersonID], reason: String) -> [AppEvent] {
    var lines: [String] = []
    var failed = false
    for id in ids {
      if !lines.isEmpty { lines.append("") }
      do throws(StoreError) {
        let result = try store.erase(id, reason: reason, by: recordedAuthor, at: clock.now(state))
        lines += result.sentences(folder: store.files.directory)
      } catch {
        lines.append(error.message)
        failed = true
        break
      }
    }
    return [.boardChanged(store.board), .erasureFinished(lines: lines, failed: failed)] + notices()
  }
}
