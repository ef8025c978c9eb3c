import FabriekCore
@testable import FabriekUI
import Foundation
import XCTest

/// The card badges are explained in the help overlay and in the README, the same rows.
final class BadgeLegendTests: XCTestCase {
  func testTheHelpOverlayAndTheREADMEExplainEveryBadge() throws {
    let help = HelpOverlay.lines.map { $0.map(\.text).joined() }
    let readmeURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let readme = try String(contentsOf: readmeURL, encoding: .utf8)
    XCTAssertTrue(help.contains("Card badges"))
    for (badge, meaning) in UIText.badgeLegend {
      XCTAssertTrue(help.contains { $0.hasPrefix(badge + " ") && $0.hasSuffix(meaning) }, badge)
      XCTAssertTrue(readme.contains("| `\(badge)` | \(meaning) |"), badge)
    }
  }
}
