import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file that holds some of a person's data, and which of the texts searched for it holds.
public struct FileMention: Hashable, Codable, Sendable {
  public var path: String
  public var found: [String]
  public init(path: String, found: [String]) { self.path = path; self.found = found }
}

/// A byte search of a folder, as `grep -rF` does it: every regular file (links are not
/// followed), in subfolders too, for every byte form of the needles (as typed and as the
/// board's JSON escapes them).
public enum FolderScan {
  public static func files(in directory: String, holding scrub: PersonScrub, fs: FileSystem = PosixFileSystem())
    -> [FileMention]
  {
    var out: [FileMention] = []
    walk(directory, depth: 0, fs: fs) { path in
      let found = needles(in: path, scrub, fs: fs)
      if !found.isEmpty { out.append(FileMention(path: path, found: found)) }
    }
    return out.sorted { $0.path < $1.path }
  }

  /// The needles `path` holds, in any of their forms.
  static func needles(in path: String, _ scrub: PersonScrub, fs: FileSystem) -> [String] {
    guard let file = try? fs.mapFile(path) else { return [] }
    let b = file.buffer
    return scrub.needles.filter { n in scrub.forms(of: n).contains { contains(b, $0) } }
  }

  static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, hay.count >= needle.count, let base = hay.baseAddress else { return false }
    var at = 0
    let last = hay.count - needle.count
    while at <= last {
      guard let p = memchr(base + at, Int32(first), last - at + 1) else { return false }
      let i = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + i, needle, needle.count) == 0 { return true }
      at = i + 1
    }
    return false
  }

  private static func walk(_ dir: String, depth: Int, fs: FileSystem, _ visit: (String) -> Void) {
    guard depth < 8, let names = try? fs.list(dir) else { return }
    for name in names.sorted() {
      let path = (dir == "/" ? "" : dir) + "/" + name
      guard let st = fs.linkStatus(path) else { continue }
      if st.isDirectory {
        walk(path, depth: depth + 1, fs: fs, visit)
      } else if st.isRegular {
        visit(path)
      }
    }
  }
}

extension PersonScrub {
  /// The byte forms of one needle: as typed, as `JSONEncoder` and as the snapshot's writer escape it.
  func forms(of n: String) -> [[UInt8]] {
    var w = JSONWriter()
    w.string(n)
    var forms: [[UInt8]] = [Array(n.utf8)]
    for f in [Array(Self.escaped(n).utf8), Array(w.bytes.dropFirst().dropLast())] where !forms.contains(f) {
      forms.append(f)
    }
    return forms
  }

  /// `bytes` with every form of every needle replaced, for a file that is not a board or a
  /// journal that reads (a damaged copy): it stays as damaged as it was, without the data.
  func replacingBytes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out = Array(bytes)
    let with = Array(replacement.utf8)
    for n in needles {
      for form in forms(of: n) {
        var result: [UInt8] = []
        var i = 0
        var changed = false
        while i < out.count {
          if i + form.count <= out.count, out[i] == form[0], out[i..<(i + form.count)].elementsEqual(form) {
            result += with
            i += form.count
            changed = true
          } else {
            result.append(out[i])
            i += 1
          }
        }
        if changed { out = result }
      }
    }
    return out
  }
}
