import Foundation
import GRDB
import StudyCore
import Testing

@testable import ProgressStore

/// The near-miss decision has its own column; the typed text stays as typed.
@Suite struct NearMissTests {
  let start: Date

  init() throws { start = try instant("2024-03-01T09:00:00Z") }

  private func nearMiss(_ question: Question, typed: String, right: Bool) -> Answer {
    Answer(
      questionID: question.id, rating: right ? .hard : .again, given: typed, isCorrect: right,
      responseMs: 4000, nearMiss: NearMissDecision(countedRight: right))
  }

  @Test func theDecisionIsStoredApartFromTheTypedText() throws {
    let store = try makeStore(questions(3), at: start)
    try store.recordAnswer(
      nearMiss(question(0), typed: "보앙그릅", right: true), at: start, timeZone: utc)
    try store.recordAnswer(
      nearMiss(question(1), typed: "IAN", right: false), at: start.addingTimeInterval(10),
      timeZone: utc)
    try store.answer(question(2), .good, at: start.addingTimeInterval(20))
    let log = try store.reviewLog()
    #expect(log.map(\.answer) == ["보앙그릅", "IAN", nil])
    #expect(log.map(\.nearMissDecision) == [.countedRight, .countedWrong, nil])
    #expect(log.map(\.isCorrect) == [true, false, true])
    #expect(try store.dailyCounters().first?.correct == 2)
  }

  @Test func undoGivesTheDecisionBackAndLeavesEarlierOnesAlone() throws {
    let store = try makeStore(questions(2), at: start)
    try store.recordAnswer(
      nearMiss(question(0), typed: "보앙그릅", right: true), at: start, timeZone: utc)
    try store.recordAnswer(
      nearMiss(question(1), typed: "IAN", right: false), at: start.addingTimeInterval(10),
      timeZone: utc)
    let undone = try store.undoLastAnswer()
    #expect(undone.review.nearMissDecision == .countedWrong)
    #expect(undone.review.answer == "IAN")
    let log = try store.reviewLog()
    #expect(log.count == 1)
    #expect(log.first?.nearMissDecision == .countedRight)
    #expect(log.first?.answer == "보앙그릅")
  }

  @Test func rebuildImportAndCheckKeepTheColumn() throws {
    let store = try makeStore(questions(3), at: start)
    try store.recordAnswer(
      nearMiss(question(0), typed: "보앙그릅", right: true), at: start, timeZone: utc)
    try store.answer(question(0), .good, at: start.addingTimeInterval(600))
    let before = try store.reviewLog()
    try store.importAnswers(
      [
        ImportedAnswer(
          questionID: question(1).id, rating: .again, at: start.addingTimeInterval(900))
      ],
      timeZone: utc)
    let report = try store.rebuildCache()
    #expect(report.isConsistent)
    #expect(try store.check().isSound)
    let after = try store.reviewLog()
    #expect(Array(after.prefix(2)) == before)
    #expect(after.map(\.nearMissDecision) == [.countedRight, nil, nil])
  }

  @Test func theSchemaRefusesAnUnknownDecision() throws {
    let store = try makeStore(questions(1), at: start)
    func insert(_ decision: String) throws {
      try store.writer.write { db in
        try db.execute(
          sql: """
            INSERT INTO review (questionID, reviewedAt, studyDay, rating, isCorrect, responseMs,
              mode, isScheduled, stateBefore, retrievabilityBefore, nearMiss)
            VALUES (?, 1, 1, 3, 1, 0, 'exam', 0, 0, 1, ?)
            """, arguments: [question(0).id, decision])
      }
    }
    try insert("countedRight")
    #expect(throws: (any Error).self) { try insert("maybe") }
    #expect(try store.reviewLog().map(\.nearMissDecision) == [.countedRight])
  }

  @Test func aStoreFromBeforeTheColumnIsMigratedWithNoDecisions() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try makeStoreFile(at: folder.store, answers: 2)
    let queue = try DatabaseQueue(path: folder.store.path)
    try queue.write { db in
      try db.execute(
        sql: """
          ALTER TABLE review DROP COLUMN nearMiss;
          DELETE FROM grdb_migrations WHERE identifier = 'v3-review-near-miss';
          """)
    }
    try queue.close()
    let store = try AppDatabase.open(at: folder.store, now: start.addingTimeInterval(86_400))
    #expect(store.backups().map(\.reason) == [.beforeMigration])
    #expect(try store.reviewLog().map(\.nearMiss) == [nil, nil])
    try store.recordAnswer(
      nearMiss(question(3), typed: "키 3", right: false), at: start.addingTimeInterval(100),
      timeZone: utc)
    #expect(try store.reviewLog().map(\.nearMissDecision) == [nil, nil, .countedWrong])
    #expect(try store.check().isSound)
    try store.close()
  }
}
