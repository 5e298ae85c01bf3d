import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// The backups beside the store, newest first (none for an in-memory store).
  public func backups() -> [BackupInfo] {
    guard let url else { return [] }
    return BackupFolder(storeURL: url).list()
  }

  /// Takes the day's backup when it is due: at most one a study day, and only when the log
  /// holds answers the newest backup lacks (so the first backup is one of real answers, not of
  /// an empty store). Called when a session opens the store and when it closes it, so the first
  /// session of a day leaves a backup of its answers behind.
  ///
  /// - Returns: the backup taken, or `nil` when none was due.
  @discardableResult
  public func backUpIfDue(now: Date, timeZone: TimeZone) throws(StoreError) -> BackupInfo? {
    guard let url else { return nil }
    let settings = try settings()
    let day = StudyDay(containing: now, timeZone: timeZone, startHour: settings.dayStartHour)
    let dayStart = Date(timeIntervalSince1970: day.start.timeIntervalSince1970.rounded(.down))
    let taken = BackupFolder(storeURL: url).list().filter { $0.createdAt <= now }
    if taken.contains(where: { $0.reason == .daily && $0.createdAt >= dayStart }) { return nil }
    let lastAnswer = try read { db in
      try Int64.fetchOne(db, sql: "SELECT max(reviewedAt) FROM review")
    }
    guard let lastAnswer else { return nil }
    // Backup names keep whole seconds: an answer in the newest backup's second may be missing
    // from it, so only a strictly later backup counts as holding every answer.
    if let newest = taken.first, newest.createdAt > StoreTime.date(lastAnswer) { return nil }
    return try makeBackup(now: now, reason: .daily)
  }

  /// Copies the store, consistently while it is in use (SQLite's online backup), into a new
  /// file beside it (mode 0600), then keeps only the newest ``StoreOptions/backupsKept``.
  /// The copy is written under a name private to this process and renamed into place, so two
  /// processes backing up at once never share a file.
  @discardableResult
  public func makeBackup(now: Date, reason: BackupReason, protecting: String? = nil)
    throws(StoreError) -> BackupInfo?
  {
    guard let url else { return nil }
    let folder = BackupFolder(storeURL: url)
    let partial = folder.url.appendingPathComponent(
      ".partial-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite")
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: partial.path + suffix)
      }
    }
    do {
      try FileManager.default.createDirectory(
        at: folder.url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try perform {
        let copy = try DatabaseQueue(path: partial.path)
        try writer.backup(to: copy)
        try copy.close()
      }
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial.path)
    } catch {
      if let error = error as? StoreError { throw Self.backupError(error, folder: folder.url) }
      throw StoreError.fileSystem(path: folder.url.path, reason: "\(error)")
    }
    let name = try Self.placeBackup(partial, in: folder, now: now, reason: reason)
    folder.prune(keep: options.backupsKept, protected: protecting)
    return folder.list().first { $0.name == name }
  }

  /// Moves a finished copy to a fresh name (another process may take a name at the same time:
  /// then the next one is tried).
  private static func placeBackup(
    _ partial: URL, in folder: BackupFolder, now: Date, reason: BackupReason
  ) throws(StoreError) -> String {
    for _ in 0..<20 {
      let name = folder.newName(now: now, reason: reason)
      let target = folder.url.appendingPathComponent(name)
      if link(partial.path, target.path) == 0 { return name }
      guard errno == EEXIST else { break }
    }
    throw StoreError.fileSystem(
      path: folder.url.path, reason: "cannot name the backup: \(String(cString: strerror(errno)))")
  }

  /// A failure writing a backup, reported against the backup folder.
  private static func backupError(_ error: StoreError, folder: URL) -> StoreError {
    switch error {
    case .diskFull: .diskFull(path: folder.path)
    case .directoryNotWritable, .fileNotWritable: .directoryNotWritable(path: folder.path)
    default: error
    }
  }

  /// Replaces the store's content with backup `name`, after backing up what is there now (so
  /// a restore can itself be undone), then migrates it if it is older.
  ///
  /// - Returns: the backup taken of the store as it was.
  /// - Throws: ``StoreError/backupNotFound(name:directory:)``,
  ///   ``StoreError/backupUnusable(name:reason:)``; the store is unchanged then.
  @discardableResult
  public func restoreBackup(named name: String, now: Date) throws(StoreError) -> BackupInfo? {
    guard let url else { throw StoreError.backupNotFound(name: name, directory: ":memory:") }
    let folder = BackupFolder(storeURL: url)
    guard let backup = folder.list().first(where: { $0.name == name }) else {
      throw StoreError.backupNotFound(name: name, directory: folder.url.path)
    }
    let source = try Self.openCheckedBackup(backup)
    defer { try? source.close() }
    let saved = try makeBackup(now: now, reason: .beforeRestore, protecting: name)
    try perform {
      try source.backup(to: writer)
      try Migrations.migrator.migrate(writer)
    }
    return saved
  }

  /// The backup opened read-only after checking it is a sound NoteDrill store this version
  /// can read.
  static func openCheckedBackup(_ backup: BackupInfo) throws(StoreError) -> DatabaseQueue {
    let unusable = { (reason: String) in
      StoreError.backupUnusable(name: backup.name, reason: reason)
    }
    do {
      var config = Configuration()
      config.readonly = true
      let queue = try DatabaseQueue(path: backup.url.path, configuration: config)
      let problem: String? = try queue.read { db in
        let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard check == ["ok"] else {
          return "it is damaged (\(check.prefix(3).joined(separator: "; ")))"
        }
        let migrator = Migrations.migrator
        guard try db.tableExists("grdb_migrations") else { return "it is not a NoteDrill store" }
        guard try !migrator.hasBeenSuperseded(db) else { return "a newer NoteDrill wrote it" }
        return nil
      }
      if let problem { throw unusable(problem) }
      return queue
    } catch let error as StoreError {
      throw error
    } catch {
      throw unusable("it cannot be read as a database")
    }
  }
}
