import Foundation
import GRDB
import StudyCore

/// What `store check` found.
public struct StoreCheckReport: Sendable, Equatable, Codable {
  /// SQLite's `integrity_check` lines: `["ok"]` when sound.
  public var integrity: [String]
  /// Rows whose foreign keys point nowhere.
  public var foreignKeyViolations: Int
  /// The card cache against a replay of the log.
  public var cache: CacheReport?
  /// Answers in the log.
  public var reviews: Int
  /// Questions known, orphans included.
  public var questions: Int

  /// True when every check passed.
  public var isSound: Bool {
    integrity == ["ok"] && foreignKeyViolations == 0 && (cache?.isConsistent ?? false)
  }
}

extension AppDatabase {
  /// Checks the file's integrity (SQLite's `integrity_check`), its foreign keys, and that the
  /// card cache equals a replay of the log. Writes nothing.
  public func check() throws(StoreError) -> StoreCheckReport {
    let integrity: [String]
    do {
      integrity = try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    } catch .notADatabase(_, let detail) {
      integrity = [detail]  // too damaged for the check itself to run
    }
    // On a damaged file the other reads may fail too: the integrity lines are the finding then.
    let counts = try? read { db in
      (
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
        try ReviewRecord.fetchCount(db),
        try QuestionSnapshot.fetchCount(db)
      )
    }
    let cache = integrity == ["ok"] ? try verifyCache() : nil
    if let url {
      if integrity == ["ok"] { StoreCheckMarker.record(url) } else { StoreCheckMarker.forget(url) }
    }
    return StoreCheckReport(
      integrity: integrity, foreignKeyViolations: counts?.0 ?? 0, cache: cache,
      reviews: counts?.1 ?? 0, questions: counts?.2 ?? 0)
  }

  /// The review log, oldest first, optionally for one question.
  public func reviewLog(questionID: String? = nil) throws(StoreError) -> [ReviewRecord] {
    try read { db in
      var request = ReviewRecord.order(ReviewRecord.Columns.id)
      if let questionID { request = request.filter(ReviewRecord.Columns.questionID == questionID) }
      return try request.fetchAll(db)
    }
  }

  /// A question's card, or `nil` when the store has never seen the question.
  public func card(questionID: String) throws(StoreError) -> CardProgress? {
    try read { db in try CardRecord.fetchOne(db, key: questionID)?.progress }
  }

  /// A question's snapshot, orphaned or not.
  public func snapshot(questionID: String) throws(StoreError) -> QuestionSnapshot? {
    try read { db in try QuestionSnapshot.fetchOne(db, key: questionID) }
  }

  /// The daily counters, oldest day first.
  public func dailyCounters() throws(StoreError) -> [DailyCounter] {
    try read { db in try DailyCounter.order(DailyCounter.Columns.day).fetchAll(db) }
  }
}
