import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// The progress report at `now` in `timeZone`. `since` (a study day, `YYYY-MM-DD`) limits the
  /// activity figures (answers, time, retention, exams, the activity chart) to that day and
  /// after; card states, mastery, leeches and the forecast are always as of `now`. Checklist
  /// completion is left empty: it comes from the notes (``ChecklistProgress``).
  ///
  /// - Throws: ``StoreError`` when the store cannot be read.
  public func report(at now: Date, timeZone: TimeZone, since: Int? = nil)
    throws(StoreError) -> ProgressReport
  {
    try read { db in
      try ReportReader(db: db, now: StoreTime.rounded(now), timeZone: timeZone, since: since)
        .report()
    }
  }

  /// One row per question in the store (orphans included), in note order, with its card's
  /// state and its answer counts: the CSV report.
  public func reportQuestionRows(at now: Date, timeZone: TimeZone)
    throws(StoreError) -> [ReportQuestionRow]
  {
    try read { db in
      try ReportReader(db: db, now: StoreTime.rounded(now), timeZone: timeZone, since: nil)
        .questionRows()
    }
  }

  /// The study day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or `nil` when the
  /// text is not a real date.
  public static func studyDayNumber(named text: String) -> Int? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let date = UTCTimestamp.parse(text + "T00:00:00Z")
    else { return nil }
    let number = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    return StudyDay.name(ofDay: number) == text ? number : nil
  }
}

/// The reads behind one report.
struct ReportReader {
  let db: Database
  let now: Date
  let day: StudyDay
  let since: Int?
  let timeZone: TimeZone
  let startHour: Int
  let scheduler: FSRSScheduler

  init(db: Database, now: Date, timeZone: TimeZone, since: Int?) throws {
    self.db = db
    self.now = now
    self.since = since
    self.timeZone = timeZone
    let settings = try AppDatabase.settings(db)
    startHour = settings.dayStartHour
    day = StudyDay(containing: now, timeZone: timeZone, startHour: startHour)
    scheduler = FSRSScheduler(parameters: settings.schedulerParameters)
  }

  /// The first study day the activity figures count.
  var firstDay: Int { since ?? Int.min }

  func report() throws -> ProgressReport {
    let counters = try DailyCounter.filter(DailyCounter.Columns.day <= day.number)
      .order(DailyCounter.Columns.day).fetchAll(db)
    let counted = counters.filter { $0.day >= firstDay && $0.answers > 0 }
    let intervals = try retentionByInterval()
    let exams = try examResults()
    let streak = Self.streak(counters.filter { $0.answers > 0 }.map(\.day), today: day.number)
    let summary = ReportSummary(
      daysStudied: counted.count, currentStreak: streak.current, longestStreak: streak.longest,
      reviews: counted.reduce(0) { $0 + $1.answers },
      correct: counted.reduce(0) { $0 + $1.correct },
      retention: RecallRate(
        reviews: intervals.reduce(0) { $0 + $1.recall.reviews },
        recalled: intervals.reduce(0) { $0 + $1.recall.recalled }),
      cards: try cardCounts(),
      timeSpentMs: counted.reduce(0) { $0 + $1.responseMs } + (try unscheduledExamTime()))
    let mastery = try masteryByNoteAndTopic()
    return ProgressReport(
      generatedAt: UTCTimestamp.format(
        StoreTime.date(StoreTime.micros(now) / 1_000_000 * 1_000_000)), studyDay: day.name,
      since: since.map(StudyDay.name(ofDay:)), summary: summary, notes: mastery.notes,
      topics: mastery.topics, leeches: try leeches(), checklists: [],
      exams: ExamHistory(attempts: exams), activity: activity(counters),
      forecast: try forecast(), retentionByInterval: intervals)
  }

  /// Current and longest runs of consecutive days among `days` (ascending).
  static func streak(_ days: [Int], today: Int) -> (current: Int, longest: Int) {
    var longest = 0
    var run = 0
    var previous: Int?
    for number in days {
      run = previous == number - 1 ? run + 1 : 1
      longest = max(longest, run)
      previous = number
    }
    let current = (days.last ?? Int.min) >= today - 1 ? run : 0
    return (current, longest)
  }

