import Foundation
import GRDB
import StudyCore

extension ReportReader {
  /// Every question in the store, in note order, with its card and answer counts.
  func questionRows() throws -> [ReportQuestionRow] {
    let counts = try answerCounts()
    var names = DayNames(timeZone: timeZone, startHour: startHour)
    let cursor = try Row.fetchCursor(
      db,
      sql: """
        SELECT q.id, q.path, q.line, q.topic, q.kind, q.prompt, q.isOrphaned,
          c.state, c.due, c.stability, c.difficulty, c.lapses, c.lastReview, c.isSuspended
        FROM question q LEFT JOIN card c ON c.questionID = q.id
        ORDER BY q.isOrphaned, q.noteOrder, q.id
        """)
    var rows: [ReportQuestionRow] = []
    while let row = try cursor.next() {
      let id: String = row[0]
      let lastReview: Int64? = row[12]
      let stability: Double? = row[9]
      let count = counts[id] ?? AnswerCount()
      rows.append(
        ReportQuestionRow(
          id: id, path: row[1], line: row[2], topic: row[3], kind: row[4], prompt: row[5],
          state: Self.stateName(
            orphaned: row[6], suspended: (row[13] as Bool?) ?? false, studied: lastReview != nil,
            state: row[7]),
          due: lastReview == nil ? nil : (row[8] as Int64?).map { names.name(ofMicros: $0) },
          stability: lastReview == nil ? nil : stability,
          difficulty: lastReview == nil ? nil : row[10],
          retrievability: lastReview.flatMap { last in
            stability.map { retrievability(lastReview: last, stability: $0) }
          },
          reviews: count.answers, correct: count.correct, lapses: (row[11] as Int?) ?? 0,
          lastReview: lastReview.map { names.name(ofMicros: $0) }))
    }
    return rows
  }

  /// Answers and right answers per question, counted in one pass over the log in insertion
  /// order (a `GROUP BY` walks the question index and fetches every row out of order).
  private func answerCounts() throws -> QuestionKeyMap<AnswerCount> {
    var counts = QuestionKeyMap<AnswerCount>(
      capacity: try Int.fetchOne(db, sql: "SELECT count(*) FROM card") ?? 0)
    try RawRows(db, sql: "SELECT questionID, isCorrect FROM review").forEach { row in
      let correct = row.int(1) != 0
      counts.update(bytes: row.bytes(0), initial: AnswerCount()) { $0.add(correct: correct) }
    }
    return counts
  }

  static func stateName(orphaned: Bool, suspended: Bool, studied: Bool, state: Int?) -> String {
    if orphaned { return "orphaned" }
    if suspended { return "suspended" }
    guard studied else { return "new" }
    switch state {
    case 1: return "learning"
    case 3: return "relearning"
    default: return "review"
    }
  }
}

/// Answers to one question and how many were right.
struct AnswerCount {
  var answers = 0
  var correct = 0

  mutating func add(correct isCorrect: Bool) {
    answers += 1
    if isCorrect { correct += 1 }
  }
}

/// `YYYY-MM-DD` study-day names for instants, cached per day: the study day is the local date
/// of the instant moved back by the day-start hour.
struct DayNames {
  let timeZone: TimeZone
  let startHour: Int
  private var cache: [Int: String] = [:]

  init(timeZone: TimeZone, startHour: Int) {
    self.timeZone = timeZone
    self.startHour = startHour
  }

  mutating func name(ofMicros micros: Int64) -> String {
    let date = StoreTime.date(micros)
    let seconds =
      date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
      - Double(startHour) * 3600
    let number = Int((seconds / 86_400).rounded(.down))
    if let name = cache[number] { return name }
    let name = StudyDay.name(ofDay: number)
    cache[number] = name
    return name
  }
}
