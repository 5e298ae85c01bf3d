import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Progress at `now` in `timeZone`: card counts, retention, activity, streak, mastery per
  /// topic and term, leeches.
  public func stats(at now: Date, timeZone: TimeZone) throws(StoreError) -> ProgressStats {
    try read { db in
      try StatsReader(db: db, now: StoreTime.rounded(now), timeZone: timeZone).stats()
    }
  }
}

/// The reads behind one stats report.
private struct StatsReader {
  let db: Database
  let now: Date
  let day: StudyDay
  let scheduler: FSRSScheduler

  init(db: Database, now: Date, timeZone: TimeZone) throws {
    self.db = db
    self.now = now
    let settings = try AppDatabase.settings(db)
    day = StudyDay(containing: now, timeZone: timeZone, startHour: settings.dayStartHour)
    scheduler = FSRSScheduler(parameters: settings.schedulerParameters)
  }

  func stats() throws -> ProgressStats {
    let activity = try reviewsPerDay()
    return ProgressStats(
      studyDay: day.name, cards: try cardCounts(),
      reviews: ReviewTotals(
        total: try ReviewRecord.fetchCount(db),
        today: try ReviewRecord.filter(ReviewRecord.Columns.studyDay == day.number).fetchCount(db)),
      retention: Retention(last7Days: try retention(days: 7), last30Days: try retention(days: 30)),
      reviewsPerDay: activity, streak: try streak(),
      topics: try mastery(
        sql: """
          SELECT q.topic, c.lastReview, c.stability
          FROM question q JOIN card c ON c.questionID = q.id WHERE q.isOrphaned = 0
          """),
      terms: try mastery(
        sql: """
          SELECT j.value, c.lastReview, c.stability
          FROM question q JOIN card c ON c.questionID = q.id, json_each(q.terms) j
          WHERE q.isOrphaned = 0
          """),
      leeches: try leeches())
  }

  private func cardCounts() throws -> CardCounts {
    let sql = """
      SELECT
        sum(notePosition IS NOT NULL AND NOT isSuspended AND lastReview IS NOT NULL AND due < ?),
        sum(notePosition IS NOT NULL AND NOT isSuspended AND lastReview IS NOT NULL AND state <> 2),
        sum(notePosition IS NOT NULL AND NOT isSuspended AND lastReview IS NULL),
        sum(notePosition IS NOT NULL AND NOT isSuspended AND lastReview IS NOT NULL AND state = 2),
        sum(notePosition IS NOT NULL AND isSuspended),
        sum(notePosition IS NULL)
      FROM card
      """
    guard let row = try Row.fetchOne(db, sql: sql, arguments: [StoreTime.micros(day.end)]) else {
      return CardCounts()
    }
    let value = { (index: Int) -> Int in (row[index] as Int?) ?? 0 }
    return CardCounts(
      due: value(0), learning: value(1), new: value(2), learned: value(3), suspended: value(4),
      orphans: value(5))
  }

  private func retention(days: Int) throws -> RetentionWindow {
    let since = StoreTime.micros(now) - Int64(days) * 86_400_000_000
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT count(*), sum(rating > 1) FROM review
        WHERE reviewedAt > ? AND reviewedAt <= ? AND isScheduled AND stateBefore = 2
        """, arguments: [since, StoreTime.micros(now)])
    let reviews: Int = row?[0] ?? 0
    let recalled: Int = (row?[1] as Int?) ?? 0
    return RetentionWindow(
      days: days, reviews: reviews, recalled: recalled,
      rate: reviews > 0 ? Double(recalled) / Double(reviews) : nil)
  }

  private func reviewsPerDay() throws -> [DayActivity] {
    let first = day.number - 29
    let counters = try DailyCounter.filter(DailyCounter.Columns.day >= first)
      .filter(DailyCounter.Columns.day <= day.number).fetchAll(db)
    let byDay = Dictionary(counters.map { ($0.day, $0) }) { first, _ in first }
    return (first...day.number).map { number in
      let counter = byDay[number]
      return DayActivity(
        day: StudyDay.name(ofDay: number), answers: counter?.answers ?? 0,
        reviews: counter?.reviews ?? 0, newCards: counter?.newCards ?? 0,
        correct: counter?.correct ?? 0)
    }
  }

  private func streak() throws -> Streak {
    let days = try Int.fetchAll(
      db, sql: "SELECT day FROM dailyCounter WHERE answers > 0 AND day <= ? ORDER BY day",
      arguments: [day.number])
    var longest = 0
    var run = 0
    var previous: Int?
    for number in days {
      run = previous == number - 1 ? run + 1 : 1
      longest = max(longest, run)
      previous = number
    }
    let last = days.last ?? Int.min
    let current = last >= day.number - 1 ? run : 0
    return Streak(current: current, longest: longest)
  }

  /// Mean retrievability per name from rows of (name, lastReview, stability).
  private func mastery(sql: String) throws -> [Mastery] {
    var totals: [String: (questions: Int, reviewed: Int, sum: Double)] = [:]
    let rows = try Row.fetchCursor(db, sql: sql)
    while let row = try rows.next() {
      let name: String = row[0]
      var total = totals[name] ?? (0, 0, 0)
      total.questions += 1
      if let last: Int64 = row[1], let stability: Double = row[2] {
        total.reviewed += 1
        let card = SchedulingCard(
          state: .review, step: nil, memory: MemoryState(stability: stability, difficulty: 5),
          due: now, lastReview: StoreTime.date(last))
        total.sum += scheduler.retrievability(of: card, at: now)
      }
      totals[name] = total
    }
    return totals.map { name, total in
      Mastery(
        name: name, questions: total.questions, reviewed: total.reviewed,
        mastery: total.sum / Double(max(total.questions, 1)))
    }.sorted { ($0.mastery, $0.name) < ($1.mastery, $1.name) }
  }

  private func leeches() throws -> [Leech] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT q.*, c.lapses FROM card c JOIN question q ON q.id = c.questionID
        WHERE c.isLeech ORDER BY c.lapses DESC, q.noteOrder
        """)
    return try rows.map { row in
      let snapshot = try QuestionSnapshot(row: row)
      return Leech(
        questionID: snapshot.id, prompt: snapshot.prompt, topic: snapshot.topic,
        source: snapshot.location, lapses: row["lapses"], isOrphaned: snapshot.isOrphaned)
    }
  }
}
