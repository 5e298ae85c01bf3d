import Foundation
import Testing

/// Runs git with `arguments`; returns its status and output.
@discardableResult
func git(_ arguments: [String]) throws -> (Int32, String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["git"] + arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

let gitAvailable = (try? git(["--version"]))?.0 == 0

/// Two NoteDrill homes on the same notes, as two machines would be.
struct TwoHomes {
  let sandbox: StoreSandbox
  let homes: [URL]

  init() throws {
    let sandbox = try StoreSandbox()
    self.sandbox = sandbox
    homes = ["a", "b"].map { sandbox.root.appendingPathComponent("home-\($0)") }
  }

  /// Runs `notedrill` as home `index` at `now`, with the sandbox's notes.
  func run(_ index: Int, _ arguments: [String], now: String, crashAt: String? = nil) throws
    -> RunResult
  {
    var environment = ["NOTEDRILL_HOME": homes[index].path, "NOTEDRILL_NOW": now, "TZ": "UTC"]
    if let crashAt { environment["NOTEDRILL_SYNC_CRASH_AT"] = crashAt }
    environment["SWIFT_BACKTRACE"] = "enable=no"
    return try BinaryRunner.run(
      arguments
        + (arguments.first == "store" && arguments.dropFirst().first == "log"
          ? [] : ["--notes", sandbox.notes.path]),
      environment: environment)
  }

  /// Home A answers the even questions, home B every third: some of both, some only one's.
  func answer() throws {
    let a = try run(
      0, ["store", "exercise", "--answers", "7", "--shards", "2"], now: "2024-03-01T09:00:00Z")
    let b = try run(
      1, ["store", "exercise", "--answers", "9", "--shards", "3", "--seed", "5"],
      now: "2024-03-01T11:00:00Z")
    #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
  }

  func log(_ index: Int) throws -> String {
    try run(index, ["store", "log"], now: "2024-03-09T09:00:00Z").stdout
  }

  func stats(_ index: Int) throws -> String {
    try run(index, ["stats", "--json"], now: "2024-03-09T09:00:00Z").stdout
  }

  /// Both homes hold the same log and the same card states; each review is there once.
  func expectIdentical(reviews: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let first = try log(0)
    #expect(first == (try log(1)), sourceLocation: sourceLocation)
    let lines = first.split(separator: "\n")
    #expect(lines.count == reviews, sourceLocation: sourceLocation)
    #expect(Set(lines).count == lines.count, sourceLocation: sourceLocation)
    #expect(try stats(0) == (try stats(1)), sourceLocation: sourceLocation)
    for index in 0..<2 {
      let check = try run(index, ["store", "check"], now: "2024-03-09T09:00:00Z")
      #expect(check.status == 0, "\(check.stdout)", sourceLocation: sourceLocation)
    }
  }

  func remove() { sandbox.remove() }
}

/// Where a crash test kills the sync (`NOTEDRILL_SYNC_CRASH_AT`).
let crashPoints = [
  "after-pull", "after-claim", "mid-append", "after-append", "after-merge", "after-commit",
]

/// `notedrill sync` through the real binary: a bare git repository, a plain folder, crashes.
@Suite struct SyncCLITests {
  /// A bare repository and a clone of it for each home.
  func repositories(_ homes: TwoHomes) throws -> [URL] {
    let bare = homes.sandbox.root.appendingPathComponent("remote.git")
    #expect(try git(["init", "-q", "--bare", bare.path]).0 == 0)
    var clones: [URL] = []
    for name in ["a", "b"] {
      let clone = homes.sandbox.root.appendingPathComponent("sync-\(name)")
      #expect(try git(["clone", "-q", bare.path, clone.path]).0 == 0)
      clones.append(clone)
    }
    return clones
  }

  @Test(.enabled(if: gitAvailable, "needs git"))
  func twoHomesSyncedThroughABareRepositoryEndIdenticalAndASecondSyncChangesNothing() throws {
    let homes = try TwoHomes()
    defer { homes.remove() }
    try homes.answer()
    let folders = try repositories(homes)
    let first = try homes.run(0, ["sync", folders[0].path], now: "2024-03-02T08:00:00Z")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains(": 7 new reviews written to \(folders[0].path)/d"))
    #expect(first.stdout.hasSuffix("git (remote origin): committed, pushed\n"))
    let second = try homes.run(1, ["sync", folders[1].path], now: "2024-03-02T08:01:00Z")
    #expect(second.stdout.contains(": 9 new reviews written to"), "\(second.stderr)")
    #expect(second.stdout.contains("read 1 other devices: 7 reviews added"))
    #expect(second.stdout.hasSuffix("git (remote origin): pulled, committed, pushed\n"))
    let third = try homes.run(0, ["sync", folders[0].path], now: "2024-03-02T08:02:00Z")
    #expect(third.stdout.contains("read 1 other devices: 9 reviews added"), "\(third.stderr)")
    try homes.expectIdentical(reviews: 16)
    // The event log names each answer's question, rating, time, mode, device and sequence.
    let files = try FileManager.default.contentsOfDirectory(atPath: folders[0].path)
      .filter { $0.hasSuffix(".jsonl") }
    #expect(files.count == 2)
    let text = try String(contentsOf: folders[0].appendingPathComponent(files[0]), encoding: .utf8)
    let line = try #require(text.split(separator: "\n").first { $0.contains("\"question\"") })
    for key in [
      "\"question\":", "\"rating\":", "\"time\":", "\"mode\":", "\"device\":", "\"sequence\":",
    ] {
      #expect(line.contains(key))
    }
    // Again, both ways: nothing changes, not even a commit.
    let logBefore = try homes.log(0)
    let heads = try folders.map { try git(["-C", $0.path, "rev-parse", "HEAD"]).1 }
    for (index, folder) in folders.enumerated() {
      let again = try homes.run(index, ["sync", folder.path], now: "2024-03-03T08:00:00Z")
      #expect(again.stdout.contains(": 0 new reviews written"), "\(again.stdout)")
      #expect(again.stdout.contains("0 reviews added, 0 cards replayed"))
    }
    #expect(try folders.map { try git(["-C", $0.path, "rev-parse", "HEAD"]).1 } == heads)
    #expect(try homes.log(0) == logBefore)
    try homes.expectIdentical(reviews: 16)
  }

  @Test func aPlainSyncedFolderNeedsNoGit() throws {
    let homes = try TwoHomes()
    defer { homes.remove() }
    try homes.answer()
    let shared = homes.sandbox.root.appendingPathComponent("Dropbox/notedrill")
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    for (index, minute) in [(0, "00"), (1, "01"), (0, "02")] {
      let result = try homes.run(index, ["sync", shared.path], now: "2024-03-02T08:\(minute):00Z")
      #expect(result.status == 0, "\(result.stderr)")
      #expect(!result.stdout.contains("git"))
    }
    try homes.expectIdentical(reviews: 16)
  }

  @Test func aMissingFolderIsOneLineAndChangesNothing() throws {
    let homes = try TwoHomes()
    defer { homes.remove() }
    try homes.answer()
    let missing = homes.sandbox.root.appendingPathComponent("nowhere").path
    let result = try homes.run(0, ["sync", missing], now: "2024-03-02T08:00:00Z")
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: \(missing) is not a folder: create it (or clone the sync repository there) first\n"
    )
    #expect(try homes.log(0).split(separator: "\n").count == 7)
  }

  /// A sync killed (SIGKILL) at each step, then synced again: every review once, on both sides.
  @Test(
    .enabled(if: gitAvailable, "needs git"),
    arguments: crashPoints)
  func aSyncKilledAtAnyStepLosesAndDuplicatesNothing(point: String) throws {
    let homes = try TwoHomes()
    defer { homes.remove() }
    try homes.answer()
    let folders = try repositories(homes)
    #expect(try homes.run(1, ["sync", folders[1].path], now: "2024-03-02T08:00:00Z").status == 0)
    let killed = try homes.run(
      0, ["sync", folders[0].path], now: "2024-03-02T08:01:00Z", crashAt: point)
    #expect(killed.status == SIGKILL, "\(killed.stdout)\(killed.stderr)")
    if point == "mid-append" {
      let log = try #require(
        try FileManager.default.contentsOfDirectory(at: folders[0], includingPropertiesForKeys: nil)
          .first {
            $0.pathExtension == "jsonl" && !$0.lastPathComponent.hasPrefix(".")
              && (try? String(contentsOf: $0, encoding: .utf8))?.contains("\"time\":1709283600")
                == true
          })
      #expect(try String(contentsOf: log, encoding: .utf8).last != "\n")
    }
    for (index, minute) in [(0, "02"), (1, "03"), (0, "04")] {
      let result = try homes.run(
        index, ["sync", folders[index].path], now: "2024-03-02T08:\(minute):00Z")
      #expect(result.status == 0, "\(point): \(result.stderr)")
    }
    try homes.expectIdentical(reviews: 16)
    for folder in folders {
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
      where name.hasSuffix(".jsonl") {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let sequences = text.split(separator: "\n").filter { $0.contains("\"sequence\"") }
        #expect(Set(sequences).count == sequences.count, "\(point): a line written twice")
        #expect(text.last == "\n")
      }
    }
  }
}
