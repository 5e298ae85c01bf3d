import Foundation
import GRDB
import StudyCore
import Testing

@testable import ProgressStore

/// A damaged, empty or foreign store file is reported and never written; checks only read;
/// recovery needs only the backups folder; the day's backup holds real answers.
@Suite struct StoreIntegrityTests {
  let now: Date

  init() throws { now = try instant("2024-03-05T09:00:00Z") }

  /// A store of several dozen pages with a page in its middle overwritten by seeded noise.
  private func damagedStore(in folder: TemporaryFolder) throws -> Data {
    try makeStoreFile(at: folder.store, questions: 400, answers: 600)
    var data = bytes(folder.store)
    let pages = data.count / 4096
    #expect(pages > 20)
    var generator = SeededGenerator(state: 150)
    let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let page = pages / 2
    data.replaceSubrange(page * 4096..<(page + 1) * 4096, with: noise)
    try data.write(to: folder.store)
    return data
  }

  @Test func aStoreWithADamagedPageIsRefusedForWritingAndLeftByteForByte() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let damaged = try damagedStore(in: folder)
    #expect {
      try AppDatabase.open(at: folder.store, now: now)
    } throws: { error in
      guard case .notADatabase(_, let detail) = error as? StoreError else { return false }
      return detail.hasPrefix("damaged: ")
    }
    #expect(bytes(folder.store) == damaged)
  }

  @Test func aCheckOpensReadOnlyAndChangesNoByteOfASoundOrDamagedStore() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try makeStoreFile(at: folder.store, questions: 20, answers: 30)
    let sound = bytes(folder.store)
    let report = try AppDatabase.openReadOnly(at: folder.store).check()
    #expect(report.isSound && report.reviews == 30)
    #expect(bytes(folder.store) == sound)
    let damaged = try damagedStore(in: folder)
    let found = try AppDatabase.openReadOnly(at: folder.store).check()
    #expect(!found.isSound && found.integrity != ["ok"])
    #expect(bytes(folder.store) == damaged)
  }

  @Test func anEmptyFileIsReportedNotReplaced() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    FileManager.default.createFile(atPath: folder.store.path, contents: Data())
    let error = StoreError.notADatabase(path: folder.store.path, detail: "an empty file (0 bytes)")
    #expect(throws: error) { try AppDatabase.open(at: folder.store, now: now) }
    #expect(throws: error) { try AppDatabase.openReadOnly(at: folder.store) }
    #expect(bytes(folder.store).isEmpty)
    #expect(FileManager.default.fileExists(atPath: folder.store.path))
  }

  @Test func aNewStoreAppearsOnlyWhenCompleteAndPrivate() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try AppDatabase.open(at: folder.store, now: now)
    try store.close()
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(names.filter { $0.contains(".new-") }.isEmpty)
    let state = try StoreFile.inspect(
      folder.store, migrator: Migrations.migrator, options: StoreOptions())
    #expect(!state.needsMigration)
    let mode = try FileManager.default.attributesOfItem(atPath: folder.store.path)[
      .posixPermissions]
    #expect((mode as? Int) == 0o600)
  }

  @Test func backupsAreListedAndRestoredWhenTheStoreIsDamaged() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try AppDatabase.open(at: folder.store, now: now)
    try store.reconcile(with: questions(3), at: now)
    try store.answer(question(0), .good, at: now)
    let backup = try #require(try store.makeBackup(now: now, reason: .daily))
    try store.close()
    for suffix in ["-wal", "-shm"] { unlink(folder.store.path + suffix) }
    let garbage = Data("not a database any more".utf8)
    try garbage.write(to: folder.store)
    #expect(AppDatabase.backups(storeURL: folder.store).map(\.name) == [backup.name])
    let result = try AppDatabase.restore(
      backupNamed: backup.name, storeURL: folder.store, now: now.addingTimeInterval(60))
    let aside = try #require(result.setAside)
    #expect(bytes(aside) == garbage)
    #expect(AppDatabase.backups(storeURL: folder.store).map(\.name) == [backup.name])
    let restored = try AppDatabase.open(at: folder.store, now: now)
    #expect(try restored.reviewLog().count == 1)
    #expect(try restored.check().isSound)
    try restored.close()
  }

  @Test func theDaysBackupWaitsForRealAnswers() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try AppDatabase.open(at: folder.store, now: now)
    try store.reconcile(with: questions(3), at: now)
    // Opening an empty store (the first session's start) takes no empty backup ...
    #expect(try store.backUpIfDue(now: now, timeZone: utc) == nil)
    try store.answer(question(0), .good, at: now.addingTimeInterval(10))
    try store.answer(question(1), .good, at: now.addingTimeInterval(20))
    // ... closing it after answers does, once that day.
    let taken = try #require(try store.backUpIfDue(now: now.addingTimeInterval(30), timeZone: utc))
    #expect(try store.backUpIfDue(now: now.addingTimeInterval(40), timeZone: utc) == nil)
    let copy = try DatabaseQueue(path: taken.url.path)
    #expect(try copy.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM review") } == 2)
    try copy.close()
    try store.close()
  }
}

/// The quick_check is skipped only for the file exactly as a passed check left it.
@Suite struct StoreCheckMarkerTests {
  @Test func onlyTheFileAsNoteDrillLeftItIsVouchedFor() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try makeStoreFile(at: folder.store, questions: 10, answers: 5)
    #expect(StoreCheckMarker.vouchesFor(folder.store))
    // The same bytes written back by another program: a new modification time, checked again.
    let data = bytes(folder.store)
    try data.write(to: folder.store)
    #expect(!StoreCheckMarker.vouchesFor(folder.store))
    let store = try AppDatabase.open(at: folder.store, now: try instant("2024-03-05T09:00:00Z"))
    #expect(StoreCheckMarker.vouchesFor(folder.store))
    try store.answer(question(1), .good, at: try instant("2024-03-05T09:00:01Z"))
    try store.close()
    #expect(StoreCheckMarker.vouchesFor(folder.store))
  }
}
