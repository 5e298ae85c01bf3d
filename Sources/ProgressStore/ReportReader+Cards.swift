import Foundation
import GRDB
import StudyCore

extension ReportReader {
  /// Mean retrievability now per note (path) and per topic, weakest first. Questions come in
  /// table order, where a topic's questions mostly sit together, so a name is only read into a
  /// `String` when it differs from the row before.
  func masteryByNoteAndTopic() throws -> (notes: [ReportMastery], topics: [ReportMastery]) {
    var notes = MasteryTally()
    var topics = MasteryTally()
    var note = RunName()
    var topic = RunName()
    let rows = try RawRows(
      db,
      sql: """
        SELECT q.path, q.topic, c.lastReview, c.stability
        FROM question q JOIN card c ON c.questionID = q.id WHERE q.isOrphaned = 0
        """)
    try rows.forEach { row in
      var recall: Double?
      if !row.isNull(2) && !row.isNull(3) {
        recall = retrievability(lastReview: row.int64(2), stability: row.double(3))
      }
      let path = note.name(row.bytes(0))
      notes.add(path.text, isNew: path.isNew, recall: recall)
      let heading = topic.name(row.bytes(1))
      topics.add(heading.text, isNew: heading.isNew, recall: recall)
    }
    return (notes.rows, topics.rows)
  }

  /// The probability of recall now of a card last reviewed at `lastReview` (microseconds).
  func retrievability(lastReview: Int64, stability: Double) -> Double {
    scheduler.retrievability(stability: stability, lastReview: StoreTime.date(lastReview), at: now)
  }

  /// Leeches still in the notes, most lapses first, from their ids.
  func leeches(_ ids: [String]) throws -> [ReportLeech] {
    guard !ids.isEmpty else { return [] }
    var rows: [Row] = []
    // SQLite takes at most 32766 arguments a statement.
    for start in stride(from: 0, to: ids.count, by: 10_000) {
      let chunk = Array(ids[start..<min(ids.count, start + 10_000)])
      let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
      rows += try Row.fetchAll(
        db,
        sql: """
          SELECT q.*, c.lapses FROM card c JOIN question q ON q.id = c.questionID
          WHERE c.questionID IN (\(marks)) AND q.isOrphaned = 0
          """, arguments: StatementArguments(chunk))
    }
    let leeches = try rows.map { row in
      let snapshot = try QuestionSnapshot(row: row)
      return (
        snapshot.noteOrder,
        ReportLeech(
          questionID: snapshot.id, prompt: snapshot.prompt, topic: snapshot.topic,
          source: snapshot.location, lapses: row["lapses"])
      )
    }
    return leeches.sorted { ($1.1.lapses, $0.0) < ($0.1.lapses, $1.0) }.map(\.1)
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

  /// Cards by state, the cards in the notes (not suspended) falling due on each of the next
  /// 30 study days (overdue ones on today), and the leeches' ids: one pass over the cards.
  func cardSummary() throws -> (
    counts: ReportCardCounts, forecast: [ForecastDay], leechIDs: [String]
  ) {
    var days: [StudyDay] = []
    var current = day
    for _ in 0..<30 {
      days.append(current)
      current = StudyDay(
        containing: current.end.addingTimeInterval(1), timeZone: timeZone, startHour: startHour)
    }
    let ends = days.map { StoreTime.micros($0.end) }
    var due = Array(repeating: 0, count: days.count)
    var counts = ReportCardCounts(new: 0, learning: 0, review: 0, suspended: 0, due: 0, orphans: 0)
    var leechIDs: [String] = []
    let rows = try RawRows(
      db,
      sql: """
        SELECT notePosition IS NOT NULL, isSuspended, lastReview IS NOT NULL, state, due, isLeech,
          questionID
        FROM card
        """)
    try rows.forEach { row in
      if row.int(5) != 0 { leechIDs.append(row.string(6)) }
      guard row.int(0) != 0 else { return counts.orphans += 1 }
      guard row.int(1) == 0 else { return counts.suspended += 1 }
      guard row.int(2) != 0 else { return counts.new += 1 }
      if row.int(3) == 2 { counts.review += 1 } else { counts.learning += 1 }
      let at = row.int64(4)
      if at < ends[0] { counts.due += 1 }
      if let index = ends.firstIndex(where: { at < $0 }) { due[index] += 1 }
    }
    let forecast = zip(days, due).map { ForecastDay(day: $0.name, due: $1) }
    return (counts, forecast, leechIDs)
  }
}

/// The last name read, kept as bytes to compare with the next row's.
private struct RunName {
  private var bytes: [UInt8] = []
  private var text = ""

  /// `raw` as a `String`, made only when it differs from the previous call's, and whether it
  /// did.
  mutating func name(_ raw: UnsafeRawBufferPointer) -> (text: String, isNew: Bool) {
    guard !raw.elementsEqual(bytes) else { return (text, false) }
    bytes = Array(raw)
    text = String(decoding: raw, as: UTF8.self)
    return (text, true)
  }
}

/// Sums of recall per name, for mastery rows.
private struct MasteryTally {
  private var index: [String: Int] = [:]
  private var names: [String] = []
  private var totals: [(questions: Int, studied: Int, sum: Double)] = []
  private var current = -1

  /// Counts a question of `name`; `isNew` false means the same name as the call before.
  mutating func add(_ name: String, isNew: Bool, recall: Double?) {
    if isNew || current < 0 {
      if let known = index[name] {
        current = known
      } else {
        current = names.count
        index[name] = current
        names.append(name)
        totals.append((0, 0, 0))
      }
    }
    totals[current].questions += 1
    if let recall {
      totals[current].studied += 1
      totals[current].sum += recall
    }
  }

  /// Studied ones weakest first, then the ones not started, each by name on ties.
  var rows: [ReportMastery] {
    zip(names, totals).map { name, total in
      ReportMastery(
        name: name, questions: total.questions, studied: total.studied,
        mastery: total.sum / Double(max(total.questions, 1)))
    }.sorted { a, b in
      (a.studied == 0 ? 1 : 0, a.mastery, a.name) < (b.studied == 0 ? 1 : 0, b.mastery, b.name)
    }
  }
}
