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
  /// stops at the first refusal, saying what was done before it. Several people are
  /// summed up in a few sentences rather than five per person.
  func erasePeople(_ ids: [PersonID], reason: String) -> [AppEvent] {
    host.draw(state)
    var results: [ErasureResult] = []
    var failure: String?
    for id in ids {
      do throws(StoreError) {
        results.append(try store.erase(id, reason: reason, by: recordedAuthor, at: clock.now(state)))
      } catch {
        failure = error.message
        break
      }
    }
    let folder = store.files.directory
    var lines: [String]
    if results.count == 1, let only = results.first {
      lines = only.sentences(folder: folder)
    } else if results.isEmpty {
      lines = []
    } else {
      let codes = results.map(\.erasure.person.code).joined(separator: ", ")
      lines = [tr("ui.privacy.erasedMany", ["n": results.count, "codes": codes])]
      var rewritten: [String] = []
      var remaining: [FileMention] = []
      for r in results {
        rewritten += r.rewritten.filter { !rewritten.contains($0) }
        remaining += r.remaining.filter { m in !remaining.contains { $0.path == m.path } }
      }
      if !rewritten.isEmpty {
        let names = rewritten.map { Paths.fileName(of: $0) }.joined(separator: ", ")
        lines.append(tr("privacy.erase.rewritten", ["n": rewritten.count, "files": names]))
      }
      lines += FileMention.sentences(remaining, folder: folder)
    }
    if let failure { lines += (lines.isEmpty ? [] : [""]) + [failure] }
    return [.boardChanged(store.board), .erasureFinished(lines: lines, failed: failure != nil)] + notices()
  }
}
