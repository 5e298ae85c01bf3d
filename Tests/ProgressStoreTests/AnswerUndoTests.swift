import Foundation
import StudyCore
import Testing

@testable import ProgressStore

@Suite struct AnswerUndoTests {
  let start: Date

  init() throws { start = try instant("2024-03-01T09:00:00Z") }

  @Test func anAnswerWritesTheLogTheCardAndTheDayCounter() throws {
    let store = try makeStore(questions(2), at: start)
    let receipt = try store.recordAnswer(
      Answer(questionID: question(0).id, rating: .good, given: "key 0", responseMs: 2300),
      at: start, timeZone: utc)
    let expected = try FSRSScheduler().review(.new(due: start), rating: .good, at: start)
    #expect(receipt.after.card == expected.card)
    #expect(receipt.after.reps == 1)
    #expect(receipt.outcome == expected)
    #expect(try store.card(questionID: question(0).id) == receipt.after)
    let log = try store.reviewLog()
    #expect(log.count == 1)
    #expect(log[0].id == receipt.reviewID)
    #expect(log[0].answer == "key 0")
    #expect(log[0].isCorrect && log[0].isScheduled && log[0].stateBefore == 0)
    #expect(log[0].responseMs == 2300 && log[0].mode == "drill")
    let counters = try store.dailyCounters()
    #expect(
      counters == [
        DailyCounter(
          day: receipt.studyDay.number, answers: 1, reviews: 1, newCards: 1, correct: 1,
          responseMs: 2300)
      ])
  }

  @Test func undoRestoresThePreviousCardExactly() throws {
    let store = try makeStore(questions(1), at: start)
    let q = question(0)
    try store.answer(q, .good, at: start)
    try store.answer(q, .good, at: start.addingTimeInterval(700))
    let before = try #require(try store.card(questionID: q.id))
    let countersBefore = try store.dailyCounters()
    let receipt = try store.answer(q, .again, at: start.addingTimeInterval(86_400 * 3), fuzz: 0.3)
    #expect(receipt.after != before)
    let undone = try store.undoLastAnswer()
    #expect(undone.review.id == receipt.reviewID)
    #expect(undone.restored == before)
    #expect(try store.card(questionID: q.id) == before)
    #expect(try store.reviewLog().count == 2)
    #expect(try store.dailyCounters() == countersBefore)
  }

  @Test func undoingEveryAnswerLeavesANewCardAndNoCounters() throws {
    let store = try makeStore(questions(1), at: start)
    try store.answer(question(0), .easy, at: start)
    try store.undoLastAnswer()
    #expect(try store.card(questionID: question(0).id) == CardProgress.new(introducedAt: start))
    #expect(try store.dailyCounters().isEmpty)
    #expect(throws: StoreError.nothingToUndo) { try store.undoLastAnswer() }
  }

  @Test func onlyTheLastAnswerToAQuestionCanBeUndone() throws {
    let store = try makeStore(questions(2), at: start)
    let first = try store.answer(question(0), .good, at: start)
    try store.answer(question(0), .good, at: start.addingTimeInterval(60))
    let other = try store.answer(question(1), .good, at: start.addingTimeInterval(120))
    #expect(throws: StoreError.notLastAnswer(reviewID: first.reviewID, questionID: question(0).id))
    {
      try store.undoAnswer(reviewID: first.reviewID)
    }
    try store.undoAnswer(reviewID: other.reviewID)
    #expect(try store.reviewLog().count == 2)
  }

  @Test func reviewIDsAreNeverReusedAfterAnUndo() throws {
    let store = try makeStore(questions(1), at: start)
    let first = try store.answer(question(0), .good, at: start)
    try store.undoLastAnswer()
    let second = try store.answer(question(0), .good, at: start)
    #expect(second.reviewID == first.reviewID + 1)
  }

  @Test func examAnswersDoNotMoveTheScheduleByDefault() throws {
    let store = try makeStore(questions(1), at: start)
    let receipt = try store.recordAnswer(
      Answer(questionID: question(0).id, rating: .again, isCorrect: false, mode: .exam),
      at: start, timeZone: utc)
    #expect(receipt.outcome == nil)
    #expect(try store.card(questionID: question(0).id) == CardProgress.new(introducedAt: start))
    let log = try store.reviewLog()
    #expect(log.count == 1 && !log[0].isScheduled && log[0].mode == "exam")
    #expect(try store.dailyCounters().first?.reviews == 0)
    #expect(try store.todayQueue(at: start, timeZone: utc).entries.count == 1)
  }

  @Test func anAnswerTimedBeforeTheLastReviewCountsFromItInsteadOfFailing() throws {
    // Another process (or a clock set back) recorded a later answer while this one waited.
    let store = try makeStore(questions(1), at: start)
    try store.answer(question(0), .good, at: start)
    let receipt = try store.answer(question(0), .good, at: start.addingTimeInterval(-1))
    let log = try store.reviewLog()
    #expect(log.count == 2)
    #expect(log.map(\.date) == [start, start])
    #expect(receipt.after.card.lastReview == start)
    #expect(try store.check().isSound)
  }

  @Test func unknownQuestionsCannotBeAnswered() throws {
    let store = try makeStore(questions(1), at: start)
    #expect(throws: StoreError.unknownQuestion("qmissing")) {
      try store.recordAnswer(
        Answer(questionID: "qmissing", rating: .good), at: start, timeZone: utc)
    }
  }

  @Test func theLogRefusesEditsAndOutOfOrderDeletes() throws {
    let store = try makeStore(questions(1), at: start)
    try store.answer(question(0), .good, at: start)
    try store.answer(question(0), .good, at: start.addingTimeInterval(60))
    #expect(throws: (any Error).self) { try store.execute("UPDATE review SET rating = 1") }
    #expect(throws: (any Error).self) { try store.execute("DELETE FROM review WHERE id = 1") }
    #expect(try store.reviewLog().map(\.rating) == [3, 3])
  }
}
