import Foundation
import GRDB

/// How a store is opened; the defaults are the production settings.
public struct StoreOptions: Sendable, Equatable {
  /// How long a write waits for another process to finish before giving up, in seconds.
  public var busyTimeout: Double
  /// A cap on the file's size in pages (SQLite's `max_page_count`), to rehearse a full disk;
  /// `nil` for none.
  public var maximumPageCount: Int?
  /// How many backups to keep beside the store.
  public var backupsKept: Int

  /// Options with the production defaults unless given.
  public init(busyTimeout: Double = 15, maximumPageCount: Int? = nil, backupsKept: Int = 7) {
    self.busyTimeout = busyTimeout
    self.maximumPageCount = maximumPageCount
    self.backupsKept = backupsKept
  }
}

/// The owner of the progress database: opens it, migrates it, and offers intent-named reads and
/// writes (``recordAnswer(_:at:timeZone:)``, ``undoLastAnswer(timeZone:)``,
/// ``reconcile(with:at:)``, ``todayQueue(at:timeZone:)``, ...). Every write is one transaction.
public final class AppDatabase: Sendable {
  /// The connection (a WAL `DatabasePool` for a file, a `DatabaseQueue` in memory).
  let writer: any DatabaseWriter
  /// The store file, or `nil` for an in-memory store.
  public let url: URL?
  /// The options it was opened with.
  public let options: StoreOptions

  /// The path shown in messages.
  public var displayPath: String { url?.path ?? ":memory:" }

  init(writer: any DatabaseWriter, url: URL?, options: StoreOptions) {
    self.writer = writer
    self.url = url
    self.options = options
  }

  /// Opens (creating when absent) the store at `url` for writing, migrating it after a backup of
  /// what was there. `now` names that backup.
  ///
  /// An existing file is checked before anything can write to it: it must start with SQLite's
  /// header, be a NoteDrill store this version knows, and pass SQLite's `quick_check` (skipped
  /// only when the file is exactly as the last passed check left it, see ``StoreCheckMarker``;
  /// a damaged file is never vouched for); a new
  /// store is built and migrated under a private name and appears at `url` only when complete,
  /// so an empty or half-made file there is always someone else's and is reported, not replaced.
  ///
  /// - Throws: ``StoreError`` for a store written by a newer NoteDrill, a file that is empty,
  ///   not a database or damaged, a folder that cannot be written, a full disk or a store held
  ///   too long by another process; the file is left unchanged in each case.
  public static func open(at url: URL, now: Date, options: StoreOptions = StoreOptions())
    throws(StoreError) -> AppDatabase
  {
    let path = url.path
    try StoreFile.prepareFolder(of: url)
    if !StoreFile.exists(url) { try createStore(at: url, options: options) }
    try StoreFile.checkWritable(url)
    let vouched = StoreCheckMarker.vouchesFor(url)
    let state = try StoreFile.inspect(
      url, migrator: Migrations.migrator, options: options, quickCheck: !vouched)
    let pool = try openPool(path: path, options: options)
    let database = AppDatabase(writer: pool, url: url, options: options)
    if state.needsMigration {
      if !state.applied.isEmpty { try database.makeBackup(now: now, reason: .beforeMigration) }
      try database.migrate()
    }
    if !vouched { StoreCheckMarker.record(url) }
    return database
  }

  /// Opens an existing store for reading only: nothing, not even SQLite's file header, is
  /// written (`store check` uses it, and it works on a store that fails its checks).
  ///
  /// - Throws: ``StoreError/storeMissing(path:)`` when there is no store yet, and the header
  ///   and database errors of ``open(at:now:options:)``.
  public static func openReadOnly(at url: URL, options: StoreOptions = StoreOptions())
    throws(StoreError) -> AppDatabase
  {
    let path = url.path
    guard StoreFile.exists(url) else { throw .storeMissing(path: path) }
    try StoreFile.checkHeader(path)
    let queue = try StoreFailure.map(path: path, timeout: options.busyTimeout) {
      var config = Configuration()
      config.readonly = true
      config.busyMode = .timeout(options.busyTimeout)
      return try DatabaseQueue(path: path, configuration: config)
    }
    return AppDatabase(writer: queue, url: url, options: options)
  }

