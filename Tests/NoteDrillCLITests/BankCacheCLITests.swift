import Foundation
import Testing

/// The bank cache seen from the command line: the same questions, byte for byte, with and
/// without it; kept in the data folder, never beside the notes; rebuilt when a note changes or
/// the cache file is damaged.
struct BankCacheCLITests {
  /// A notes folder with two notes and a data folder of its own.
  struct Setup {
    let notes: URL
    let home: URL
    var environment: [String: String] { ["NOTEDRILL_HOME": home.path] }
    var cacheFolder: URL { home.appendingPathComponent("bank-cache") }

    init() throws {
      let base = FileManager.default.temporaryDirectory
        .appendingPathComponent("notedrill-cache-\(UUID().uuidString)")
      notes = base.appendingPathComponent("notes")
      home = base.appendingPathComponent("home")
      try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
      try BankCommandTests.note.write(
        to: notes.appendingPathComponent("lb.md"), atomically: true, encoding: .utf8)
      try Self.second.write(
        to: notes.appendingPathComponent("queues.md"), atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: notes.deletingLastPathComponent()) }

    func list(cache: Bool = true) throws -> RunResult {
      var environment = environment
      if !cache { environment["NOTEDRILL_BANK_CACHE"] = "off" }
      return try BinaryRunner.run(
        ["bank", "list", "--json", "--notes", notes.path], environment: environment)
    }

    func cacheFiles() -> [URL] {
      ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? [])
        .filter { $0.hasSuffix(".bin") }.map { cacheFolder.appendingPathComponent($0) }
    }

    static let second = """
      # 메시징

      - **Amazon SQS**: 메시지를 대기열에 보관했다가 소비자가 가져가게 하는 서비스
      - **Amazon SNS**: 메시지를 구독자에게 바로 푸시하는 서비스
      - **Amazon EventBridge**: 이벤트를 규칙에 따라 여러 대상으로 보내는 이벤트 버스
      - **Amazon MQ**: ActiveMQ와 RabbitMQ를 관리형으로 제공하는 메시지 브로커
      """
  }

  @Test func sameQuestionsWithAndWithoutTheCacheKeptInTheDataFolder() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let fresh = try setup.list(cache: false)
    #expect(setup.cacheFiles().isEmpty)
    let cold = try setup.list()
    #expect(setup.cacheFiles().count == 1)
    let warm = try setup.list()
    #expect(fresh.status == 0 && cold.status == 0 && warm.status == 0)
    #expect(cold.stdout == fresh.stdout)
    #expect(warm.stdout == fresh.stdout)
    #expect(fresh.stdout.contains("Amazon SQS"))
    let besideNotes = try FileManager.default.contentsOfDirectory(atPath: setup.notes.path)
    #expect(besideNotes.sorted() == ["lb.md", "queues.md"])
  }

  /// `notedrill ARGUMENTS` at a fixed time, with the cache on or off, in `home`.
  func run(_ setup: Setup, _ arguments: [String], home: URL, cache: Bool, stdin: String = "")
    throws -> RunResult
  {
    var environment = ["NOTEDRILL_HOME": home.path, "NOTEDRILL_NOW": "2026-03-02T09:00:00Z"]
    if !cache { environment["NOTEDRILL_BANK_CACHE"] = "off" }
    return try BinaryRunner.run(
      arguments + ["--notes", setup.notes.path], stdin: stdin, environment: environment)
  }

  @Test func drillExamReviewAndReportSeeTheSameQuestionsFromTheCache() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let commands: [([String], String)] = [
      (["drill", "--plain"], "q\n"),
      (["exam", "--plain", "--questions", "5", "--seed", "7", "--practice"], "q\n"),
      (["review", "--list"], ""),
      (["report", "--format", "json"], ""),
    ]
    for (index, (arguments, input)) in commands.enumerated() {
      // Each run on a store of its own; the warm one gets the cache the cold one wrote.
      let homes = ["off", "cold", "warm"].map {
        setup.home.appendingPathComponent("\($0)-\(index)")
      }
      let fresh = try run(setup, arguments, home: homes[0], cache: false, stdin: input)
      let cold = try run(setup, arguments, home: homes[1], cache: true, stdin: input)
      try FileManager.default.createDirectory(at: homes[2], withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: homes[1].appendingPathComponent("bank-cache"),
        to: homes[2].appendingPathComponent("bank-cache"))
      let warm = try run(setup, arguments, home: homes[2], cache: true, stdin: input)
      let again = try run(setup, arguments, home: homes[2], cache: true, stdin: input)
      #expect(fresh.status == 0, "\(arguments): \(fresh.stderr)")
      #expect(cold.stdout == fresh.stdout, "\(arguments)")
      #expect(warm.stdout == fresh.stdout, "\(arguments)")
      if index != 1 { #expect(again.stdout == fresh.stdout, "\(arguments)") }
      #expect(
        !FileManager.default.fileExists(atPath: homes[0].appendingPathComponent("bank-cache").path))
    }
  }

  @Test func aChangedNoteGivesTheQuestionsOfTheNewText() throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try setup.list()
    let edited = Setup.second.replacingOccurrences(of: "이벤트 버스", with: "서버리스 이벤트 버스")
    try edited.write(
      to: setup.notes.appendingPathComponent("queues.md"), atomically: true, encoding: .utf8)
    let cached = try setup.list()
    let fresh = try setup.list(cache: false)
    #expect(cached.stdout == fresh.stdout)
    #expect(cached.stdout.contains("서버리스 이벤트 버스"))
  }

  @Test func aChangeInAnyConfiguredNotesFolderIsSeen() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let other = setup.notes.deletingLastPathComponent().appendingPathComponent("more")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    let moved = setup.notes.appendingPathComponent("queues.md")
    try FileManager.default.moveItem(at: moved, to: other.appendingPathComponent("queues.md"))
    let config = setup.home.appendingPathComponent("config.toml")
    try FileManager.default.createDirectory(at: setup.home, withIntermediateDirectories: true)
    try "notes = [\"\(setup.notes.path)\", \"\(other.path)\"]\n".write(
      to: config, atomically: true, encoding: .utf8)
    func list(cache: Bool) throws -> RunResult {
      var environment = setup.environment
      environment["NOTEDRILL_CONFIG"] = config.path
      if !cache { environment["NOTEDRILL_BANK_CACHE"] = "off" }
      return try BinaryRunner.run(["bank", "list", "--json"], environment: environment)
    }
    let first = try list(cache: true)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("Amazon SQS"))
    let edited = Setup.second.replacingOccurrences(of: "이벤트 버스", with: "서버리스 이벤트 버스")
    try edited.write(
      to: other.appendingPathComponent("queues.md"), atomically: true, encoding: .utf8)
    let cached = try list(cache: true)
    #expect(cached.stdout == (try list(cache: false)).stdout)
    #expect(cached.stdout.contains("서버리스 이벤트 버스"))
  }

  @Test func aDamagedOrForeignCacheFileIsIgnoredAndRebuilt() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let fresh = try setup.list(cache: false)
    _ = try setup.list()
    let file = try #require(setup.cacheFiles().first)
    var bytes = try Data(contentsOf: file)
    bytes[bytes.count / 2] ^= 0xFF
    try bytes.write(to: file)
    let damaged = try setup.list()
    #expect(damaged.stdout == fresh.stdout)
    #expect(try Data(contentsOf: file) != bytes)  // rewritten whole
    try Data("not a bank".utf8).write(to: file)
    #expect(try setup.list().stdout == fresh.stdout)
  }
}
