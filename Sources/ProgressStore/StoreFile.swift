import Foundation
import GRDB

/// Checks on the store file made before SQLite opens it for writing, so that a bad file is
/// reported and left exactly as it was.
enum StoreFile {
  /// What a read-only look at an existing store found.
  struct State {
    /// Migrations already applied.
    var applied: Set<String>
    /// Whether known migrations are still to run.
    var needsMigration: Bool
  }

  private static let header = Array("SQLite format 3\u{0}".utf8)

  /// Makes the folder (mode 0700) and an empty file (mode 0600) when absent; refuses a folder
  /// that cannot be written, a file that is not an SQLite database, or a read-only file.
  static func prepare(_ url: URL) throws(StoreError) {
    let path = url.path
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
    if files.fileExists(atPath: path) {
      try checkHeader(path)
      guard access(path, W_OK) == 0 else { throw .fileNotWritable(path: path) }
    } else {
      let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
      if descriptor >= 0 {
        close(descriptor)
      } else if errno != EEXIST {
        throw .fileSystem(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }

  /// Refuses a non-empty file that does not start with SQLite's header.
  private static func checkHeader(_ path: String) throws(StoreError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .fileSystem(path: path, reason: "cannot be read")
    }
    defer { try? handle.close() }
    let start = (try? handle.read(upToCount: 100)) ?? Data()
    if start.isEmpty { return }
    guard start.count == 100, Array(start.prefix(header.count)) == header else {
      throw .notADatabase(path: path, detail: "not an SQLite database")
    }
  }

  /// Reads an existing store without writing to it: which migrations it has, whether a newer
  /// NoteDrill wrote it, whether it is a NoteDrill store at all.
  static func inspect(_ url: URL, migrator: DatabaseMigrator, options: StoreOptions)
    throws(StoreError) -> State
  {
    let path = url.path
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size == 0 { return State(applied: [], needsMigration: true) }
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
        return (tables: tables, applied: applied)
      }
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
