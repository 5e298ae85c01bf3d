import Foundation
import Testing

/// Issue #18, items 1-5 and 9, through the real binary: concurrent drills, a damaged, empty or
/// garbage store, recovery, the first day's backup, `stats --top=-1`.
@Suite struct StoreReliabilityCLITests {
  /// The environment of a drill on the real clock (the race needs real time) in `home`.
  private func realClock(_ home: URL) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "NOTEDRILL_NOW")
    environment["NOTEDRILL_HOME"] = home.path
    environment["TZ"] = "UTC"
    return environment
  }

  /// Three plain drills on the same small deck answer the same cards at nearly the same
  /// moment: one reads the clock, waits for the write lock while another commits a later
  /// answer to that card. Before #18 that ended the waiting session (about one round in four
  /// here); five rounds, each on a fresh store.
  @Test func threeDrillsAtOnceEachEndWithASummaryAndEveryAcknowledgedAnswerIsStored() throws {
    for round in 1...5 {
      let sandbox = try StoreSandbox()
      defer { sandbox.remove() }
      #expect(try sandbox.run(["config", "set", "daily-new-limit", "1000"]).status == 0)
      let answers = String(repeating: "1\n", count: 200)
      let results = ConcurrentRuns.run(count: 3) { _ in
        try ConcurrentRuns.binary(
          ["drill", "--plain", "--notes", sandbox.notes.path], stdin: answers,
          environment: realClock(sandbox.home))
      }
      var acknowledged = 0
      for result in results {
        #expect(result.status == 0, "round \(round): \(result.stderr)")
        #expect(result.stdout.contains("Session over: "), "round \(round)")
        acknowledged += ConcurrentRuns.acknowledged(result.stdout)
      }
      #expect(acknowledged >= 3 * 8)
      let total = value(try sandbox.stats(), "reviews", "total") as? Int
      #expect(total == acknowledged, "round \(round)")
      let check = try sandbox.run(["store", "check"])
      #expect(check.status == 0, "round \(round): \(check.stdout)\(check.stderr)")
    }
  }

  /// A store with a large history (the report demo's), one page in the question table's
  /// region overwritten with noise: reads that never touch that page would let a drill write.
  @Test func aDamagedStoreIsNeverWrittenAndItsCheckChangesNoByte() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let demo = try sandbox.run(["report-demo", "--days", "30", "--new-per-day", "20"])
    #expect(demo.status == 0, "\(demo.stderr)")
    var data = try Data(contentsOf: sandbox.store)
    let page = data.count / 4096 / 2
    #expect(page > 4)
    var state: UInt64 = 150
    let noise = (0..<4096).map { _ -> UInt8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
    data.replaceSubrange(page * 4096..<(page + 1) * 4096, with: noise)
    try data.write(to: sandbox.store)
    for suffix in ["-wal", "-shm"] { unlink(sandbox.store.path + suffix) }
    let check = try sandbox.run(["store", "check"])
    #expect(check.status == 1, "\(check.stdout)")
    #expect(try Data(contentsOf: sandbox.store) == data, "store check changed the file")
    for command in [["drill", "--plain"], ["stats"], ["store", "rebuild"]] {
      let result = try BinaryRunner.run(
        command, stdin: "1\n1\n",
        environment: [
          "NOTEDRILL_HOME": sandbox.home.path, "NOTEDRILL_NOW": "2024-03-01T09:00:00Z",
          "TZ": "UTC",
        ])
      #expect(result.status == 1, "\(command): \(result.stdout.suffix(200))")
      #expect(result.stderr.contains("damaged"), "\(command): \(result.stderr)")
      #expect(try Data(contentsOf: sandbox.store) == data, "\(command) wrote the store")
    }
  }

  @Test(arguments: ["empty", "garbage"])
  func anEmptyOrGarbageStoreIsReportedAndRecoveredFromItsBackups(kind: String) throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    #expect(try sandbox.runWithNotes(["store", "exercise", "--answers", "5"]).status == 0)
    #expect(try sandbox.run(["stats", "--notes", sandbox.notes.path]).status == 0)
    let listed = try sandbox.run(["store", "backups"])
    let name = try #require(listed.stdout.split(separator: " ").first.map(String.init))
    #expect(name.hasPrefix("progress-"))
    let content = kind == "empty" ? Data() : Data("garbage, not SQLite\n".utf8)
    try content.write(to: sandbox.store)
    for suffix in ["-wal", "-shm"] { unlink(sandbox.store.path + suffix) }
    for command in [["store", "check"], ["stats", "--notes", sandbox.notes.path]] {
      let result = try sandbox.run(command)
      #expect(result.status == 1, "\(command) \(result.stdout)")
      #expect(result.stderr.contains("is not a usable NoteDrill progress store"))
      #expect(try Data(contentsOf: sandbox.store) == content)
    }
    let backups = try sandbox.run(["store", "backups"])
    #expect(backups.status == 0 && backups.stdout.hasPrefix(name), "\(backups.stderr)")
    let restore = try sandbox.run(["store", "restore", name])
    #expect(restore.status == 0, "\(restore.stderr)")
    #expect(restore.stdout.contains("the unusable store was moved to"))
    #expect(value(try sandbox.stats(), "reviews", "total") as? Int == 5)
  }

  @Test func theFirstSessionLeavesABackupOfItsAnswers() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let drill = try BinaryRunner.run(
      ["drill", "--plain", "--notes", sandbox.notes.path],
      stdin: String(repeating: "1\n", count: 8),
      environment: [
        "NOTEDRILL_HOME": sandbox.home.path, "NOTEDRILL_NOW": "2024-03-01T09:00:00Z", "TZ": "UTC",
      ])
    #expect(drill.status == 0)
    let acknowledged = ConcurrentRuns.acknowledged(drill.stdout)
    #expect(acknowledged > 0)
    let backups = try FileManager.default.contentsOfDirectory(
      atPath: sandbox.home.appendingPathComponent("backups").path
    ).filter { $0.hasPrefix("progress-") }
    #expect(backups.count == 1)
    // The backup, opened as a store of its own, holds the session's answers.
    let copy = try StoreSandbox()
    defer { copy.remove() }
    try FileManager.default.createDirectory(at: copy.home, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: sandbox.home.appendingPathComponent("backups").appendingPathComponent(backups[0]),
      to: copy.store)
    #expect(value(try copy.stats(), "reviews", "total") as? Int == acknowledged)
  }

  @Test func aNegativeTopIsAnErrorNotACrash() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    for arguments in [["stats", "--top=-1"], ["stats", "--top", "-1"]] {
      let result = try sandbox.runWithNotes(arguments)
      #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
      #expect(result.stderr.contains("--top must be 0 or more, not -1"))
    }
  }
}

