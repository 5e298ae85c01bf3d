import Foundation
import ProgressStore
import StudyCore
import Testing

/// The log is read by question id bytes: ids the bank makes (`q` + 16 hex digits) and any
/// other id must count the same.
@Suite struct ReportKeyTests {
  @Test func idsOfAnyShapeAreCountedApart() throws {
    let ids = ["q00000000000000ab", "q00000000000000AB", "qab", "custom id", "q0000000000000ab"]
    let questions = ids.enumerated().map { index, id in
      var question = ReportFixture.question(
        index, note: "n", topic: "T", prompt: "Q\(index)?")
      question.id = id
      return question
    }
    let store = try AppDatabase.inMemory()
    try store.reconcile(with: questions, at: ReportFixture.start)
    for (index, question) in questions.enumerated() {
      for step in 0...index {
        try store.recordAnswer(
          Answer(questionID: question.id, rating: step % 2 == 0 ? .easy : .again),
          at: ReportFixture.day(Double(step)), timeZone: ReportFixture.utc)
      }
    }
    let rows = try store.reportQuestionRows(at: ReportFixture.now, timeZone: ReportFixture.utc)
    let counts = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.reviews) })
    #expect(counts == Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0 + 1) }))
    let intervals = try store.report(at: ReportFixture.now, timeZone: ReportFixture.utc)
      .retentionByInterval
    // Every answer after a card's first came one day after the one before.
    #expect(intervals[1].label == "1d" && intervals[1].recall.reviews > 0)
    #expect(intervals.filter { $0.label != "1d" }.allSatisfy { $0.recall.reviews == 0 })
  }
}
