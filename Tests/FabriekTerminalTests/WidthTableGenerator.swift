import CNcursesw
import Foundation

/// Writes `Sources/FabriekUI/Text/UnicodeWidthTable.swift` from the C library's live wcwidth().
/// Run with FABRIEK_REGENERATE_WIDTH_TABLE=1 (see `WidthPinTests`) after a C library upgrade.
enum WidthTableGenerator {
  static var tableFile: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/FabriekUI/Text/UnicodeWidthTable.swift")
  }

  /// Ranges of scalars whose width is not 1, as (first, last, code): 0, 2, or 3 for unprintable.
  static func ranges() -> [(UInt32, UInt32, Int)] {
    var ranges: [(UInt32, UInt32, Int)] = []
    for value in UInt32(0xA0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
      let width = Int(cnc_wcwidth(Int32(bitPattern: value)))
      let code = width < 0 ? 3 : width
      guard code != 1 else { continue }
      if let last = ranges.last, last.2 == code, last.1 + 1 == value {
        ranges[ranges.count - 1].1 = value
      } else {
        ranges.append((value, value, code))
      }
    }
    return ranges
  }

  static func source(libraryVersion: String) -> String {
    let items = ranges().map { String(format: "0x%X, 0x%X, %d", $0.0, $0.1, $0.2) }
    let rows = stride(from: 0, to: items.count, by: 4).map {
      "    " + items[$0..<min($0 + 4, items.count)].joined(separator: ", ") + ","
    }
    return """
      // Generated from \(libraryVersion) wcwidth() in the C.UTF-8 locale; do not edit by hand.
      // Regenerate with `FABRIEK_REGENERATE_WIDTH_TABLE=1 swift test --filter WidthPinTests`;
      // the same test pins this table against the live wcwidth() for every scalar.

      /// The cell width glibc (and therefore ncursesw) gives each Unicode scalar.
      enum UnicodeWidthTable {
        /// Width codes in `ranges`: 0 zero-width, 2 wide, 3 not printable (wcwidth returns -1).
        static let notPrintable: UInt32 = 3

        /// Sorted, non-overlapping triples `first, last, code`; scalars not listed are one cell wide.
        static let ranges: [UInt32] = [
      \(rows.joined(separator: "\n"))
        ]

        /// The width code of `value`: 0, 1, 2 or `notPrintable`.
        static func code(of value: UInt32) -> UInt32 {
          var low = 0
          var high = ranges.count / 3 - 1
          while low <= high {
            let middle = (low + high) / 2
            let first = ranges[middle * 3]
            let last = ranges[middle * 3 + 1]
            if value < first {
              high = middle - 1
            } else if value > last {
              low = middle + 1
            } else {
              return ranges[middle * 3 + 2]
            }
          }
          return 1
        }
      }

      """
  }
}