  /// Builds a migrated store under a name private to this process and links it to `url`; when
  /// another process placed its own first, that one is used.
  private static func createStore(at url: URL, options: StoreOptions) throws(StoreError) {
    let partial = try StoreFile.makePartial(beside: url)
    defer { StoreFile.remove(partial) }
    let pool = try openPool(path: partial.path, options: options)
    let fresh = AppDatabase(writer: pool, url: nil, options: options)
    try fresh.migrate()
    try fresh.close()
    try StoreFile.place(partial, at: url)
  }

  /// A WAL pool on `path` whose writer syncs every commit.
  private static func openPool(path: String, options: StoreOptions) throws(StoreError)
    -> DatabasePool
  {
    try StoreFailure.map(path: path, timeout: options.busyTimeout) {
      let pool = try DatabasePool(path: path, configuration: makeConfiguration(options))
      // GRDB turns a pool's writer to synchronous=NORMAL when it sets up WAL; an answer must
      // survive a power cut, so the writer goes back to FULL.
      try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      return pool
    }
  }

  /// An empty store in memory with the production configuration, for tests and previews.
  public static func inMemory(options: StoreOptions = StoreOptions()) throws(StoreError)
    -> AppDatabase
  {
    let queue = try StoreFailure.map(path: ":memory:", timeout: options.busyTimeout) {
      try DatabaseQueue(configuration: makeConfiguration(options))
    }
    let database = AppDatabase(writer: queue, url: nil, options: options)
    try database.migrate()
    return database
  }

  /// Closes the connections (a checkpoint folds the write-ahead log into the file). The store
  /// must not be used afterwards.
  public func close() throws(StoreError) {
    let vouched = url.map(StoreCheckMarker.vouchesFor) ?? false
    try perform { try writer.close() }
    // The final checkpoint changed the file: only this process wrote it since it was vouched for.
    if vouched, let url { StoreCheckMarker.record(url) }
  }

  /// The production configuration: foreign keys, a busy timeout, `synchronous=FULL` so that a
  /// committed answer survives a power cut, and immediate write transactions (GRDB's default
  /// for writers) so that two processes queue up instead of failing.
  static func makeConfiguration(_ options: StoreOptions) -> Configuration {
    var config = Configuration()
    config.label = "NoteDrill.progress"
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(options.busyTimeout)
    let pageCap = options.maximumPageCount
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
      if let pageCap { try db.execute(sql: "PRAGMA max_page_count = \(pageCap)") }
    }
    return config
  }

  /// Applies pending migrations. GRDB's migrator reads which migrations are applied before it
  /// takes the write lock, so two processes opening a new store at once can both start the
  /// same migration; the loser's transaction rolls back and it looks again.
  private func migrate() throws(StoreError) {
    let migrator = Migrations.migrator
    var attempts = migrator.migrations.count + 1
    while true {
      do {
        try perform { try migrator.migrate(writer) }
        return
      } catch {
        attempts -= 1
        if attempts == 0 { throw error }
      }
    }
  }

  /// Runs `body`, turning any failure into a ``StoreError``.
  func perform<T>(_ body: () throws -> T) throws(StoreError) -> T {
    try StoreFailure.map(path: displayPath, timeout: options.busyTimeout, body)
  }

  /// One write transaction. A checkpoint in it (SQLite's automatic one) changes the file: when
  /// the file was vouched for before, the check marker follows it.
  func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
    guard let url else { return try perform { try writer.write(updates) } }
    let vouched = StoreCheckMarker.vouchesFor(url)
    let result = try perform { try writer.write(updates) }
    if vouched, !StoreCheckMarker.vouchesFor(url) { StoreCheckMarker.record(url) }
    return result
  }

  /// One read.
  func read<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
    try perform { try writer.read(value) }
  }
}
