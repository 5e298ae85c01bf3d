import Foundation
import GRDB
import StudyCore

/// How the card cache compares with a replay of the log.
public struct CacheReport: Sendable, Equatable, Codable {
  /// Cards in the store.
  public var cards: Int
  /// Answers in the log that went through the scheduler.
  public var scheduledReviews: Int
  /// Cards whose cached state differs from the replay.
  public var differingCards: Int
  /// Study days whose counters differ from the log.
  public var differingDays: Int

  /// True when the cache is exactly what the log implies.
  public var isConsistent: Bool { differingCards == 0 && differingDays == 0 }
}

extension AppDatabase {
  /// Rebuilds the card cache and the daily counters by replaying the whole log through the
  /// scheduler, in one transaction; says how many cards and days differed before.
  @discardableResult
  public func rebuildCache() throws(StoreError) -> CacheReport {
    try write { db in
      let replay = try LogReplay.run(db)
      let report = try replay.compare(db)
      try db.execute(sql: "DELETE FROM card")
      for card in replay.cards.values { try card.insert(db) }
      try db.execute(sql: "DELETE FROM dailyCounter")
      for counter in replay.counters { try counter.insert(db) }
      return report
    }
  }

  /// Compares the card cache and the daily counters with a replay of the log, writing nothing.
  public func verifyCache() throws(StoreError) -> CacheReport {
    try read { db in try LogReplay.run(db).compare(db) }
  }
}

/// The cards and counters the log implies.
struct LogReplay {
  var cards: [String: CardRecord]
  var counters: [DailyCounter]
  var scheduledReviews: Int

  /// One logged answer, as compact as a replay of a million needs.
  private struct LoggedStep {
    var rating: Int
    var micros: Int64
    var fuzz: Double?
    var parametersID: Int64
    var reviewID: Int64
  }

  /// Replays every scheduled answer, question by question, in replay order (``ReplayKey``). The log is read in
  /// storage order (sequential) and grouped in memory, which is several times faster than
  /// walking the per-question index and fetching each row.
  static func run(_ db: Database) throws -> LogReplay {
    let schedulers = try AppDatabase.schedulers(db)
    var steps: [String: [LoggedStep]] = [:]
    var count = 0
    let reviews = try Row.fetchCursor(
      db,
      sql: """
        SELECT questionID, rating, reviewedAt, fuzz, parametersID, id FROM review
        WHERE isScheduled ORDER BY id
        """)
    while let row = try reviews.next() {
      count += 1
      steps[row[0], default: []].append(
        LoggedStep(
          rating: row[1], micros: row[2], fuzz: row[3], parametersID: row[4] ?? -1,
          reviewID: row[5]))
    }
    let origins = try ReplayOrder.origins(db)
    if !origins.isEmpty {
      for id in Array(steps.keys) {
        ReplayOrder.sort(&steps[id, default: []]) { step in
          ReplayOrder.key(id: step.reviewID, micros: step.micros, origins: origins)
        }
      }
    }
    var cards: [String: CardRecord] = [:]
    let questions = try Row.fetchCursor(
      db, sql: "SELECT id, firstSeenAt, isOrphaned, noteOrder, siblingGroup FROM question")
    while let row = try questions.next() {
      let id: String = row[0]
      let orphaned: Bool = row[2]
      let replay = try (steps[id] ?? []).map { step in
        guard let rating = Rating(rawValue: step.rating),
          let scheduler = schedulers[step.parametersID]
        else {
          throw StoreError.database(
            "review \(step.reviewID) cannot be replayed: bad rating or parameters")
        }
        return ReplayStep(
          rating: rating, at: StoreTime.date(step.micros), fuzz: step.fuzz, scheduler: scheduler)
      }
      let progress = try CardReplay.replay(introducedAt: StoreTime.date(row[1]), steps: replay)
      cards[id] = CardRecord(
        questionID: id, progress: progress, notePosition: orphaned ? nil : row[3],
        siblingGroup: row[4])
    }
    return LogReplay(cards: cards, counters: try countersFromLog(db), scheduledReviews: count)
  }

  private static func countersFromLog(_ db: Database) throws -> [DailyCounter] {
    try DailyCounter.fetchAll(
      db,
      sql: """
        SELECT studyDay AS day, count(*) AS answers, sum(isScheduled) AS reviews,
          sum(isScheduled AND stateBefore = 0) AS newCards, sum(isCorrect) AS correct,
          sum(responseMs) AS responseMs
        FROM review GROUP BY studyDay ORDER BY studyDay
        """)
  }

  /// How the stored cache differs from this replay.
  func compare(_ db: Database) throws -> CacheReport {
    var differing = 0
    var stored = 0
    let rows = try CardRecord.fetchCursor(db)
    while let card = try rows.next() {
      stored += 1
      if cards[card.questionID] != card { differing += 1 }
    }
    differing += max(0, cards.count - stored)
    let storedCounters = try DailyCounter.fetchAll(db)
    let replayed = Dictionary(counters.map { ($0.day, $0) }) { first, _ in first }
    let kept = Dictionary(storedCounters.map { ($0.day, $0) }) { first, _ in first }
    let days = Set(replayed.keys).union(kept.keys)
    let differingDays = days.filter { replayed[$0] != kept[$0] }.count
    return CacheReport(
      cards: stored, scheduledReviews: scheduledReviews, differingCards: differing,
      differingDays: differingDays)
  }
}
