import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Today's queue at `now` in `timeZone`: learning cards due now, then reviews due today by
  /// lowest retrievability, then new cards in note order up to the daily limit; siblings
  /// buried, suspended cards (leeches) and orphans left out.
  public func todayQueue(at now: Date, timeZone: TimeZone) throws(StoreError) -> StudyQueue {
    try read { db in
      try QueueReader(db: db, now: StoreTime.rounded(now), timeZone: timeZone).queue()
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

  func queue() throws -> StudyQueue {
    var filter = SiblingFilter(answeredToday: try answeredToday())
    let (learning, reviews, nextLearning) = try dueCards()
    var entries: [QueueEntry] = []
    for (entry, group) in learning + reviews
    where filter.admit(questionID: entry.questionID, group: group) {
      entries.append(entry)
    }
    let introduced =
      try Int.fetchOne(
        db, sql: "SELECT newCards FROM dailyCounter WHERE day = ?",
        arguments: [day.number]) ?? 0
    let room = max(0, settings.dailyNewLimit - introduced)
    entries += try newCards(limit: room, filter: &filter)
    return StudyQueue(
      day: day, entries: entries, newLimit: settings.dailyNewLimit,
      newIntroducedToday: introduced, buriedSiblings: filter.buried,
      nextLearningDue: nextLearning)
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

  private typealias Candidate = (entry: QueueEntry, group: String)

  /// Learning cards due now (by due time), reviews due today (lowest retrievability first), and
  /// the next learning due time after now.
  private func dueCards() throws -> ([Candidate], [Candidate], Date?) {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT questionID, state, due, lastReview, stability, siblingGroup FROM card
        WHERE due < ? AND lastReview IS NOT NULL AND isSuspended = 0
          AND notePosition IS NOT NULL
        """, arguments: [StoreTime.micros(day.end)])
    let nowMicros = StoreTime.micros(now)
    var learning: [Candidate] = []
    var reviews: [Candidate] = []
    var nextLearning: Int64?
    while let row = try rows.next() {
      let state = CardState(rawValue: row[1]) ?? .learning
      let due: Int64 = row[2]
      if state != .review, due > nowMicros {
        nextLearning = min(nextLearning ?? due, due)
        continue
      }
      let entry = QueueEntry(
        questionID: row[0], reason: state == .review ? .review : .learning,
        due: StoreTime.date(due),
        retrievability: retrievability(lastReview: row[3], stability: row[4]))
      if state == .review {
        reviews.append((entry, row[5]))
      } else {
        learning.append((entry, row[5]))
      }
    }
    learning.sort { ($0.entry.due, $0.entry.questionID) < ($1.entry.due, $1.entry.questionID) }
    reviews.sort {
      ($0.entry.retrievability, $0.entry.due, $0.entry.questionID)
        < ($1.entry.retrievability, $1.entry.due, $1.entry.questionID)
    }
    return (learning, reviews, nextLearning.map(StoreTime.date))
  }

  private func retrievability(lastReview: Int64, stability: Double?) -> Double {
    guard let stability else { return 0 }
    let card = SchedulingCard(
      state: .review, step: nil, memory: MemoryState(stability: stability, difficulty: 5),
      due: now, lastReview: StoreTime.date(lastReview))
    return scheduler.retrievability(of: card, at: now)
  }

  /// New cards in note order, skipping buried siblings, until `limit` are found.
  private func newCards(limit: Int, filter: inout SiblingFilter) throws -> [QueueEntry] {
    guard limit > 0 else { return [] }
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT questionID, due, siblingGroup FROM card
        WHERE lastReview IS NULL AND isSuspended = 0 AND notePosition IS NOT NULL
        ORDER BY notePosition, questionID
        """)
    var entries: [QueueEntry] = []
    while entries.count < limit, let row = try rows.next() {
      let id: String = row[0]
      guard filter.admit(questionID: id, group: row[2]) else { continue }
      entries.append(
        QueueEntry(questionID: id, reason: .new, due: StoreTime.date(row[1]), retrievability: 0))
    }
    return entries
  }
}
