import FabriekUI
import Foundation
import XCTest

/// Compares a grid's text with a reviewed snapshot file in `Snapshots/` beside this file;
/// `FABRIEK_RECORD_SNAPSHOTS=1` writes the files instead (review them like code).
func assertSnapshot(_ grid: Grid, named name: String, file: StaticString = #filePath, line: UInt = #line) {
  let directory = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Snapshots")
  let url = directory.appendingPathComponent(name + ".txt")
  let text =
    grid.lines.map { line in
      var trimmed = line
      while trimmed.last == " " { trimmed.removeLast() }
      return trimmed
    }.joined(separator: "\n") + "\n"
  if ProcessInfo.processInfo.environment["FABRIEK_RECORD_SNAPSHOTS"] == "1" {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      XCTFail("Could not write \(url.path): \(error)", file: file, line: line)
    }
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    XCTFail("No snapshot \(name).txt; record it with FABRIEK_RECORD_SNAPSHOTS=1 and review it.", file: file, line: line)
    return
  }
  if expected != text {
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = text.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
    XCTFail(
      "\(name) differs from its snapshot from row \(first):\n" + got.joined(separator: "\n"), file: file, line: line)
  }
}
