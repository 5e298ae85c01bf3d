import Foundation
import StudyCore
import Testing

@testable import ProgressStore

@Suite struct ActivityTests {
  let start: Date

  init() throws { start = try instant("2024-03-01T09:00:00Z") }

  @Test func anExamKeepsEveryAnswerAndItsTimeWithoutTouchingTheSchedule() throws {
    let store = try makeStore(questions(3), at: start)
    let ids = questions(3).map(\.id)
    let attempt = try store.startExam(
      questionIDs: ids, domains: ["Week 3 › S3", "Patterns", "Week 3 › S3"], at: start,
      timeLimitSeconds: 600)
    let id = try #require(attempt.id)
    try store.recordExamAnswer(
      attemptID: id, position: 0, answer: "A", isCorrect: false, timeSpentMs: 4000, at: start)
    try store.recordExamAnswer(
      attemptID: id, position: 0, answer: "B", isCorrect: true, timeSpentMs: 1500, isFlagged: true,
      at: start.addingTimeInterval(30))
    try store.recordExamAnswer(
      attemptID: id, position: 2, answer: "C", isCorrect: false, timeSpentMs: 900, at: start)
    try store.finishExam(attemptID: id, at: start.addingTimeInterval(60), timeZone: utc)
    let (saved, answers) = try #require(try store.exam(attemptID: id))
    #expect(saved.finishedAt == StoreTime.micros(start.addingTimeInterval(60)))
    #expect(answers.map(\.answer) == ["B", nil, "C"])
    #expect(answers.map(\.isCorrect) == [true, nil, false])
    #expect(answers.map(\.timeSpentMs) == [5500, 0, 900])
    #expect(answers[0].isFlagged)
    #expect(answers.map(\.domain) == ["Week 3 › S3", "Patterns", "Week 3 › S3"])
    #expect(try store.reviewLog().isEmpty)
    #expect(try store.card(questionID: ids[0]) == CardProgress.new(introducedAt: start))
  }

  @Test func anExamThatCountsReviewsItsAnsweredQuestions() throws {
    let store = try makeStore(questions(3), at: start)
    let ids = questions(3).map(\.id)
    let id = try #require(
      try store.startExam(questionIDs: ids, at: start, affectsSchedule: true).id)
    try store.recordExamAnswer(
      attemptID: id, position: 0, answer: "A", isCorrect: true, timeSpentMs: 100, at: start)
    try store.recordExamAnswer(
      attemptID: id, position: 1, answer: "B", isCorrect: false, timeSpentMs: 200, at: start)
    try store.finishExam(attemptID: id, at: start.addingTimeInterval(60), timeZone: utc)
    let log = try store.reviewLog()
    #expect(log.map(\.rating) == [3, 1])
    #expect(log.allSatisfy { $0.mode == "exam" && $0.isScheduled })
    let (_, answers) = try #require(try store.exam(attemptID: id))
    #expect(answers.map(\.reviewID) == [log[0].id, log[1].id, nil])
    #expect(try store.verifyCache().isConsistent)
  }

  @Test func examsRefuseUnknownQuestionsAndPositions() throws {
    let store = try makeStore(questions(1), at: start)
    #expect(throws: StoreError.unknownQuestion("qnope")) {
      try store.startExam(questionIDs: ["qnope"], at: start)
    }
    #expect(try store.exam(attemptID: 1) == nil)
    let id = try #require(try store.startExam(questionIDs: [question(0).id], at: start).id)
    #expect(throws: StoreError.unknownExamAnswer(attemptID: id, position: 5)) {
      try store.recordExamAnswer(
        attemptID: id, position: 5, answer: nil, isCorrect: false, timeSpentMs: 0, at: start)
    }
  }

  @Test func checklistItemsKeepTheirState() throws {
    let store = try AppDatabase.inMemory()
    let item = ChecklistItemState(
      id: "c1", document: "week3", path: "week3.md", line: 12, text: "ALB 실습", isChecked: false,
      updatedAt: StoreTime.micros(start))
    try store.setChecklistItem(item)
    var checked = item
    checked.isChecked = true
    try store.setChecklistItem(checked)
    try store.setChecklistItem(
      ChecklistItemState(
        id: "c2", document: "other", path: "other.md", line: 1, text: "x", isChecked: false,
        updatedAt: 0))
    #expect(try store.checklistItems(document: "week3") == [checked])
    #expect(try store.checklistItems().map(\.id) == ["c2", "c1"])
  }
}
