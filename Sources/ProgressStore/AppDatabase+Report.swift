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
      // The report reads the whole log: mapping the file saves copying every page.
      try db.execute(sql: "PRAGMA mmap_size = 1073741824")
      return try ReportReader(db: db, now: StoreTime.rounded(now), timeZone: timeZone, since: since)
        .report()
    }
  }

  /// One row per question in the store (orphans included), in note order, with its card's
  /// state and its answer counts: the CSV report.
  public func reportQuestionRows(at now: Date, timeZone: TimeZone)
    throws(StoreError) -> [ReportQuestionRow]
  {
    try read { db in
      try db.execute(sql: "PRAGMA mmap_size = 1073741824")
      return try ReportReader(db: db, now: StoreTime.rounded(now), timeZone: timeZone, since: nil)
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
    let cards = try cardSummary()
    let exams = try examResults()
    let streak = Self.streak(counters.filter { $0.answers > 0 }.map(\.day), today: day.number)
    let summary = ReportSummary(
      daysStudied: counted.count, currentStreak: streak.current, longestStreak: streak.longest,
      reviews: counted.reduce(0) { $0 + $1.answers },
      correct: counted.reduce(0) { $0 + $1.correct },
      retention: RecallRate(
        reviews: intervals.reduce(0) { $0 + $1.recall.reviews },
        recalled: intervals.reduce(0) { $0 + $1.recall.recalled }),
      cards: cards.counts,
      timeSpentMs: counted.reduce(0) { $0 + $1.responseMs } + (try unscheduledExamTime()))
    let mastery = try masteryByNoteAndTopic()
    return ProgressReport(
      generatedAt: UTCTimestamp.format(
        StoreTime.date(StoreTime.micros(now) / 1_000_000 * 1_000_000)), studyDay: day.name,
      since: since.map(StudyDay.name(ofDay:)), summary: summary, notes: mastery.notes,
      topics: mastery.topics, leeches: try leeches(cards.leechIDs), checklists: [],
      exams: ExamHistory(attempts: exams), activity: activity(counters),
      forecast: cards.forecast, retentionByInterval: intervals)
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

  /// Scheduled answers to review-state cards, bucketed by the whole days since the card's
  /// previous scheduled answer. One pass over the log in insertion order (a question's answers
  /// are appended in time order), remembering each question's last scheduled answer: reading
  /// the table in order is many times faster than SQL's window functions, which walk the
  /// question index and fetch every row out of order.
  private func retentionByInterval() throws -> [IntervalRetention] {
    let buckets = IntervalRetention.buckets
    var counts = Array(repeating: (reviews: 0, recalled: 0, predicted: 0.0), count: buckets.count)
    var last = QuestionKeyMap<Int64>(
      capacity: try Int.fetchOne(db, sql: "SELECT count(*) FROM card") ?? 0)
    let first = since ?? Int.min
    let rows = try RawRows(
      db,
      sql: """
        SELECT questionID, reviewedAt, rating, stateBefore, retrievabilityBefore, studyDay
        FROM review WHERE isScheduled ORDER BY id
        """)
    try rows.forEach { row in
      let reviewedAt = row.int64(1)
      let previous = last.update(bytes: row.bytes(0), initial: Int64.min) { value in
        defer { value = reviewedAt }
        return value
      }
      guard previous != Int64.min, row.int(3) == 2, row.int(5) >= first else { return }
      let days = Int((reviewedAt - previous) / 86_400_000_000)
      let index = buckets.firstIndex { days <= ($0.max ?? Int.max) } ?? buckets.count - 1
      counts[index].reviews += 1
      if row.int(2) > 1 { counts[index].recalled += 1 }
      counts[index].predicted += row.double(4)
    }
    return buckets.enumerated().map { index, bucket in
      let total = counts[index]
      return IntervalRetention(
        label: bucket.label, minDays: bucket.min, maxDays: bucket.max,
        recall: RecallRate(reviews: total.reviews, recalled: total.recalled),
        predicted: total.reviews > 0 ? total.predicted / Double(total.reviews) : nil)
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
