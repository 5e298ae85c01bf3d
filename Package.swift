// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "NoteDrill",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "notedrill", targets: ["notedrill"]),
    .library(name: "NoteOutline", targets: ["NoteOutline"]),
    .library(name: "StudyCore", targets: ["StudyCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // cmark-gfm and its GFM extensions (table, tasklist, strikethrough, autolink).
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    // ncurses with wide-character support.
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "NoteOutline", dependencies: ["CCmarkGFM"]),
    .target(name: "StudyCore", dependencies: ["NoteOutline"]),
    // Progress in one SQLite file; the only target that imports GRDB.
    .target(
      name: "ProgressStore",
      dependencies: ["StudyCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // Taking progress elsewhere: Anki packages (an SQLite collection in a zip, written and read
    // with GRDB) and the per-device event logs of `notedrill sync`.
    .target(
      name: "Interop",
      dependencies: [
        "StudyCore", "ProgressStore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // Generic terminal UI kit: cell grid, widgets, keys; only its ncurses backend imports ncurses.
    .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
    // Tiny ncurses demo that the TerminalUI tmux smoke test drives.
    .executableTarget(name: "terminalui-demo", dependencies: ["TerminalUI"]),
    // The app model: screens (state, update, render) over the sessions of StudyCore.
    .target(name: "NoteDrillApp", dependencies: ["StudyCore", "TerminalUI"]),
    // The app's services over the progress store and the notes (the only code that hands the
    // store to the app).
    .target(
      name: "NoteDrillWiring",
      dependencies: ["NoteDrillApp", "ProgressStore", "StudyCore", "NoteOutline", "TerminalUI"]),
    .executableTarget(
      name: "notedrill",
      dependencies: [
        "NoteOutline", "StudyCore", "ProgressStore", "NoteDrillApp", "NoteDrillWiring",
        "TerminalUI", "Interop", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "notedrill-bench",
      dependencies: [
        "NoteOutline", "StudyCore", "ProgressStore", "CCmarkGFM", "NoteDrillApp", "NoteDrillWiring",
      ]
    ),
    // Helpers the test targets share: clean process spawning, tmux sessions over the built
    // binaries, golden files under NOTEDRILL_UPDATE_GOLDEN.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "NoteOutlineTests",
      dependencies: ["NoteOutline"],
      resources: [.copy("Fixtures")]
    ),
    // Runs the built `notedrill` binary end to end (swift test builds it first).
    .testTarget(name: "NoteDrillCLITests", dependencies: ["TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport"]),
    .testTarget(name: "ProgressStoreTests", dependencies: ["ProgressStore", "TestSupport"]),
    .testTarget(name: "InteropTests", dependencies: ["Interop", "ProgressStore", "StudyCore"]),
    .testTarget(
      name: "NoteDrillAppTests",
      dependencies: ["NoteDrillApp", "NoteDrillWiring", "ProgressStore", "TestSupport"],
      exclude: ["Golden"]),
    // Progress reports from a synthetic history: golden files, escaping, the headless browser.
    .testTarget(
      name: "ReportTests",
      dependencies: [
        "StudyCore", "NoteOutline", "ProgressStore", "NoteDrillWiring", "TestSupport",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "StudyCoreTests",
      dependencies: ["StudyCore", "NoteOutline"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
