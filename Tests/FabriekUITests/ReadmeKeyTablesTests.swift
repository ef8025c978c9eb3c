import FabriekUI
import Foundation
import XCTest

/// The README's key tables are the key map's (`KeyGuide`): each table between its
/// `<!-- keys:… -->` markers must read as the key map writes it, and every binding of the
/// layers a table documents must be in one of its rows. `FABRIEK_WRITE_README=1` writes the
/// tables into README.md instead (review the diff like code).
final class ReadmeKeyTablesTests: XCTestCase {
  static let readme = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("README.md")

  func testTheReadmesKeyTablesAreWrittenFromTheKeyMap() throws {
    var text = try String(contentsOf: Self.readme, encoding: .utf8)
    let writing = ProcessInfo.processInfo.environment["FABRIEK_WRITE_README"] == "1"
    for guide in KeyGuide.all {
      let start = "<!-- keys:\(guide.name) -->\n"
      let end = "\n<!-- /keys:\(guide.name) -->"
      guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex)
      else {
        XCTFail("README.md has no \(start.dropLast()) … \(end.dropFirst()) around the \(guide.name) keys")
        continue
      }
      if writing {
        text.replaceSubrange(open.upperBound..<close.lowerBound, with: guide.markdown)
      } else {
        XCTAssertEqual(
          String(text[open.upperBound..<close.lowerBound]), guide.markdown,
          "README.md's \(guide.name) keys differ from the key map; FABRIEK_WRITE_README=1 swift test "
            + "--filter ReadmeKeyTablesTests writes them")
      }
    }
    if writing { try text.write(to: Self.readme, atomically: true, encoding: .utf8) }
  }

  func testEveryBindingOfADocumentedLayerIsInARowAndEveryRowIsBound() {
    for guide in KeyGuide.all {
      XCTAssertEqual(guide.gaps.unnamed, [], "\(guide.name): bindings without a row")
      XCTAssertEqual(guide.gaps.unbound, [], "\(guide.name): rows naming what the layer does not bind")
    }
  }

  func testARowsKeysComeFromTheBindings() {
    let first = KeyGuide.board.markdown.split(separator: "\n").dropFirst(2).first
    XCTAssertEqual(first, "| `h` `←` / `l` `→` | previous / next column (columns that do not fit scroll sideways) |")
    XCTAssertTrue(KeyGuide.triage.markdown.contains("| `1`–`9` | score the current criterion"))
  }
}
