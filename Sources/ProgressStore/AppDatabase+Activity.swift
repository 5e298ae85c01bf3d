import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Sets a checklist item's state (added when new).
  public func setChecklistItem(_ item: ChecklistItemState) throws(StoreError) {
    try write { db in try item.save(db) }
  }

  /// Checklist item states, for one note or all, in note and line order.
  public func checklistItems(document: String? = nil) throws(StoreError) -> [ChecklistItemState] {
    try read { db in
      var request = ChecklistItemState.order(
        ChecklistItemState.Columns.document, ChecklistItemState.Columns.line)
      if let document { request = request.filter(ChecklistItemState.Columns.document == document) }
      return try request.fetchAll(db)
    }
  }

  /// Starts an exam over `questionIDs` (in the order asked), all unanswered. `domains`, when
  /// given, holds the domain of each question in the same order.
  public func startExam(
    questionIDs: [String], domains: [String]? = nil, at now: Date,
    timeLimitSeconds: Int? = nil, affectsSchedule: Bool = false, settings: String = "{}"
  ) throws(StoreError) -> ExamAttempt {
    try write { db in
      var attempt = ExamAttempt(
        id: nil, startedAt: StoreTime.micros(now), finishedAt: nil,
        timeLimitSeconds: timeLimitSeconds, questionCount: questionIDs.count,
        affectsSchedule: affectsSchedule, settings: settings)
      try attempt.insert(db)
      let attemptID = attempt.id ?? db.lastInsertedRowID
      for (position, questionID) in questionIDs.enumerated() {
        guard try QuestionSnapshot.exists(db, key: questionID) else {
          throw StoreError.unknownQuestion(questionID)
        }
        try ExamAnswer(
          attemptID: attemptID, position: position, questionID: questionID, answer: nil,
          isCorrect: nil, isFlagged: false, answeredAt: nil, timeSpentMs: 0, reviewID: nil,
          domain: domains.flatMap { position < $0.count ? $0[position] : nil } ?? ""
        ).insert(db)
      }
      return attempt
    }
  }

  /// Records (or changes) the answer at `position`, adding `timeSpentMs` to its time.
  public func recordExamAnswer(
    attemptID: Int64, position: Int, answer: String?, isCorrect: Bool, timeSpentMs: Int,
    isFlagged: Bool = false, at now: Date
  ) throws(StoreError) {
    try write { db in
      guard
        var row = try ExamAnswer.fetchOne(
          db, key: ["attemptID": attemptID, "position": position])
      else { throw StoreError.unknownExamAnswer(attemptID: attemptID, position: position) }
      row.answer = answer
      row.isCorrect = isCorrect
      row.isFlagged = isFlagged
      row.answeredAt = StoreTime.micros(now)
      row.timeSpentMs += max(0, timeSpentMs)
      try row.update(db)
    }
  }

  /// Hands the exam in at `now`. When it counts for the schedule, every answered question is
  /// reviewed (Good when right, Again when wrong) in the same transaction.
  public func finishExam(attemptID: Int64, at now: Date, timeZone: TimeZone) throws(StoreError) {
    let now = StoreTime.rounded(now)
    try write { db in
      guard var attempt = try ExamAttempt.fetchOne(db, key: attemptID) else {
        throw StoreError.unknownExamAnswer(attemptID: attemptID, position: 0)
      }
      attempt.finishedAt = StoreTime.micros(now)
      try attempt.update(db)
      guard attempt.affectsSchedule else { return }
      let answers = try ExamAnswer.filter(ExamAnswer.Columns.attemptID == attemptID)
        .order(ExamAnswer.Columns.position).fetchAll(db)
      for var row in answers where row.reviewID == nil {
        guard let isCorrect = row.isCorrect else { continue }
        let answer = Answer(
          questionID: row.questionID, rating: isCorrect ? .good : .again, given: row.answer,
          isCorrect: isCorrect, responseMs: row.timeSpentMs, mode: .exam, affectsSchedule: true)
        row.reviewID = try Self.insertAnswer(answer, at: now, timeZone: timeZone, in: db).reviewID
        try row.update(db)
      }
    }
  }

  /// An attempt with its answers in order, or `nil` when there is none with this id.
  public func exam(attemptID: Int64) throws(StoreError) -> (ExamAttempt, [ExamAnswer])? {
    try read { db in
      guard let attempt = try ExamAttempt.fetchOne(db, key: attemptID) else { return nil }
      let answers = try ExamAnswer.filter(ExamAnswer.Columns.attemptID == attemptID)
        .order(ExamAnswer.Columns.position).fetchAll(db)
      return (attempt, answers)
    }
  }
}
