import ArgumentParser
import Foundation
import ProgressStore

/// `notedrill store`: look after the progress store file.
struct StoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Check, back up, restore or rebuild the progress store.",
    discussion: """
      The store is $NOTEDRILL_HOME/progress.sqlite, else $XDG_DATA_HOME/notedrill/progress.sqlite, \
      else ~/.local/share/notedrill/progress.sqlite. Backups are kept in a backups/ folder beside \
      it: one before every schema migration and one a day (when a session opens or closes the \
      store and it holds answers the newest backup lacks), the last 7. `store check` only reads; \
      `store backups` and `store restore` work on a damaged store.
      """,
    subcommands: [
      Path.self, Check.self, Backups.self, Restore.self, Rebuild.self, StoreLogCommand.self,
      StoreExercise.self,
    ])

  /// `store path`: where the store is.
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the store's path.")
    func run() { print(StoreAccess.url.path) }
  }

  /// `store check`: integrity, foreign keys, cache against the log.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the file's integrity and that the card cache matches the review log.",
      discussion: "Exit status 0 when every check passes, 1 otherwise.")

    func run() throws {
      // Read-only: a check never changes a byte of the store, whatever it finds.
      let database = try StoreAccess.attempt { () throws(StoreError) in
        try AppDatabase.openReadOnly(at: StoreAccess.url)
      }
      let report = try StoreAccess.attempt { () throws(StoreError) in try database.check() }
      print("integrity: " + report.integrity.prefix(10).joined(separator: "; "))
      let broken = report.foreignKeyViolations
      print("foreign keys: " + (broken == 0 ? "ok" : "\(broken) broken"))
      if let cache = report.cache {
        let verdict =
          cache.isConsistent
          ? "ok" : "\(cache.differingCards) cards and \(cache.differingDays) days differ"
        print(
          "cache: \(verdict) (\(cache.cards) cards, \(cache.scheduledReviews) scheduled reviews)")
      }
      print("\(report.reviews) answers, \(report.questions) questions")
      guard report.isSound else {
        StandardError.print(
          "error: the store failed its check; `notedrill store rebuild` "
            + "repairs the cache, `notedrill store restore NAME` brings back a backup")
        throw ExitCode(1)
      }
    }
  }

  /// `store backups`: the backups beside the store.
  struct Backups: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the backups, newest first.")

    func run() throws {
      // Only the backups folder is read, so this works when the store itself is damaged.
      let backups = AppDatabase.backups(storeURL: StoreAccess.url)
      if backups.isEmpty { print("no backups yet") }
      for backup in backups {
        let size = ByteCountFormatter.string(fromByteCount: Int64(backup.size), countStyle: .file)
        print("\(backup.name)  \(backup.reason.rawValue)  \(size)")
      }
    }
  }

  /// `store restore NAME`: brings a backup back.
  struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Replace the store with a backup (the current store is backed up first).")
    @Argument(help: "The backup's file name, as `notedrill store backups` lists it.")
    var name: String

    func run() throws {
      let result = try StoreAccess.attempt { () throws(StoreError) in
        try AppDatabase.restore(
          backupNamed: name, storeURL: StoreAccess.url, now: StoreAccess.now())
      }
      print("restored \(name)")
      if let saved = result.savedBackup { print("the store as it was is kept as \(saved.name)") }
      if let aside = result.setAside {
        print("the unusable store was moved to \(aside.path)")
      }
    }
  }

  /// `store rebuild`: replays the log into the card cache.
  struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Rebuild card states and daily counters by replaying the review log.")

    func run() throws {
      let database = try StoreAccess.open()
      let report = try StoreAccess.attempt { () throws(StoreError) in try database.rebuildCache() }
      print(
        "rebuilt \(report.cards) cards from \(report.scheduledReviews) scheduled reviews; "
          + "\(report.differingCards) cards and \(report.differingDays) days had differed")
    }
  }
}