  /// The last 90 days (not before `since`), days without answers included.
  private func activity(_ counters: [DailyCounter]) -> [ReportDay] {
    let first = max(day.number - 89, since ?? Int.min)
    guard first <= day.number else { return [] }
    let byDay = Dictionary(counters.map { ($0.day, $0) }) { first, _ in first }
    return (first...day.number).map { number in
      let counter = byDay[number]
      return ReportDay(
        day: StudyDay.name(ofDay: number), answers: counter?.answers ?? 0,
        correct: counter?.correct ?? 0, timeSpentMs: counter?.responseMs ?? 0)
    }
  }

  private func cardCounts() throws -> ReportCardCounts {
    let sql = """
      SELECT
        sum(notePosition IS NOT NULL AND NOT isSuspended AND lastReview IS NULL),
        sum(notePosition IS NOT NULL AND NOT isSuspended AND lastReview IS NOT NULL AND state <> 2),
        sum(notePosition IS NOT NULL AND NOT isSuspended AND lastReview IS NOT NULL AND state = 2),
        sum(notePosition IS NOT NULL AND isSuspended),
        sum(notePosition IS NOT NULL AND NOT isSuspended AND lastReview IS NOT NULL AND due < ?),
        sum(notePosition IS NULL)
      FROM card
      """
    let row = try Row.fetchOne(db, sql: sql, arguments: [StoreTime.micros(day.end)])
    let value = { (index: Int) -> Int in (row?[index] as Int?) ?? 0 }
    return ReportCardCounts(
      new: value(0), learning: value(1), review: value(2), suspended: value(3), due: value(4),
      orphans: value(5))
  }

  /// Scheduled answers to review-state cards, bucketed by the whole days since the card's
  /// previous scheduled answer.
  private func retentionByInterval() throws -> [IntervalRetention] {
    let buckets = IntervalRetention.buckets
    var cases = "CASE"
    for (index, bucket) in buckets.enumerated() {
      if let max = bucket.max { cases += " WHEN days <= \(max) THEN \(index)" }
    }
    cases += " ELSE \(buckets.count - 1) END"
    let sql = """
      SELECT \(cases) AS bucket, count(*), sum(rating > 1), sum(retrievabilityBefore)
      FROM (
        SELECT rating, retrievabilityBefore, stateBefore, studyDay,
          (reviewedAt - lag(reviewedAt) OVER (PARTITION BY questionID ORDER BY id))
            / 86400000000 AS days
        FROM review WHERE isScheduled)
      WHERE stateBefore = 2 AND days IS NOT NULL AND studyDay >= ?
      GROUP BY bucket
      """
    var totals: [Int: (Int, Int, Double)] = [:]
    let rows = try Row.fetchAll(db, sql: sql, arguments: [since ?? Int.min])
    for row in rows {
      totals[row[0]] = (row[1], (row[2] as Int?) ?? 0, (row[3] as Double?) ?? 0)
    }
    return buckets.enumerated().map { index, bucket in
      let total = totals[index] ?? (0, 0, 0)
      return IntervalRetention(
        label: bucket.label, minDays: bucket.min, maxDays: bucket.max,
        recall: RecallRate(reviews: total.0, recalled: total.1),
        predicted: total.0 > 0 ? total.2 / Double(total.0) : nil)
    }
  }

  /// Time spent on exam answers that did not go into the review log.
  private func unscheduledExamTime() throws -> Int {
    let sql = """
      SELECT coalesce(sum(e.timeSpentMs), 0) FROM examAnswer e
      JOIN examAttempt a ON a.id = e.attemptID
      WHERE e.reviewID IS NULL AND a.finishedAt IS NOT NULL AND a.finishedAt >= ?
      """
    return try Int.fetchOne(db, sql: sql, arguments: [sinceMicros]) ?? 0
  }

  /// The first instant counted: the start of the `since` day in the learner's time zone.
  var sinceMicros: Int64 {
    guard let since else { return Int64.min }
    // Half an hour after the day's start hour, local time: inside the study day.
    let wall = Date(timeIntervalSince1970: Double(since) * 86_400 + Double(startHour) * 3600 + 1800)
    let local = wall.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: wall)))
    return StoreTime.micros(
      StudyDay(containing: local, timeZone: timeZone, startHour: startHour).start)
  }
}

extension AppDatabase {
  /// Answers in the review log, by a plain SQL `count(*)`: the baseline the report benchmark
  /// measures against.
  public func reviewLogCount() throws(StoreError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM review") ?? 0 }
  }
}
