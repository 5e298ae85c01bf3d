import Foundation
import Testing

/// The config file through the binary: precedence, init, bad files, settings from old stores.
struct ConfigFileCLITests {
  @Test func precedenceIsFlagThenEnvironmentThenFileThenDefault() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let file = sandbox.home.appendingPathComponent("config.toml")
    try FileManager.default.createDirectory(at: sandbox.home, withIntermediateDirectories: true)
    try Data("# mine\ndesired-retention = 0.85\ndaily-new-limit = 3\n".utf8).write(to: file)
    let list = try sandbox.call(
      ["config", "list", "--origin"], environment: ["NOTEDRILL_DAILY_NEW_LIMIT": "5"])
    #expect(list.stdout.contains("daily-new-limit    5  (env NOTEDRILL_DAILY_NEW_LIMIT)"))
    #expect(list.stdout.contains("desired-retention  0.85  (file line 2)"))
    #expect(list.stdout.contains("day-start-hour     4  (default)"))
    // The limit in force is the one the drill uses: 2 notes' worth of new cards would be 4.
    let drill = try sandbox.call(["drill", "--plain"], stdin: "q\n")
    #expect(drill.stdout.contains("new 3"), "\(drill.stdout)")
    let overridden = try sandbox.call(
      ["drill", "--plain"], stdin: "q\n", environment: ["NOTEDRILL_DAILY_NEW_LIMIT": "1"])
    #expect(overridden.stdout.contains("new 1"), "\(overridden.stdout)")
    // Notes: --notes beats NOTEDRILL_NOTES beats the file.
    let other = sandbox.root.appendingPathComponent("other")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    try Data("# Other\n\n- **SQS**: 메시지 대기열 서비스\n- **SNS**: 알림 발행 서비스\n".utf8)
      .write(to: other.appendingPathComponent("other.md"))
    _ = try sandbox.call(["config", "set", "notes", other.path])
    let fromFile = try sandbox.callWithoutNotes(["outline", "--summary"])
    #expect(fromFile.stdout.contains("other.md"), "\(fromFile.stdout)\(fromFile.stderr)")
    let fromEnv = try sandbox.callWithoutNotes(
      ["outline", "--summary"], environment: ["NOTEDRILL_NOTES": sandbox.notes.path])
    #expect(fromEnv.stdout.contains("mini.md"))
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# mine\n"))
  }

  @Test func initWritesTheNotesFolderAndRefusesAnEmptyOne() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let empty = sandbox.root.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let refused = try sandbox.callWithoutNotes(["init", empty.path])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("holds no Markdown notes"))
    let asked = try sandbox.callWithoutNotes(["init"], stdin: sandbox.notes.path + "\n")
    #expect(asked.status == 0, "\(asked.stderr)")
    #expect(asked.stdout.contains("notes = \"\(sandbox.notes.path)\" (1 notes)"))
    let summary = try sandbox.callWithoutNotes(["outline", "--summary"])
    #expect(summary.stdout.contains("mini.md"))
  }

  @Test func aBadFileIsOneLineNamingTheLine() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let file = sandbox.home.appendingPathComponent("config.toml")
    try FileManager.default.createDirectory(at: sandbox.home, withIntermediateDirectories: true)
    for (text, message) in [
      ("daily-new-limit = 30\ntheme = dark\n", ":2: error: 'dark' is not a value"),
      ("colour = \"red\"\n", ":1: error: unknown setting 'colour'"),
      ("day-start-hour = 30\n", ":1: error: day-start-hour: \"30\" must be a whole number"),
    ] {
      try Data(text.utf8).write(to: file)
      let result = try sandbox.call(["stats"])
      #expect(result.status == 1)
      #expect(result.stderr.hasPrefix(file.path + message), "\(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1)
    }
  }

  @Test func settingsAnOlderStoreKeptMoveIntoTheFile() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    // An older NoteDrill kept `config set` values in the store's setting table.
    _ = try sandbox.call(["stats"])
    try sandbox.sqlite("INSERT INTO setting (key, value) VALUES ('daily-new-limit', '2')")
    let drill = try sandbox.call(["drill", "--plain"], stdin: "q\n")
    #expect(drill.stderr.contains("note: settings moved from the store to"))
    #expect(drill.stdout.contains("new 2"))
    let file = sandbox.home.appendingPathComponent("config.toml")
    #expect(try String(contentsOf: file, encoding: .utf8) == "daily-new-limit = 2\n")
  }
}