/// Runs several binaries at once.
enum ConcurrentRuns {
  /// Runs `body` `count` times in parallel; the results in order. A run that throws counts as
  /// status -1.
  static func run(count: Int, _ body: @Sendable (Int) throws -> RunResult) -> [RunResult] {
    let box = ResultBox(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let result =
        (try? body(index)) ?? RunResult(status: -1, stdout: "", stderr: "could not run")
      box.set(index, result)
    }
    return box.results
  }

  /// One run of the binary with exactly `environment`.
  static func binary(_ arguments: [String], stdin: String, environment: [String: String]) throws
    -> RunResult
  {
    var replaced = environment
    replaced["SWIFT_BACKTRACE"] = "interactive=no"
    return try BinaryRunner.run(arguments, stdin: stdin, environment: replaced)
  }

  /// How many answers a plain session acknowledged (`Right.` / `Wrong.` lines, printed only
  /// after the answer is committed).
  static func acknowledged(_ stdout: String) -> Int {
    stdout.split(separator: "\n").filter { $0.hasPrefix("Right.") || $0.hasPrefix("Wrong.") }
      .count
  }

  private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [RunResult]
    init(count: Int) {
      stored = Array(repeating: RunResult(status: -1, stdout: "", stderr: ""), count: count)
    }
    func set(_ index: Int, _ result: RunResult) { lock.withLock { stored[index] = result } }
    var results: [RunResult] { lock.withLock { stored } }
  }
}
