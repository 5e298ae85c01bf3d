import Foundation
import GRDB
import StudyCore
import Testing

@testable import ProgressStore

/// Each bad state gives its one-line message and leaves the file exactly as it was.
@Suite struct BadStateTests {
  let now: Date

  init() throws { now = try instant("2024-03-05T09:00:00Z") }

  @Test func aStoreFromANewerNoteDrillIsLeftAlone() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try makeStoreFile(at: folder.store)
    let queue = try DatabaseQueue(path: folder.store.path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')")
    }
    try queue.close()
    let before = bytes(folder.store)
    let error = StoreError.newerStore(
      path: folder.store.path, unknownMigrations: ["v9-from-the-future"])
    #expect(throws: error) { try AppDatabase.open(at: folder.store, now: now) }
    #expect(
      error.description
        == "\(folder.store.path) was written by a newer NoteDrill (unknown changes: "
        + "v9-from-the-future); update NoteDrill to use it. It was left unchanged.")
    #expect(bytes(folder.store) == before)
  }

  @Test(arguments: [
    Data("these are my notes, not a database\n".utf8),
    Data(repeating: 0x41, count: 8192),
    Data("SQLite format 3".utf8),
  ])
  func aFileThatIsNotADatabaseIsLeftAlone(content: Data) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try content.write(to: folder.store)
    let error = StoreError.notADatabase(path: folder.store.path, detail: "not an SQLite database")
    #expect(throws: error) { try AppDatabase.open(at: folder.store, now: now) }
    #expect(
      error.description.hasPrefix("\(folder.store.path) is not a usable NoteDrill progress store"))
    #expect(bytes(folder.store) == content)
  }

  @Test func aDamagedStoreIsLeftAlone() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try makeStoreFile(at: folder.store)
    var damaged = bytes(folder.store)
    damaged.replaceSubrange(100..<4096, with: Data(repeating: 0x55, count: 3996))
    try damaged.write(to: folder.store)
    #expect {
      try AppDatabase.open(at: folder.store, now: now)
    } throws: { error in
      guard case .notADatabase(let path, _) = error as? StoreError else { return false }
      return path == folder.store.path
    }
    #expect(bytes(folder.store) == damaged)
  }

  @Test func anotherProgramsDatabaseIsLeftAlone() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let queue = try DatabaseQueue(path: folder.store.path)
    try queue.write { db in try db.execute(sql: "CREATE TABLE recipes (name TEXT)") }
    try queue.close()
    let before = bytes(folder.store)
    #expect(
      throws: StoreError.notADatabase(
        path: folder.store.path, detail: "an SQLite database, but not a NoteDrill store")
    ) { try AppDatabase.open(at: folder.store, now: now) }
    #expect(bytes(folder.store) == before)
  }

  @Test func aFullDiskRollsTheAnswerBackAndKeepsEarlierOnes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try makeStoreFile(at: folder.store, answers: 3)
    // SQLite's max_page_count caps the file one page above its size (GRDB's open takes and
    // frees one): the answer's pages do not fit, which SQLite reports as a full disk.
    let pages = bytes(folder.store).count / 4096 + 1
    let capped = try AppDatabase.open(
      at: folder.store, now: now, options: StoreOptions(maximumPageCount: pages))
    let wal = URL(fileURLWithPath: folder.store.path + "-wal")
    let (before, walBefore) = (bytes(folder.store), bytes(wal))
    let big = String(repeating: "가", count: 40_000)
    let error = StoreError.diskFull(path: folder.store.path)
    #expect(throws: error) {
      try capped.recordAnswer(
        Answer(questionID: question(4).id, rating: .good, given: big), at: now, timeZone: utc)
    }
    #expect(
      error.description.contains(
        "is full: this change was not saved; answers given before it are kept"))
    #expect(bytes(folder.store) == before && bytes(wal) == walBefore)
    #expect(try capped.reviewLog().count == 3)
    try capped.close()
    let reopened = try AppDatabase.open(at: folder.store, now: now)
    #expect(try reopened.check().isSound)
    try reopened.answer(question(4), .good, at: now)
    #expect(try reopened.reviewLog().count == 4)
  }

  @Test func aStoreHeldTooLongByAnotherWriterReportsBusy() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try makeStoreFile(at: folder.store)
    let holder = try AppDatabase.open(at: folder.store, now: now)
    let waiter = try AppDatabase.open(
      at: folder.store, now: now, options: StoreOptions(busyTimeout: 0.2))
    let locked = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? holder.writer.write { _ in
        locked.signal()
        release.wait()
      }
      done.signal()
    }
    locked.wait()
    #expect(throws: StoreError.busy(path: folder.store.path, seconds: 0.2)) {
      try waiter.answer(question(0), .good, at: now)
    }
    release.signal()
    done.wait()
    try waiter.answer(question(0), .good, at: now)
    #expect(try waiter.reviewLog().count == 4)
    #expect(
      StoreError.busy(path: "/p", seconds: 15).description
        == "/p is busy: another NoteDrill process has held it for more than 15 s. "
        + "Close the other NoteDrill and try again.")
  }

  @Test(.enabled(if: geteuid() != 0 || TmpfsMount.isAvailable))
  func aReadOnlyFolderIsReportedAndTheAnswersStay() throws {
    let mount = geteuid() == 0 ? try TmpfsMount(size: "4m") : nil
    let folder = try mount?.folder ?? TemporaryFolder()
    defer { mount?.unmount() ?? folder.remove() }
    try makeStoreFile(at: folder.store, answers: 3)
    let before = bytes(folder.store)
    if let mount {
      #expect(mount.remount(readOnly: true))
    } else {
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
    }
    let error = StoreError.directoryNotWritable(path: folder.url.path)
    #expect(throws: error) { try AppDatabase.open(at: folder.store, now: now) }
    #expect(
      error.description.hasPrefix(
        "cannot write in \(folder.url.path): the progress store needs a writable folder"))
    #expect(bytes(folder.store) == before)
    if let mount {
      #expect(mount.remount(readOnly: false))
    } else {
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
    }
    let store = try AppDatabase.open(at: folder.store, now: now)
    #expect(try store.reviewLog().count == 3)
    try store.close()
  }
}

@Suite struct StoreFileTests {
  @Test func aNewStoreIsPrivateAndCommitsWithFullSync() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let nested = folder.url.appendingPathComponent("a/b/progress.sqlite")
    let store = try AppDatabase.open(at: nested, now: try instant("2024-03-01T09:00:00Z"))
    let attributes = try FileManager.default.attributesOfItem(atPath: nested.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let folderAttributes = try FileManager.default.attributesOfItem(
      atPath: nested.deletingLastPathComponent().path)
    #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
    let pragmas = try store.writer.write { db in
      (
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Int.fetchOne(db, sql: "PRAGMA synchronous"),
        try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
      )
    }
    #expect(pragmas.0 == "wal" && pragmas.1 == 2 && pragmas.2 == 1)
    try store.close()
  }
}