extension StoreSandbox {
  /// Runs `notedrill` on this home and notes, no `NOTEDRILL_NOTES` from outside.
  func call(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:]
  ) throws -> RunResult {
    let notesArguments =
      ["config", "init"].contains(arguments.first ?? "") ? [] : ["--notes", notes.path]
    return try callWithoutNotes(arguments + notesArguments, stdin: stdin, environment: environment)
  }

  /// Runs `notedrill` on this home with the notes from wherever it finds them.
  func callWithoutNotes(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:]
  ) throws -> RunResult {
    let base = [
      "NOTEDRILL_HOME": home.path, "NOTEDRILL_NOW": "2024-03-01T09:00:00Z", "TZ": "UTC",
      "NOTEDRILL_NOTES": "", "NOTEDRILL_CONFIG": "",
    ]
    return try BinaryRunner.run(
      arguments, stdin: stdin, environment: base.merging(environment) { $1 })
  }

  /// Runs one SQL statement on the store with Python's sqlite3 (the tests link no SQLite).
  func sqlite(_ statement: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()",
      store.path, statement,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}

/// `drill --note`, `--topic` and `--concept` study part of the notes.
struct DrillScopeCLITests {
  /// The `Q i/n · topic` lines a plain drill printed, answering `1` to everything.
  static func topics(_ output: String) -> [String] {
    output.split(separator: "\n").filter { $0.hasPrefix("Q ") }.map(String.init)
  }

  @Test func drillOfOneNoteTopicOrConceptAsksOnlyThat() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    try Data(
      "# Queues\n\n## Messaging\n\n- **SQS**: 메시지를 대기열에 보관하는 서비스\n- **SNS**: 구독자에게 알림을 밀어 보내는 서비스\n"
        .utf8
    )
    .write(to: sandbox.notes.appendingPathComponent("queues.md"))
    let answers = String(repeating: "1\n", count: 60)
    let everything = Self.topics(try sandbox.call(["drill", "--plain"], stdin: answers).stdout)
    #expect(
      everything.contains { $0.contains("Queues") }
        && everything.contains { $0.contains("Mini AWS") })

    let fresh = try StoreSandbox()
    defer { fresh.remove() }
    try FileManager.default.copyItem(
      at: sandbox.notes.appendingPathComponent("queues.md"),
      to: fresh.notes.appendingPathComponent("queues.md"))
    let note = Self.topics(
      try fresh.call(["drill", "--plain", "--note", "queues"], stdin: answers).stdout)
    #expect(!note.isEmpty)
    #expect(note.allSatisfy { $0.contains("Queues") }, "\(note)")
    let topic = Self.topics(
      try fresh.call(["drill", "--plain", "--topic", "storage"], stdin: answers).stdout)
    #expect(!topic.isEmpty)
    #expect(topic.allSatisfy { $0.contains("Storage") }, "\(topic)")
    let concept = try fresh.call(["drill", "--plain", "--concept", "SQS"], stdin: "q\n")
    #expect(concept.status == 0, "\(concept.stderr)")
    #expect(
      Self.topics(concept.stdout).allSatisfy { $0.contains("Messaging") }, "\(concept.stdout)")
    let unknown = try fresh.call(["drill", "--plain", "--note", "nosuch"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.hasPrefix("Error: no note matches \"nosuch\" (notes: mini, queues)"))
  }
}
