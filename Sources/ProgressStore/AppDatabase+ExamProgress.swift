import Foundation
import GRDB
import StudyCore

/// One attempt as `notedrill exam history` lists it.
public struct ExamHistoryEntry: Equatable, Sendable {
  /// The attempt.
  public var attempt: ExamAttempt
  /// Time used, in milliseconds.
  public var elapsedMs: Int
  /// Questions with an answer.
  public var answered: Int
  /// Questions answered right.
  public var correct: Int
  /// Whether the learner dropped it for a new one.
  public var isAbandoned: Bool

  /// Whether it was handed in.
  public var isFinished: Bool { attempt.finishedAt != nil }
}

extension AppDatabase {
  /// Saves the exam clock, the question on screen and the given answers in one transaction.
  /// `timeSpentMs` replaces what was stored (the session keeps the running total).
  public func saveExamProgress(
    attemptID: Int64, elapsedMs: Int, currentPosition: Int, answers: [ExamAnswerUpdate],
    at now: Date
  ) throws(StoreError) {
    try write { db in
      try db.execute(
        sql: "UPDATE examAttempt SET elapsedMs = ?, currentPosition = ? WHERE id = ?",
        arguments: [max(0, elapsedMs), currentPosition, attemptID])
      guard db.changesCount == 1 else {
        throw StoreError.unknownExamAnswer(attemptID: attemptID, position: currentPosition)
      }
      for update in answers {
        guard
          var row = try ExamAnswer.fetchOne(
            db, key: ["attemptID": attemptID, "position": update.position])
        else { throw StoreError.unknownExamAnswer(attemptID: attemptID, position: update.position) }
        if update.answer != row.answer {
          row.answeredAt = update.answer.map { _ in StoreTime.micros(now) }
        }
        row.answer = update.answer
        row.isCorrect = update.answer == nil ? nil : update.isCorrect
        row.isFlagged = update.isFlagged
        row.timeSpentMs = max(0, update.timeSpentMs)
        try row.update(db)
      }
    }
  }

  /// The stored clock of an attempt: time used and the question on screen.
  public func examClock(attemptID: Int64) throws(StoreError) -> (
    elapsedMs: Int, currentPosition: Int
  )? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT elapsedMs, currentPosition FROM examAttempt WHERE id = ?",
        arguments: [attemptID]
      ).map { (elapsedMs: $0["elapsedMs"], currentPosition: $0["currentPosition"]) }
    }
  }

  /// The latest attempt neither handed in nor dropped, to offer for resumption.
  public func unfinishedExam() throws(StoreError) -> ExamAttempt? {
    try read { db in
      try ExamAttempt.fetchOne(
        db,
        sql: """
          SELECT * FROM examAttempt WHERE finishedAt IS NULL AND abandonedAt IS NULL
          ORDER BY id DESC LIMIT 1
          """)
    }
  }

  /// Drops an unfinished attempt (kept in history, never offered again).
  public func abandonExam(attemptID: Int64, at now: Date) throws(StoreError) {
    try write { db in
      try db.execute(
        sql: "UPDATE examAttempt SET abandonedAt = ? WHERE id = ? AND finishedAt IS NULL",
        arguments: [StoreTime.micros(now), attemptID])
    }
  }

  /// Every attempt, oldest first, with its counts.
  public func examHistory() throws(StoreError) -> [ExamHistoryEntry] {
    try read { db in
      let attempts = try ExamAttempt.order(ExamAttempt.Columns.id).fetchAll(db)
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.elapsedMs, a.abandonedAt,
            (SELECT COUNT(*) FROM examAnswer e WHERE e.attemptID = a.id AND e.answer IS NOT NULL)
              AS answered,
            (SELECT COUNT(*) FROM examAnswer e WHERE e.attemptID = a.id AND e.isCorrect = 1)
              AS correct
          FROM examAttempt a
          """)
      var extra: [Int64: Row] = [:]
      for row in rows { extra[row["id"]] = row }
      return attempts.map { attempt in
        let row = attempt.id.flatMap { extra[$0] }
        let abandoned: Int64? = row?["abandonedAt"]
        return ExamHistoryEntry(
          attempt: attempt, elapsedMs: row?["elapsedMs"] ?? 0, answered: row?["answered"] ?? 0,
          correct: row?["correct"] ?? 0, isAbandoned: abandoned != nil)
      }
    }
  }
}
