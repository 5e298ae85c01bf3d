import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Today's queue at `now` in `timeZone` (``QueuePolicy``): learning cards due now, then
  /// reviews due today mixed by due day and topic, then new cards across topics and notes up
  /// to the daily limit, spaced so no two neighbours clash; siblings buried, suspended cards
  /// (leeches) and orphans left out.
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
    let queue = QueuePolicy.queue(
      studied: try studiedCards().filter { scope?.contains($0.questionID) ?? true },
      fresh: try freshCards().filter { scope?.contains($0.questionID) ?? true },
      answeredToday: try answeredToday(),
      day: day, now: now, newLimit: settings.dailyNewLimit, introducedToday: introduced,
      scheduler: scheduler, introducedPerTopic: try QueueCards.introducedPerTopic(db))
    return QueuePolicy.spaced(
      queue, cards: try QueueCards.described(db, ids: queue.entries.map(\.questionID)))
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
        SELECT c.questionID, c.state, c.due, c.lastReview, c.stability, c.siblingGroup,
          c.notePosition, q.document, q.topic
        FROM card c JOIN question q ON q.id = c.questionID
        WHERE c.due < ? AND c.lastReview IS NOT NULL AND c.isSuspended = 0
          AND c.notePosition IS NOT NULL
        """, arguments: [StoreTime.micros(day.end)])
    var cards: [QueueCandidate] = []
    while let row = try rows.next() {
      let lastReview: Int64 = row[3]
      cards.append(
        QueueCandidate(
          questionID: row[0], state: CardState(rawValue: row[1]) ?? .learning,
          due: StoreTime.date(row[2]), lastReview: StoreTime.date(lastReview),
          stability: row[4], siblingGroup: row[5], notePosition: row[6], note: row[7],
          topic: QueueCards.topicKey(document: row[7], topic: row[8])))
    }
    return cards
  }

  /// Cards never studied, not suspended, still in the notes.
  private func freshCards() throws -> [QueueCandidate] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT c.questionID, c.due, c.siblingGroup, c.notePosition, q.document, q.topic
        FROM card c JOIN question q ON q.id = c.questionID
        WHERE c.lastReview IS NULL AND c.isSuspended = 0 AND c.notePosition IS NOT NULL
        """)
    var cards: [QueueCandidate] = []
    while let row = try rows.next() {
      cards.append(
        QueueCandidate(
          questionID: row[0], state: .learning, due: StoreTime.date(row[1]), lastReview: nil,
          stability: nil, siblingGroup: row[2], notePosition: row[3], note: row[4],
          topic: QueueCards.topicKey(document: row[4], topic: row[5])))
    }
    return cards
  }
}
