import Foundation
import GRDB
import StudyCore
import Testing

@testable import ProgressStore

@Suite struct BackupTests {
  let start: Date

  init() throws { start = try instant("2024-03-01T09:00:00Z") }

  private func day(_ number: Double) -> Date { start.addingTimeInterval(number * 86_400) }

  @Test func oneBackupPerStudyDayAndTheLastSevenKept() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try makeStore(at: folder)
    try store.answer(question(0), .good, at: start)
    let first = try #require(try store.backUpIfDue(now: start, timeZone: utc))
    #expect(first.name == "progress-20240301T090000Z-daily.sqlite")
    try store.answer(question(1), .good, at: start.addingTimeInterval(60))
    #expect(try store.backUpIfDue(now: start.addingTimeInterval(3600), timeZone: utc) == nil)
    for offset in 1...8 {
      try store.answer(question(offset % 2), .good, at: day(Double(offset) - 0.5))
      try store.backUpIfDue(now: day(Double(offset)), timeZone: utc)
    }
    let names = store.backups().map(\.name)
    #expect(names.count == 7)
    #expect(names.first == "progress-20240309T090000Z-daily.sqlite")
    #expect(names.last == "progress-20240303T090000Z-daily.sqlite")
    #expect(names.allSatisfy { $0.hasSuffix("-daily.sqlite") })
    let kept = try #require(store.backups().first)
    let mode = try FileManager.default.attributesOfItem(atPath: kept.url.path)[.posixPermissions]
    #expect((mode as? Int) == 0o600)
  }

  @Test func aBackupIsAConsistentCopyThatRestoresExactly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try makeStore(at: folder)
    try store.answer(question(0), .good, at: start)
    let backup = try #require(try store.makeBackup(now: start, reason: .daily))
    try store.answer(question(1), .easy, at: start.addingTimeInterval(60))
    let saved = try #require(try store.restoreBackup(named: backup.name, now: day(1)))
    #expect(saved.reason == .beforeRestore)
    #expect(try store.reviewLog().map(\.questionID) == [question(0).id])
    #expect(try store.check().isSound)
    try store.restoreBackup(named: saved.name, now: day(2))
    #expect(try store.reviewLog().map(\.questionID) == [question(0).id, question(1).id])
  }

  @Test func restoringAMissingOrDamagedBackupChangesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try makeStore(at: folder)
    try store.answer(question(0), .good, at: start)
    let backupsFolder = folder.url.appendingPathComponent("backups")
    #expect(
      throws: StoreError.backupNotFound(name: "nope.sqlite", directory: backupsFolder.path)
    ) { try store.restoreBackup(named: "nope.sqlite", now: start) }
    try FileManager.default.createDirectory(at: backupsFolder, withIntermediateDirectories: true)
    let junk = "progress-20240101T000000Z-daily.sqlite"
    try Data("junk".utf8).write(to: backupsFolder.appendingPathComponent(junk))
    #expect(
      throws: StoreError.backupUnusable(name: junk, reason: "it cannot be read as a database")
    ) { try store.restoreBackup(named: junk, now: start) }
    #expect(try store.reviewLog().count == 1)
    #expect(store.backups().map(\.name) == [junk])
  }

  @Test func anOlderStoreIsBackedUpBeforeItIsMigrated() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try makeStoreFile(at: folder.store, answers: 2)
    // Make it look like a store from before the last migration.
    let queue = try DatabaseQueue(path: folder.store.path)
    try queue.write { db in
      try db.execute(
        sql: """
          DROP TABLE examAnswer; DROP TABLE examAttempt; DROP TABLE checklistItem;
          DELETE FROM grdb_migrations WHERE identifier = 'v1-checklists-exams';
          """)
    }
    try queue.close()
    let store = try AppDatabase.open(at: folder.store, now: day(1))
    let backups = store.backups()
    #expect(backups.map(\.reason) == [.beforeMigration])
    #expect(try store.checklistItems().isEmpty)
    #expect(try store.reviewLog().count == 2)
    let copy = try DatabaseQueue(path: try #require(backups.first).url.path)
    #expect(try copy.read { try $0.tableExists("checklistItem") } == false)
    #expect(try copy.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM review") } == 2)
    try copy.close()
  }

  private func makeStore(at folder: TemporaryFolder) throws -> AppDatabase {
    let store = try AppDatabase.open(at: folder.store, now: start)
    try store.reconcile(with: questions(3), at: start)
    return store
  }
}
