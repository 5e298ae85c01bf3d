import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Today's queue at `now` in `timeZone`: learning cards due now, then reviews due today by
  /// lowest retrievability, then new cards in note order up to the daily limit; siblings
  /// buried, suspended cards (leeches) and orphans left out.
  ///
  /// With `scope`, only those questions' cards are queued (a drill of one note, topic or
  /// concept), and the daily new-card limit is spent on them alone.
  public func todayQueue(
    at now: Date, timeZone: TimeZone, scope: Set<String>? = nil
  ) throws(StoreError) -> StudyQueue {
    try read { db in
      try QueueReader(db: db, now: StoreTime.rounded(now), timeZone: timeZone).queue(scope: scope)
    }
  }
}

/// The reads behind one queue.
private struct QueueReader {
  let db: Database
  let now: Date
  let settings: StoreSettings
  let day: StudyDay
  let scheduler: FSRSScheduler

  init(db: Database, now: Date, timeZone: TimeZone) throws {
    self.db = db
    self.now = now
    settings = try AppDatabase.settings(db)
    day = StudyDay(containing: now, timeZone: timeZone, startHour: settings.dayStartHour)
    scheduler = FSRSScheduler(parameters: settings.schedulerParameters)
  }

  func queue(scope: Set<String>? = nil) throws -> StudyQueue {
    let introduced =
      try Int.fetchOne(
        db, sql: "SELECT newCards FROM dailyCounter WHERE day = ?",
        arguments: [day.number]) ?? 0
    return QueuePolicy.queue(
      studied: try studiedCards().filter { scope?.contains($0.questionID) ?? true },
      fresh: try freshCards().filter { scope?.contains($0.questionID) ?? true },
      answeredToday: try answeredToday(),
      day: day, now: now, newLimit: settings.dailyNewLimit, introducedToday: introduced,
      scheduler: scheduler)
  }

  /// Sibling group → the questions of it answered (through the scheduler) today.
  private func answeredToday() throws -> [String: Set<String>] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT DISTINCT r.questionID, c.siblingGroup FROM review r
        JOIN card c ON c.questionID = r.questionID
        WHERE r.reviewedAt >= ? AND r.reviewedAt < ? AND r.isScheduled
        """, arguments: [StoreTime.micros(day.start), StoreTime.micros(day.end)])
    var groups: [String: Set<String>] = [:]
    while let row = try rows.next() {
      let id: String = row[0]
      groups[SiblingFilter.key(questionID: id, group: row[1]), default: []].insert(id)
    }
    return groups
  }

  /// Studied cards due before the day ends, not suspended, still in the notes.
  private func studiedCards() throws -> [QueueCandidate] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT questionID, state, due, lastReview, stability, siblingGroup, notePosition FROM card
        WHERE due < ? AND lastReview IS NOT NULL AND isSuspended = 0
          AND notePosition IS NOT NULL
        """, arguments: [StoreTime.micros(day.end)])
    var cards: [QueueCandidate] = []
    while let row = try rows.next() {
      let lastReview: Int64 = row[3]
      cards.append(
        QueueCandidate(
          questionID: row[0], state: CardState(rawValue: row[1]) ?? .learning,
          due: StoreTime.date(row[2]), lastReview: StoreTime.date(lastReview),
          stability: row[4], siblingGroup: row[5], notePosition: row[6]))
    }
    return cards
  }

  /// Cards never studied, not suspended, still in the notes.
  private func freshCards() throws -> [QueueCandidate] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT questionID, due, siblingGroup, notePosition FROM card
        WHERE lastReview IS NULL AND isSuspended = 0 AND notePosition IS NOT NULL
        """)
    var cards: [QueueCandidate] = []
    while let row = try rows.next() {
      cards.append(
        QueueCandidate(
          questionID: row[0], state: .learning, due: StoreTime.date(row[1]), lastReview: nil,
          stability: nil, siblingGroup: row[2], notePosition: row[3]))
    }
    return cards
  }
}
