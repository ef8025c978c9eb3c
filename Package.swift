// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "fabriek",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "fabriek", targets: ["fabriek"]),
    .executable(name: "fabriek-bench", targets: ["fabriek-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // CSV import: RFC 4180 records scalar by scalar (see Sources/FabriekCore/Intake/CSVDocument.swift).
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    // .xlsx import: the workbook is a ZIP archive (Sources/FabriekCore/Intake/XLSX/XLSXArchive.swift).
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    // .xlsx import: the workbook's small XML parts (workbook, relationships, styles).
    .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
  ],
  targets: [
    .target(
      name: "CNcursesw",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    // renameat2(RENAME_EXCHANGE), which Glibc's Swift module does not declare.
    .target(name: "CFabriekSystem"),
    .target(
      name: "FabriekCore",
      dependencies: [
        "CFabriekSystem", .product(name: "CSV", package: "CSV.swift"), "ZIPFoundation",
        .product(name: "SWXMLHash", package: "SWXMLHash"),
      ]),
    .target(name: "FabriekUI", dependencies: ["FabriekCore"]),
    .target(name: "FabriekTerminal", dependencies: ["CNcursesw", "FabriekUI"]),
    // The one runner of events and effects: the app, the benchmark and the journey tests drive it.
    .target(name: "FabriekRunner", dependencies: ["FabriekCore", "FabriekUI"]),
    .executableTarget(
      name: "fabriek",
      dependencies: [
        "FabriekCore", "FabriekUI", "FabriekTerminal", "FabriekRunner",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "fabriek-bench",
      dependencies: ["FabriekCore", "FabriekUI", "FabriekTerminal", "FabriekRunner", "ZIPFoundation"]),
    .testTarget(
      name: "FabriekCoreTests", dependencies: ["FabriekCore", "ZIPFoundation"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "FabriekUITests", dependencies: ["FabriekUI", "FabriekRunner"], exclude: ["Screen/Snapshots"]),
    .testTarget(name: "FabriekTerminalTests", dependencies: ["FabriekTerminal", "FabriekUI", "CNcursesw"]),
    .testTarget(name: "EndToEndTests", dependencies: ["FabriekCore", "ZIPFoundation"]),
  ],
  swiftLanguageModes: [.v6]
)
