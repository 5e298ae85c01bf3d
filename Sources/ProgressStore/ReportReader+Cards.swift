import Foundation
import GRDB
import StudyCore

extension ReportReader {
  /// Mean retrievability now per note (path) and per topic, weakest first.
  func masteryByNoteAndTopic() throws -> (notes: [ReportMastery], topics: [ReportMastery]) {
    var notes = MasteryTally()
    var topics = MasteryTally()
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT q.path, q.topic, c.lastReview, c.stability
        FROM question q JOIN card c ON c.questionID = q.id WHERE q.isOrphaned = 0
        """)
    while let row = try rows.next() {
      var recall: Double?
      if let last: Int64 = row[2], let stability: Double = row[3] {
        recall = retrievability(lastReview: last, stability: stability)
      }
      notes.add(row[0], recall: recall)
      topics.add(row[1], recall: recall)
    }
    return (notes.rows, topics.rows)
  }

  /// The probability of recall now of a card last reviewed at `lastReview` (microseconds).
  func retrievability(lastReview: Int64, stability: Double) -> Double {
    let card = SchedulingCard(
      state: .review, step: nil, memory: MemoryState(stability: stability, difficulty: 5),
      due: now, lastReview: StoreTime.date(lastReview))
    return scheduler.retrievability(of: card, at: now)
  }

  /// Leeches still in the notes, most lapses first.
  func leeches() throws -> [ReportLeech] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT q.*, c.lapses FROM card c JOIN question q ON q.id = c.questionID
        WHERE c.isLeech AND q.isOrphaned = 0 ORDER BY c.lapses DESC, q.noteOrder
        """)
    return try rows.map { row in
      let snapshot = try QuestionSnapshot(row: row)
      return ReportLeech(
        questionID: snapshot.id, prompt: snapshot.prompt, topic: snapshot.topic,
        source: snapshot.location, lapses: row["lapses"])
    }
  }

  /// Finished exams handed in on or after `since`, oldest first, scored per domain.
  func examResults() throws -> [ExamResult] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT a.id, a.finishedAt, a.questionCount, e.domain, count(*),
          sum(e.isCorrect IS NOT NULL), coalesce(sum(e.isCorrect), 0), sum(e.timeSpentMs),
          min(e.position) AS firstPosition
        FROM examAttempt a JOIN examAnswer e ON e.attemptID = a.id
        WHERE a.finishedAt IS NOT NULL AND a.finishedAt >= ?
        GROUP BY a.id, e.domain ORDER BY a.finishedAt, a.id, firstPosition
        """, arguments: [sinceMicros])
    var results: [ExamResult] = []
    var pending: (id: Int, finished: Int64, questions: Int, rows: [Row])?
    func flush() {
      guard let exam = pending else { return }
      let finished = StoreTime.date(exam.finished)
      let day = StudyDay(containing: finished, timeZone: timeZone, startHour: startHour)
      results.append(
        ExamResult(
          id: exam.id, day: day.name, questions: exam.questions,
          answered: exam.rows.reduce(0) { $0 + ($1[5] as Int) },
          correct: exam.rows.reduce(0) { $0 + ($1[6] as Int) },
          timeSpentMs: exam.rows.reduce(0) { $0 + ($1[7] as Int) },
          domains: exam.rows.map { DomainScore(domain: $0[3], questions: $0[4], correct: $0[6]) }
        ))
    }
    for row in rows {
      let id: Int = row[0]
      if pending?.id != id {
        flush()
        pending = (id, row[1], row[2], [])
      }
      pending?.rows.append(row)
    }
    flush()
    return results
  }

  /// Studied cards in the notes, not suspended, due on each of the next 30 study days
  /// (overdue ones on today).
  func forecast() throws -> [ForecastDay] {
    var ends: [Date] = []
    var days: [StudyDay] = []
    var current = day
    for _ in 0..<30 {
      days.append(current)
      ends.append(current.end)
      current = StudyDay(
        containing: current.end.addingTimeInterval(1), timeZone: timeZone, startHour: startHour)
    }
    let sums = ends.indices.map { "sum(due < ?\($0 + 1))" }.joined(separator: ", ")
    let sql = """
      SELECT \(sums) FROM card
      WHERE lastReview IS NOT NULL AND isSuspended = 0 AND notePosition IS NOT NULL
      """
    let row = try Row.fetchOne(
      db, sql: sql, arguments: StatementArguments(ends.map { StoreTime.micros($0) }))
    var before = 0
    return days.enumerated().map { index, studyDay in
      let upTo = (row?[index] as Int?) ?? 0
      defer { before = upTo }
      return ForecastDay(day: studyDay.name, due: upTo - before)
    }
  }
}

/// Sums of recall per name, for mastery rows.
private struct MasteryTally {
  private var totals: [String: (questions: Int, studied: Int, sum: Double)] = [:]

  mutating func add(_ name: String, recall: Double?) {
    var total = totals[name] ?? (0, 0, 0)
    total.questions += 1
    if let recall {
      total.studied += 1
      total.sum += recall
    }
    totals[name] = total
  }

  /// Studied ones weakest first, then the ones not started, each by name on ties.
  var rows: [ReportMastery] {
    totals.map { name, total in
      ReportMastery(
        name: name, questions: total.questions, studied: total.studied,
        mastery: total.sum / Double(max(total.questions, 1)))
    }.sorted { a, b in
      (a.studied == 0 ? 1 : 0, a.mastery, a.name) < (b.studied == 0 ? 1 : 0, b.mastery, b.name)
    }
  }
}
