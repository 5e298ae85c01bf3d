import Foundation
import Testing

/// Whether Anki's own Python library is importable here (`make test-deps` installs it).
let ankiLibraryAvailable: Bool = {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", "-c", "import anki.collection"]
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return false }
  process.waitUntilExit()
  let available = process.terminationStatus == 0
  if !available {
    FileHandle.standardError.write(
      Data(
        "notice: Anki's Python library is not installed; the Anki package checks are skipped (make test-deps installs it)\n"
          .utf8))
  }
  return available
}()

/// Runs `scripts/anki-check.py` with `arguments`.
func ankiCheck(_ arguments: [String]) throws -> RunResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments =
    ["python3", BinaryRunner.packageRoot.appendingPathComponent("scripts/anki-check.py").path]
    + arguments
  process.environment = ProcessInfo.processInfo.environment.merging(["TZ": "UTC"]) { $1 }
  let output = Pipe()
  process.standardOutput = output
  process.standardError = output
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return RunResult(
    status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
}

/// `notedrill export anki` and `import anki` through the binary, checked by Anki's own library.
@Suite struct AnkiCLITests {
  /// A sandbox with answers on two days, so cards are learning, review and new.
  func studied() throws -> StoreSandbox {
    let sandbox = try StoreSandbox()
    for (now, seed) in [("2024-03-01T09:00:00Z", "1"), ("2024-03-03T10:00:00Z", "7")] {
      let result = try sandbox.runWithNotes(
        ["store", "exercise", "--answers", "8", "--seed", seed], now: now)
      #expect(result.status == 0, "\(result.stderr)")
    }
    return sandbox
  }

  @Test(.enabled(if: ankiLibraryAvailable, "needs Anki's Python library (make test-deps)"))
  func ankiImportsTheExportWithItsProgressAndAReExportAddsNothing() throws {
    let sandbox = try studied()
    defer { sandbox.remove() }
    let first = sandbox.root.appendingPathComponent("first.apkg").path
    let second = sandbox.root.appendingPathComponent("second.apkg").path
    let export = try sandbox.runWithNotes(["export", "anki", "-o", first, "--with-progress"])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.hasPrefix("wrote \(first): 14 notes in 4 decks, "))
    let again = try sandbox.runWithNotes(
      ["export", "anki", "-o", second, "--with-progress"], now: "2024-03-04T09:00:00Z")
    #expect(again.status == 0, "\(again.stderr)")
    let check = try ankiCheck([first, sandbox.store.path, "--with-progress", "--reimport", second])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("imported: 14 new notes, 14 cards\n"))
    #expect(check.stdout.contains("fields: 14 cards match their questions\n"))
    #expect(
      check.stdout.contains(
        "progress: due dates and review counts match (8 cards scheduled, 16 reviews)\n"))
    #expect(check.stdout.contains("re-import: 14 notes updated, 0 unchanged, none added\n"))
    #expect(check.stdout.hasSuffix("anki check: ok\n"))
  }

  @Test(.enabled(if: ankiLibraryAvailable, "needs Anki's Python library (make test-deps)"))
  func reviewsGivenInAnkiComeBackOnceHoweverOftenImported() throws {
    let sandbox = try studied()
    defer { sandbox.remove() }
    let package = sandbox.root.appendingPathComponent("deck.apkg").path
    let phone = sandbox.root.appendingPathComponent("phone.apkg").path
    #expect(
      try sandbox.runWithNotes(["export", "anki", "-o", package, "--with-progress"]).status == 0)
    let check = try ankiCheck([
      package, sandbox.store.path, "--with-progress", "--answer", "5", phone,
    ])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("answered 5 cards in Anki"))
    let now = "2027-01-01T09:00:00Z"
    let imported = try sandbox.runWithNotes(["import", "anki", phone], now: now)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(
      imported.stdout
        == "\(phone): 14 NoteDrill notes, 21 reviews; added 5, already in the log 16\n")
    let twice = try sandbox.runWithNotes(["import", "anki", phone], now: now)
    #expect(
      twice.stdout == "\(phone): 14 NoteDrill notes, 21 reviews; added 0, already in the log 21\n")
    // The same answers in Anki's newest package form (collection.anki21b, zstd) are known too.
    let modern = phone.replacingOccurrences(of: ".apkg", with: "-modern.apkg")
    let newest = try sandbox.runWithNotes(["import", "anki", modern], now: now)
    #expect(newest.status == 0, "\(newest.stderr)")
    #expect(
      newest.stdout
        == "\(modern): 14 NoteDrill notes, 21 reviews; added 0, already in the log 21\n")
    #expect(value(try sandbox.stats(now: now), "reviews", "total") as? Int == 21)
    let storeCheck = try sandbox.run(["store", "check"])
    #expect(storeCheck.status == 0, "\(storeCheck.stdout)")
  }

  @Test func aPackageWithoutProgressHoldsOnlyNewCards() throws {
    let sandbox = try studied()
    defer { sandbox.remove() }
    let package = sandbox.root.appendingPathComponent("plain.apkg")
    let export = try sandbox.runWithNotes(["export", "anki", "-o", package.path])
    #expect(export.stdout == "wrote \(package.path): 14 notes in 4 decks\n")
    let bytes = try Data(contentsOf: package)
    #expect(bytes.prefix(2) == Data("PK".utf8))
    let only = try sandbox.runWithNotes(["export", "anki", "-o", package.path, "--note", "mini"])
    #expect(only.status == 0)
  }

  @Test func badInputGetsOneLineAndChangesNothing() throws {
    let sandbox = try studied()
    defer { sandbox.remove() }
    let missing = try sandbox.runWithNotes(["import", "anki", "/nonexistent/x.apkg"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: no such file: /nonexistent/x.apkg\n")
    let text = sandbox.root.appendingPathComponent("notes.apkg")
    try Data("not a zip".utf8).write(to: text)
    let notZip = try sandbox.runWithNotes(["import", "anki", text.path])
    #expect(notZip.status == 1)
    #expect(
      notZip.stderr
        == "error: \(text.path) is not an Anki package: it cannot be read as a zip file\n")
    let wrongName = try sandbox.runWithNotes(["export", "anki", "-o", "deck.zip"])
    #expect(wrongName.status != 0)
    #expect(wrongName.stderr.contains("the output must end in .apkg (got deck.zip)"))
    let noNote = try sandbox.runWithNotes(["export", "anki", "--note", "nope"])
    #expect(noNote.stderr.contains("no note named nope has questions (notes: mini)"))
    #expect(value(try sandbox.stats(), "reviews", "total") as? Int == 16)
  }
}
