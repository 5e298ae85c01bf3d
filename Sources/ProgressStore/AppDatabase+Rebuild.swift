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

  /// Replays every scheduled answer, question by question, in log order.
  static func run(_ db: Database) throws -> LogReplay {
    let schedulers = try AppDatabase.schedulers(db)
    var questions: [String: (firstSeen: Int64, position: Int?, group: String)] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT id, firstSeenAt, isOrphaned, noteOrder, siblingGroup FROM question")
    while let row = try rows.next() {
      let orphaned: Bool = row[2]
      questions[row[0]] = (row[1], orphaned ? nil : row[3], row[4])
    }
    var cards: [String: CardRecord] = [:]
    var count = 0
    var current: (id: String, steps: [ReplayStep])?
    func finish() throws {
      guard let (id, steps) = current, let question = questions[id] else { return }
      let progress = try CardReplay.replay(
        introducedAt: StoreTime.date(question.firstSeen), steps: steps)
      cards[id] = CardRecord(
        questionID: id, progress: progress, notePosition: question.position,
        siblingGroup: question.group)
    }
    let reviews = try Row.fetchCursor(
      db,
      sql: """
        SELECT questionID, rating, reviewedAt, fuzz, parametersID, id FROM review
        WHERE isScheduled ORDER BY questionID, id
        """)
    while let row = try reviews.next() {
      count += 1
      let questionID: String = row[0]
      if current?.id != questionID {
        try finish()
        current = (questionID, [])
      }
      guard let rating = Rating(rawValue: row[1]), let scheduler = schedulers[row[4] ?? -1] else {
        let id: Int64 = row[5]
        throw StoreError.database("review \(id) cannot be replayed: bad rating or parameters")
      }
      current?.steps.append(
        ReplayStep(rating: rating, at: StoreTime.date(row[2]), fuzz: row[3], scheduler: scheduler))
    }
    try finish()
    for (id, question) in questions where cards[id] == nil {
      let progress = CardProgress.new(introducedAt: StoreTime.date(question.firstSeen))
      cards[id] = CardRecord(
        questionID: id, progress: progress, notePosition: question.position,
        siblingGroup: question.group)
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
