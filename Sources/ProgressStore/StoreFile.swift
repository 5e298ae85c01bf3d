import Foundation
import GRDB

/// Checks on the store file made before SQLite opens it for writing, so that a bad file is
/// reported and left exactly as it was; and the making of a new store, which appears complete.
enum StoreFile {
  /// What a read-only look at an existing store found.
  struct State {
    /// Migrations already applied.
    var applied: Set<String>
    /// Whether known migrations are still to run.
    var needsMigration: Bool
  }

  private static let header = Array("SQLite format 3\u{0}".utf8)

  /// Makes the store's folder (mode 0700) when absent; refuses one that cannot be written.
  static func prepareFolder(of url: URL) throws(StoreError) {
    let folder = url.deletingLastPathComponent().path
    let files = FileManager.default
    if !files.fileExists(atPath: folder) {
      do {
        try files.createDirectory(
          atPath: folder, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw .directoryNotWritable(path: folder)
      }
    }
    guard access(folder, W_OK) == 0 else { throw .directoryNotWritable(path: folder) }
  }

  /// True when something (a file, a link, anything) is at `url`.
  static func exists(_ url: URL) -> Bool {
    var info = stat()
    return lstat(url.path, &info) == 0
  }

  /// Refuses an existing store that is not an SQLite database (an empty file included) or that
  /// cannot be written.
  static func checkWritable(_ url: URL) throws(StoreError) {
    try checkHeader(url.path)
    guard access(url.path, W_OK) == 0 else { throw .fileNotWritable(path: url.path) }
  }

  /// Refuses anything but a regular file that starts with SQLite's header. A new store only
  /// ever appears complete (see ``place(_:at:)``), so an empty file is never one of ours.
  static func checkHeader(_ path: String) throws(StoreError) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw .fileSystem(path: path, reason: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw .notADatabase(path: path, detail: "not a regular file")
    }
    if info.st_size == 0 { throw .notADatabase(path: path, detail: "an empty file (0 bytes)") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .fileSystem(path: path, reason: "cannot be read")
    }
    defer { try? handle.close() }
    let start = (try? handle.read(upToCount: 100)) ?? Data()
    guard start.count == 100, Array(start.prefix(header.count)) == header else {
      throw .notADatabase(path: path, detail: "not an SQLite database")
    }
  }

  /// A new empty file (mode 0600) beside `url`, named for this process only.
  static func makePartial(beside url: URL) throws(StoreError) -> URL {
    let partial = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).new-\(getpid())-\(UUID().uuidString)")
    let descriptor = open(partial.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard descriptor >= 0 else {
      throw .fileSystem(path: partial.path, reason: String(cString: strerror(errno)))
    }
    close(descriptor)
    return partial
  }

  /// Puts the finished store `partial` at `url` unless something is there already (another
  /// process's store, made at the same time): a hard link never replaces a file.
  static func place(_ partial: URL, at url: URL) throws(StoreError) {
    if link(partial.path, url.path) == 0 || errno == EEXIST { return }
    throw .fileSystem(path: url.path, reason: String(cString: strerror(errno)))
  }

  /// Removes a file and its SQLite companions, ignoring any that are absent.
  static func remove(_ url: URL) {
    for suffix in ["", "-wal", "-shm"] { unlink(url.path + suffix) }
  }

  /// Reads an existing store without writing to it: which migrations it has, whether a newer
  /// NoteDrill wrote it, whether it is a NoteDrill store at all.
  static func inspect(
    _ url: URL, migrator: DatabaseMigrator, options: StoreOptions, quickCheck: Bool = true
  ) throws(StoreError) -> State {
    let path = url.path
    let found = try StoreFailure.map(path: path, timeout: options.busyTimeout) {
      var config = Configuration()
      config.readonly = true
      config.busyMode = .timeout(options.busyTimeout)
      let queue = try DatabaseQueue(path: path, configuration: config)
      defer { try? queue.close() }
      return try queue.read { db in
        // Another process creating the store may have made GRDB's bookkeeping table and
        // nothing else yet: that still counts as a new store.
        let tables =
          try Int.fetchOne(
            db,
            sql: """
              SELECT count(*) FROM sqlite_master
              WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
              """) ?? 0
        let applied = try migrator.appliedIdentifiers(db)
        // Damage found now keeps the file from ever being written; `store check` runs the full
        // integrity_check.
        let quick = quickCheck ? try String.fetchAll(db, sql: "PRAGMA quick_check") : ["ok"]
        return (tables: tables, applied: applied, quick: quick)
      }
    }
    if found.quick != ["ok"] {
      StoreCheckMarker.forget(url)
      throw .notADatabase(
        path: path, detail: "damaged: " + found.quick.prefix(2).joined(separator: "; "))
    }
    if found.tables > 0, found.applied.isEmpty {
      throw .notADatabase(path: path, detail: "an SQLite database, but not a NoteDrill store")
    }
    let known = Set(migrator.migrations)
    let unknown = found.applied.subtracting(known).sorted()
    if !unknown.isEmpty { throw .newerStore(path: path, unknownMigrations: unknown) }
    return State(applied: found.applied, needsMigration: !known.isSubset(of: found.applied))
  }
}
