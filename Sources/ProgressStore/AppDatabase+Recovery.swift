import Foundation
import GRDB

/// What `store restore` did.
public struct RestoreResult: Sendable, Equatable {
  /// The backup taken of a sound store before it was replaced.
  public var savedBackup: BackupInfo?
  /// Where an unusable store (damaged, empty, not a database) was moved, when it was replaced.
  public var setAside: URL?
}

extension AppDatabase {
  /// The backups beside the store at `storeURL`, newest first. Needs only the backups folder, so
  /// it works when the store itself is damaged or missing.
  public static func backups(storeURL: URL) -> [BackupInfo] {
    BackupFolder(storeURL: storeURL).list()
  }

  /// Brings backup `name` back as the store at `storeURL`. A store that opens is restored in
  /// place (after a backup of it); one that cannot be opened because it is damaged, empty or not
  /// a database is moved into the backups folder as `damaged-STAMP.sqlite` (never pruned) and
  /// a checked copy of the backup takes its place.
  ///
  /// - Throws: ``StoreError/backupNotFound(name:directory:)``,
  ///   ``StoreError/backupUnusable(name:reason:)``, and the store's own errors other than
  ///   damage (a newer store, a folder that cannot be written); nothing is changed then.
  public static func restore(
    backupNamed name: String, storeURL: URL, now: Date, options: StoreOptions = StoreOptions()
  ) throws(StoreError) -> RestoreResult {
    let folder = BackupFolder(storeURL: storeURL)
    guard let backup = folder.list().first(where: { $0.name == name }) else {
      throw StoreError.backupNotFound(name: name, directory: folder.url.path)
    }
    let database: AppDatabase
    do {
      database = try open(at: storeURL, now: now, options: options)
    } catch .notADatabase {
      return try replaceUnusable(storeURL, with: backup, now: now, options: options)
    }
    defer { try? database.close() }
    return RestoreResult(savedBackup: try database.restoreBackup(named: name, now: now))
  }

  /// Moves the unusable store (and its WAL files, which must never meet another database)
  /// aside and renames a checked, migrated copy of `backup` into its place.
  private static func replaceUnusable(
    _ storeURL: URL, with backup: BackupInfo, now: Date, options: StoreOptions
  ) throws(StoreError) -> RestoreResult {
    let source = try openCheckedBackup(backup)
    defer { try? source.close() }
    let partial = try StoreFile.makePartial(beside: storeURL)
    defer { StoreFile.remove(partial) }
    try StoreFailure.map(path: partial.path, timeout: options.busyTimeout) {
      let copy = try DatabasePool(path: partial.path, configuration: makeConfiguration(options))
      try source.backup(to: copy)
      try Migrations.migrator.migrate(copy)
      try copy.close()
    }
    let folder = BackupFolder(storeURL: storeURL)
    do {
      try FileManager.default.createDirectory(
        at: folder.url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError.directoryNotWritable(path: folder.url.path)
    }
    let aside = folder.url.appendingPathComponent(
      "damaged-\(BackupFolder.stamp(now))-\(getpid()).sqlite")
    for suffix in ["-wal", "-shm", ""] {
      let from = storeURL.path + suffix
      guard StoreFile.exists(URL(fileURLWithPath: from)) else { continue }
      guard rename(from, aside.path + suffix) == 0 else {
        throw StoreError.fileSystem(path: from, reason: String(cString: strerror(errno)))
      }
    }
    guard rename(partial.path, storeURL.path) == 0 else {
      throw StoreError.fileSystem(path: storeURL.path, reason: String(cString: strerror(errno)))
    }
    return RestoreResult(savedBackup: nil, setAside: aside)
  }
}
