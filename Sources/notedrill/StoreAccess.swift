import ArgumentParser
import Foundation
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

  /// Opens the store, or prints why it cannot and exits with status 1.
  static func open() throws -> AppDatabase {
    try attempt { () throws(StoreError) in try AppDatabase.open(at: url, now: now()) }
  }

  /// Opens the store, takes the day's backup when due, and reconciles it with the notes' bank.
  static func openReconciled(_ notesOptions: NotesOptions) throws -> (AppDatabase, QuestionBank) {
    let (_, bank) = try BankLoader.bank(notesOptions)
    return (try openReconciled(with: bank), bank)
  }

  /// Opens the store, takes the day's backup when due, and reconciles it with `bank`.
  static func openReconciled(with bank: QuestionBank) throws -> AppDatabase {
    let database = try open()
    let now = now()
    do {
      try database.backUpIfDue(now: now, timeZone: timeZone)
    } catch {
      StandardError.print("warning: today's backup was not taken: \(error)")
    }
    _ = try attempt { () throws(StoreError) in try database.reconcile(with: bank.questions, at: now)
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
  /// the work it reports is done.
  static func printNow(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
