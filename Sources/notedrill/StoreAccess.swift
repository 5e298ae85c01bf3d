import ArgumentParser
import Foundation
import NoteDrillWiring
import ProgressStore
import StudyCore

/// How commands reach the progress store: where it is, what time it is, and one-line errors.
enum StoreAccess {
  /// The store file for this environment.
  static var url: URL {
    StoreLocation.resolve(
      environment: ProcessInfo.processInfo.environment, homeDirectory: NSHomeDirectory())
  }

  /// The clock: `NOTEDRILL_NOW` (an ISO-8601 time, for tests and demos) when set, else now.
  static func now() -> Date {
    if let text = ProcessInfo.processInfo.environment["NOTEDRILL_NOW"], !text.isEmpty,
      let date = UTCTimestamp.parse(text)
    {
      return date
    }
    return Date()
  }

  /// The learner's time zone (`TZ` when set).
  static var timeZone: TimeZone { TimeZone.current }

  /// The learner's config file, checked; a bad file is one line naming its line, status 1.
  static func config() throws -> LearnerConfig {
    do {
      return try LearnerConfig.load(
        environment: ProcessInfo.processInfo.environment, homeDirectory: NSHomeDirectory())
    } catch {
      StandardError.print(error.description)
      throw ExitCode(1)
    }
  }

  /// Opens the store for writing with the settings of the config file and the environment in
  /// force, or prints why it cannot and exits with status 1. The store is closed by
  /// ``closeOpened()`` when the command ends.
  static func open() throws -> AppDatabase {
    let config = try config()
    let database = try attempt { () throws(StoreError) in
      try AppDatabase.open(at: url, now: now())
    }
    opened.add(database)
    try applySettings(config, to: database)
    return database
  }

  /// The stores this process opened for writing.
  private static let opened = OpenedStores()

  /// Closes every store this process opened, first taking the day's backup when it is due
  /// (the first close of a study day with answers the newest backup lacks). Runs when a
  /// command ends, however it ends, short of being killed.
  static func closeOpened() {
    for database in opened.takeAll() {
      do {
        try database.backUpIfDue(now: now(), timeZone: timeZone)
      } catch {
        StandardError.print("warning: today's backup was not taken: \(error)")
      }
      try? database.close()
    }
  }

  /// Puts the config's settings into the store; settings that an older NoteDrill kept only in
  /// the store are first written into a new config file, so nothing the learner set is lost.
  static func applySettings(_ config: LearnerConfig, to database: AppDatabase) throws {
    var config = config
    if !config.exists {
      let legacy = try attempt { () throws(StoreError) in
        (try database.explicitSettings(), try database.settings())
      }
      if !legacy.0.isEmpty {
        do {
          for setting in StoreSetting.allCases where legacy.0.contains(setting) {
            config = try config.write(
              setting.rawValue, ConfigFile.Value.parsed(legacy.1.text(for: setting)))
          }
          StandardError.print("note: settings moved from the store to \(config.url.path)")
        } catch {
          StandardError.print(error.description)
          throw ExitCode(1)
        }
      }
    }
    let values: [StoreSetting: String]
    do {
      values = try config.explicitSettings()
    } catch {
      StandardError.print(error.description)
      throw ExitCode(1)
    }
    try attempt { () throws(StoreError) in try database.mirrorSettings(values) }
  }

  /// Opens the store, takes the day's backup when due, and reconciles it with the notes' bank.
  static func openReconciled(_ notesOptions: NotesOptions) throws -> (AppDatabase, QuestionBank) {
    let (_, bank) = try BankLoader.bank(notesOptions)
    return (try openReconciled(with: bank, notes: notesOptions), bank)
  }

  /// Opens the store, takes the day's backup when due, reconciles it with `bank` and records
  /// the notes folder it now serves (whose fitted FSRS weights, if any, the scheduler uses).
  static func openReconciled(with bank: QuestionBank, notes: NotesOptions? = nil) throws
    -> AppDatabase
  {
    let database = try open()
    let now = now()
    do {
      try database.backUpIfDue(now: now, timeZone: timeZone)
    } catch {
      StandardError.print("warning: today's backup was not taken: \(error)")
    }
    _ = try attempt { () throws(StoreError) in try database.reconcile(with: bank.questions, at: now)
    }
    if let path = try? notes?.location().path {
      let folder = URL(fileURLWithPath: path).standardizedFileURL.path
      try attempt { () throws(StoreError) in try database.useNotesFolder(folder) }
    }
    return database
  }

  /// Runs a store operation; a ``StoreError`` is printed as one line and ends the command with
  /// status 1.
  static func attempt<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
  }

  /// Writes a line to standard output at once (not buffered), so a reader sees it as soon as
  /// the work it reports is done; sanitised like every other line (see `TerminalOutput`).
  static func printNow(_ line: String) {
    TerminalOutput.write(line + "\n", to: .standardOutput)
  }
}

/// The stores a command opened, closed together when it ends.
private final class OpenedStores: @unchecked Sendable {
  // Guarded by `lock`: commands open stores on the main thread, but the type must be safe.
  private let lock = NSLock()
  private var stores: [AppDatabase] = []

  func add(_ database: AppDatabase) {
    lock.withLock { stores.append(database) }
  }

  func takeAll() -> [AppDatabase] {
    lock.withLock {
      defer { stores.removeAll() }
      return stores
    }
  }
}
