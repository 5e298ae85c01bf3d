import Foundation
import Testing

@Suite struct StoreCLITests {
  @Test func statsJSONHasTheDocumentedShape() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let bank = try sandbox.runWithNotes(["bank", "list"])
    let questionCount = bank.stdout.split(separator: "\n").count
    #expect(questionCount > 0)
    let stats = try sandbox.stats()
    #expect(
      stats.keys.sorted() == [
        "cards", "leeches", "retention", "reviews", "reviewsPerDay", "streak", "studyDay", "terms",
        "topics", "version",
      ])
    #expect(value(stats, "studyDay") as? String == "2024-03-01")
    #expect(
      (value(stats, "cards") as? [String: Int])
        == [
          "due": 0, "learning": 0, "new": questionCount, "learned": 0, "suspended": 0, "orphans": 0,
        ])
    #expect(value(stats, "retention", "last7Days", "days") as? Int == 7)
    #expect(value(stats, "retention", "last7Days", "rate") == nil)
    #expect((value(stats, "reviewsPerDay") as? [Any])?.count == 30)
    #expect((value(stats, "streak") as? [String: Int]) == ["current": 0, "longest": 0])
  }

  @Test func answersShowInStatsAndTheStorePassesItsCheck() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let exercise = try sandbox.runWithNotes(["store", "exercise", "--answers", "5"])
    #expect(exercise.status == 0)
    #expect(exercise.stdout.split(separator: "\n") == (1...5).map { "answered \($0)" })
    let stats = try sandbox.stats()
    #expect(value(stats, "reviews", "total") as? Int == 5)
    #expect(value(stats, "streak", "current") as? Int == 1)
    let check = try sandbox.run(["store", "check"])
    #expect(check.status == 0)
    #expect(check.stdout.hasPrefix("integrity: ok\nforeign keys: ok\ncache: ok ("))
    let rebuild = try sandbox.run(["store", "rebuild"])
    #expect(rebuild.stdout.hasSuffix("scheduled reviews; 0 cards and 0 days had differed\n"))
  }

  @Test func configListsGetsAndSetsWithClearErrors() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let file = sandbox.home.appendingPathComponent("config.toml")
    let list = try sandbox.run(["config", "list"])
    #expect(list.status == 0)
    #expect(list.stdout.hasPrefix("config: \(file.path) (not written yet)\n"))
    #expect(list.stdout.contains("daily-new-limit    20\n"))
    #expect(
      try sandbox.run(["config", "set", "daily-new-limit", "7"]).stdout == "daily-new-limit = 7\n")
    #expect(try String(contentsOf: file, encoding: .utf8) == "daily-new-limit = 7\n")
    #expect(try sandbox.run(["config", "get", "daily-new-limit"]).stdout == "7\n")
    #expect(
      try sandbox.run(["config", "list", "--origin"]).stdout.contains(
        "daily-new-limit    7  (file line 1)"))
    let bad = try sandbox.run(["config", "set", "day-start-hour", "25"])
    #expect(bad.status == 64)
    #expect(
      bad.stderr.hasPrefix("Error: day-start-hour: \"25\" must be a whole number from 0 to 23\n"))
    let unknown = try sandbox.run(["config", "get", "colour"])
    #expect(unknown.status == 64)
    #expect(
      unknown.stderr.hasPrefix(
        "Error: no setting named colour; settings: daily-new-limit, desired-retention, day-start-hour, notes\n"
      ))
  }

  @Test func backupsAreListedAndRestored() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    _ = try sandbox.runWithNotes(["store", "exercise", "--answers", "2"])
    let backups = try sandbox.run(["store", "backups"])
    let name = "progress-20240301T090000Z-daily.sqlite"
    #expect(backups.stdout.hasPrefix(name + "  daily  "))
    _ = try sandbox.runWithNotes(["store", "exercise", "--answers", "3"])
    let restore = try sandbox.run(["store", "restore", name], now: "2024-03-01T10:00:00Z")
    #expect(restore.status == 0)
    #expect(
      restore.stdout
        == "restored \(name)\nthe store as it was is kept as "
        + "progress-20240301T100000Z-before-restore.sqlite\n")
    // The day's backup was taken when the first session closed: it holds its two answers.
    #expect(value(try sandbox.stats(), "reviews", "total") as? Int == 2)
    let missing = try sandbox.run(["store", "restore", "nope.sqlite"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("error: no backup named nope.sqlite in "))
  }

  @Test func aFileThatIsNotAStoreIsReportedOnOneLineAndLeftAlone() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    try FileManager.default.createDirectory(at: sandbox.home, withIntermediateDirectories: true)
    let content = Data("my shopping list\n".utf8)
    try content.write(to: sandbox.store)
    let result = try sandbox.runWithNotes(["stats"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: \(sandbox.store.path) is not a usable NoteDrill progress store (not an SQLite "
        + "database); it was left unchanged. Move it away or restore a backup with "
        + "`notedrill store restore NAME`.\n")
    #expect(try Data(contentsOf: sandbox.store) == content)
  }

  @Test func theStorePathFollowsTheEnvironment() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    #expect(try sandbox.run(["store", "path"]).stdout == sandbox.store.path + "\n")
    let xdg = try BinaryRunner.run(
      ["store", "path"], environment: ["NOTEDRILL_HOME": "", "XDG_DATA_HOME": "/data/xdg"])
    #expect(xdg.stdout == "/data/xdg/notedrill/progress.sqlite\n")
  }
}
