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

  @Test func threeDrillsAtOnceEachEndWithASummaryAndEveryAcknowledgedAnswerIsStored() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    #expect(try sandbox.run(["config", "set", "daily-new-limit", "1000"]).status == 0)
    let answers = String(repeating: "1\n", count: 200)
    let results = ConcurrentRuns.run(count: 3) { _ in
      try ConcurrentRuns.binary(
        ["drill", "--plain"], stdin: answers, environment: realClock(sandbox.home))
    }
    var acknowledged = 0
    for result in results {
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("Session over: "), "\(result.stdout.suffix(300))")
      acknowledged += ConcurrentRuns.acknowledged(result.stdout)
    }
    #expect(acknowledged >= 300)
    let stats = try sandbox.run(["stats", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8))
    let total = value(try #require(object as? [String: Any]), "reviews", "total") as? Int
    #expect(total == acknowledged)
    let check = try sandbox.run(["store", "check"])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
  }

  @Test func aDamagedStoreIsNeverWrittenAndItsCheckChangesNoByte() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    #expect(try sandbox.runWithNotes(["store", "exercise", "--answers", "400"]).status == 0)
    var data = try Data(contentsOf: sandbox.store)
    let pages = data.count / 4096
    #expect(pages > 8)
    let page = pages / 2
    data.replaceSubrange(
      page * 4096..<(page + 1) * 4096, with: Data((0..<4096).map { UInt8(($0 * 7919) % 251) }))
    try data.write(to: sandbox.store)
    for suffix in ["-wal", "-shm"] { unlink(sandbox.store.path + suffix) }
    let check = try sandbox.run(["store", "check"])
    #expect(check.status == 1)
    #expect(try Data(contentsOf: sandbox.store) == data)
    for command in [["drill", "--plain"], ["stats"], ["store", "rebuild"]] {
      let result = try sandbox.runWithNotes(command)
      #expect(result.status == 1, "\(command): \(result.stdout)")
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
