/// The sentences around an erasure, in the current language: the warning given before asking,
/// and what was done afterwards. `fabriek person erase` prints them and the TUI's erasure
/// screen (`:person erase` on `:people`) shows them, so both say the same.
extension Board {
  /// What erasing `p` does and that it cannot be undone, then the people who share their
  /// full name (whose name is left standing in texts).
  public func erasureWarning(for p: Person, path: String) -> [String] {
    var out = [tr("privacy.erase.warning", ["code": p.id.code, "name": p.fullName, "path": path])]
    let namesakes = namesakes(of: p)
    if !namesakes.isEmpty {
      out.append(tr("privacy.erase.namesakes", ["codes": namesakes.map(\.id.code).joined(separator: ", ")]))
    }
    return out
  }

  /// Everything the board holds on `p`, with the files of `folder` that hold their data.
  public func dossier(of p: Person, folder: String, fs: FileSystem = PosixFileSystem()) throws(BoardError)
    -> PersonDossier
  {
    try PersonDossier(p.id, on: self, files: FolderScan.files(in: folder, holding: scrub(for: p), fs: fs))
  }
}

extension ErasureResult {
  /// What the erasure did: erased and recorded, the files rewritten and removed, then the
  /// byte search of `folder` (clean, or the files that still hold the data, one per line).
  public func sentences(folder: String) -> [String] {
    var out = [tr("privacy.erase.done", ["code": erasure.person.code])]
    if !rewritten.isEmpty {
      let names = rewritten.map { Paths.fileName(of: $0) }.joined(separator: ", ")
      out.append(tr("privacy.erase.rewritten", ["n": rewritten.count, "files": names]))
    }
    if !removed.isEmpty { out.append(tr("privacy.erase.removed", ["n": removed.count])) }
    return out + FileMention.sentences(remaining, folder: folder)
  }
}

extension FileMention {
  /// The result of a byte search of `folder`: clean, or which files still hold the data.
  public static func sentences(_ remaining: [FileMention], folder: String) -> [String] {
    if remaining.isEmpty { return [tr("privacy.scan.clean", ["folder": folder])] }
    return [tr("privacy.scan.remaining", ["folder": folder])] + remaining.map { "  " + $0.path }
  }
}
