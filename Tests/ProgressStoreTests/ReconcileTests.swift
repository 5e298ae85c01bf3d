import Foundation
import StudyCore
import Testing

@testable import ProgressStore

@Suite struct ReconcileTests {
  let start: Date

  init() throws { start = try instant("2024-03-01T09:00:00Z") }

  @Test func newQuestionsBecomeNewCards() throws {
    let store = try AppDatabase.inMemory()
    let summary = try store.reconcile(with: questions(3), at: start)
    #expect(summary == ReconcileSummary(added: 3))
    let card = try #require(try store.card(questionID: question(1).id))
    #expect(card == CardProgress.new(introducedAt: start))
    let snapshot = try #require(try store.snapshot(questionID: question(1).id))
    #expect(snapshot.question == question(1))
    #expect(snapshot.firstSeenAt == StoreTime.micros(start))
  }

  @Test func theSameBankAgainChangesNothing() throws {
    let store = try makeStore(questions(3), at: start)
    let before = try store.integer("SELECT total_changes()")
    let summary = try store.reconcile(with: questions(3), at: start.addingTimeInterval(60))
    #expect(summary == ReconcileSummary(unchanged: 3))
    #expect(try store.integer("SELECT count(*) FROM question") == 3)
    #expect(try store.integer("SELECT total_changes()") == before)
  }

  @Test func anEditedQuestionKeepsItsProgress() throws {
    let store = try makeStore(questions(2), at: start)
    try store.answer(question(0), .good, at: start)
    let reviewed = try #require(try store.card(questionID: question(0).id))
    let edited = [question(0, prompt: "Reworded?"), question(1)]
    #expect(
      try store.reconcile(with: edited, at: start) == ReconcileSummary(updated: 1, unchanged: 1))
    #expect(try store.snapshot(questionID: question(0).id)?.prompt == "Reworded?")
    #expect(try store.card(questionID: question(0).id) == reviewed)
  }

  @Test func aVanishedQuestionIsAnOrphanThatKeepsItsHistory() throws {
    let store = try makeStore(questions(3), at: start)
    try store.answer(question(1), .good, at: start)
    let summary = try store.reconcile(with: [question(0), question(2)], at: start)
    #expect(summary == ReconcileSummary(orphaned: 1, unchanged: 2))
    let snapshot = try #require(try store.snapshot(questionID: question(1).id))
    #expect(snapshot.isOrphaned)
    #expect(snapshot.prompt == "Question 1?")
    #expect(try store.reviewLog(questionID: question(1).id).count == 1)
    let later = start.addingTimeInterval(3600)
    #expect(!(try store.queueIDs(at: later)).contains(question(1).id))
    #expect(try store.stats(at: later, timeZone: utc).cards.orphans == 1)
    #expect(throws: StoreError.orphanedQuestion(question(1).id)) {
      try store.answer(question(1), .good, at: later)
    }
  }

  @Test func aReturningOrphanIsRevivedWithItsProgress() throws {
    let store = try makeStore(questions(2), at: start)
    try store.answer(question(1), .good, at: start)
    let card = try store.card(questionID: question(1).id)
    try store.reconcile(with: [question(0)], at: start)
    let summary = try store.reconcile(with: questions(2), at: start.addingTimeInterval(60))
    #expect(summary == ReconcileSummary(revived: 1, unchanged: 1))
    #expect(try store.snapshot(questionID: question(1).id)?.isOrphaned == false)
    #expect(try store.card(questionID: question(1).id) == card)
    #expect(try store.queueIDs(at: start.addingTimeInterval(3600)).contains(question(1).id))
  }

  @Test func aNoteReorderMovesNewCardsInTheQueue() throws {
    let store = try makeStore(questions(3), at: start)
    #expect(try store.queueIDs(at: start) == questions(3).map(\.id))
    let reordered = [question(0, order: 5), question(1, order: 9), question(2, order: 1)]
    #expect(try store.reconcile(with: reordered, at: start).updated == 3)
    #expect(try store.queueIDs(at: start) == [question(2).id, question(0).id, question(1).id])
  }

  @Test func duplicateIDsInTheBankCountOnce() throws {
    let store = try AppDatabase.inMemory()
    let summary = try store.reconcile(with: [question(0), question(0), question(1)], at: start)
    #expect(summary.added == 2)
  }
}
