import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Records one answer in one transaction (log entry, card, daily counter) and returns once it
  /// is committed to disk, so the next question can be shown.
  ///
  /// Answers are recorded in the order they are committed, whichever process gives them: when
  /// another process recorded a later answer to the same card while this one waited for the
  /// write lock (or the clock went back), this answer counts from that answer's time, so the
  /// log read in order is always a valid replay and no session fails for it.
  ///
  /// - Parameters:
  ///   - now: when the answer was given (stored to the microsecond).
  ///   - timeZone: where the learner is, for the study day the answer counts for.
  /// - Throws: ``StoreError/unknownQuestion(_:)``, ``StoreError/orphanedQuestion(_:)``,
  ///   ``StoreError/scheduler(_:)`` (a card whose fields contradict each other), and the
  ///   store's disk-full and busy errors; nothing is written then.
  @discardableResult
  public func recordAnswer(_ answer: Answer, at now: Date, timeZone: TimeZone)
    throws(StoreError) -> AnswerReceipt
  {
    let now = StoreTime.rounded(now)
    return try write { db in try Self.insertAnswer(answer, at: now, timeZone: timeZone, in: db) }
  }

  /// Records an answer inside the caller's transaction; `now` is already whole microseconds.
  static func insertAnswer(
    _ answer: Answer, at now: Date, timeZone: TimeZone, in db: Database
  ) throws -> AnswerReceipt {
    let card = try answerableCard(db, answer.questionID)
    let before = card.progress
    let now = answer.affectsSchedule ? inOrder(now, after: before.card.lastReview) : now
    let settings = try settings(db)
    let day = StudyDay(containing: now, timeZone: timeZone, startHour: settings.dayStartHour)
    let scheduler = FSRSScheduler(parameters: settings.schedulerParameters)
    let decision = try ReviewPolicy.review(
      answer, card: before, day: day, scheduler: scheduler, at: now)
    var usedParameters: Int64?
    if answer.affectsSchedule {
      usedParameters = try parametersID(db, for: scheduler.parameters)
      try card.holding(decision.after).update(db)
    }
    var review = ReviewRecord(decision.entry, parametersID: usedParameters)
    try review.insert(db)
    try count(review, in: db, sign: 1)
    return AnswerReceipt(
      reviewID: review.id ?? db.lastInsertedRowID, questionID: answer.questionID,
      before: decision.before, after: decision.after, outcome: decision.outcome,
      becameLeech: decision.becameLeech, studyDay: day)
  }

  /// The time an answer counts from: `now`, or the card's last review when that is later (an
  /// answer committed by another process, or a clock set back). Both are whole microseconds.
  static func inOrder(_ now: Date, after lastReview: Date?) -> Date {
    guard let lastReview, lastReview > now else { return now }
    return lastReview
  }

  /// Undoes the most recent answer in the log: removes its entry and restores the card exactly
  /// as it was before (by replaying the question's remaining answers).
  ///
  /// - Throws: ``StoreError/nothingToUndo`` when the log is empty.
  @discardableResult
  public func undoLastAnswer() throws(StoreError) -> UndoneAnswer {
    try write { db in
      guard let review = try ReviewRecord.order(ReviewRecord.Columns.id.desc).fetchOne(db) else {
        throw StoreError.nothingToUndo
      }
      return try Self.undo(review, in: db)
    }
  }

  /// Undoes the answer with log id `reviewID`, which must be the last answer to its question
  /// (a session takes back its own answer this way, never one another process recorded).
  ///
  /// - Throws: ``StoreError/notLastAnswer(reviewID:questionID:)`` otherwise (another session
  ///   answered the card since), ``StoreError/nothingToUndo`` when there is no such entry.
  @discardableResult
  public func undoAnswer(reviewID: Int64) throws(StoreError) -> UndoneAnswer {
    try write { db in
      guard let review = try ReviewRecord.fetchOne(db, key: reviewID) else {
        throw StoreError.nothingToUndo
      }
      return try Self.undo(review, in: db)
    }
  }

  private static func undo(_ review: ReviewRecord, in db: Database) throws -> UndoneAnswer {
    let id = review.id ?? 0
    let later = try ReviewRecord.filter(ReviewRecord.Columns.questionID == review.questionID)
      .filter(ReviewRecord.Columns.id > id).fetchCount(db)
    guard later == 0 else {
      throw StoreError.notLastAnswer(reviewID: id, questionID: review.questionID)
    }
    guard let card = try CardRecord.fetchOne(db, key: review.questionID) else {
      throw StoreError.unknownQuestion(review.questionID)
    }
    _ = try review.delete(db)
    var restored = card.progress
    if review.isScheduled {
      restored = try replayedCard(db, questionID: review.questionID)
      try card.holding(restored).update(db)
    }
    try count(review, in: db, sign: -1)
    return UndoneAnswer(review: review, restored: restored)
  }

  /// The card a question has by replaying its scheduled answers from the log, in replay order.
  static func replayedCard(_ db: Database, questionID: String) throws -> CardProgress {
    guard let question = try QuestionSnapshot.fetchOne(db, key: questionID) else {
      throw StoreError.unknownQuestion(questionID)
    }
    var reviews = try ReviewRecord.filter(ReviewRecord.Columns.questionID == questionID)
      .filter(ReviewRecord.Columns.isScheduled).order(ReviewRecord.Columns.id).fetchAll(db)
    let origins = try ReplayOrder.origins(db, questionID: questionID)
    if !origins.isEmpty {
      ReplayOrder.sort(&reviews) { review in
        ReplayOrder.key(id: review.id ?? 0, micros: review.reviewedAt, origins: origins)
      }
    }
    let schedulers = try schedulers(db)
    return try CardReplay.replay(
      introducedAt: StoreTime.date(question.firstSeenAt),
      steps: reviews.map { try ReplayStep(review: $0, schedulers: schedulers) })
  }

  /// A card that can be answered: known and still in the notes.
  private static func answerableCard(_ db: Database, _ questionID: String) throws -> CardRecord {
    guard let card = try CardRecord.fetchOne(db, key: questionID) else {
      throw StoreError.unknownQuestion(questionID)
    }
    guard card.notePosition != nil else { throw StoreError.orphanedQuestion(questionID) }
    return card
  }

  /// Adds (`sign` 1) or takes back (`sign` -1) one answer in its day's counters.
  static func count(_ review: ReviewRecord, in db: Database, sign: Int) throws {
    let isNew = review.isScheduled && review.stateBefore == 0
    try db.execute(
      sql: """
        INSERT INTO dailyCounter (day, answers, reviews, newCards, correct, responseMs)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(day) DO UPDATE SET answers = answers + excluded.answers,
          reviews = reviews + excluded.reviews, newCards = newCards + excluded.newCards,
          correct = correct + excluded.correct, responseMs = responseMs + excluded.responseMs
        """,
      arguments: [
        review.studyDay, sign, review.isScheduled ? sign : 0, isNew ? sign : 0,
        review.isCorrect ? sign : 0, sign * review.responseMs,
      ])
    if sign < 0 {
      try db.execute(
        sql: "DELETE FROM dailyCounter WHERE day = ? AND answers = 0", arguments: [review.studyDay])
    }
  }
}

extension ReplayStep {
  /// The step a logged answer stands for.
  init(review: ReviewRecord, schedulers: [Int64: FSRSScheduler]) throws {
    guard let rating = review.fsrsRating, let id = review.parametersID,
      let scheduler = schedulers[id]
    else {
      throw StoreError.database(
        "review \(review.id ?? 0) cannot be replayed: its rating or "
          + "scheduler parameters are missing")
    }
    self.init(rating: rating, at: review.date, fuzz: review.fuzz, scheduler: scheduler)
  }
}
