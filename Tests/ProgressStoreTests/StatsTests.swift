import Foundation
import StudyCore
import Testing

@testable import ProgressStore

@Suite struct StatsTests {
  let start: Date

  init() throws { start = try instant("2024-03-01T09:00:00Z") }

  private func day(_ number: Double) -> Date { start.addingTimeInterval(number * 86_400) }

  @Test func cardCountsSplitTheDeck() throws {
    let store = try makeStore(questions(6), at: start)
    try store.answer(question(0), .easy, at: start)  // learned
    try store.answer(question(1), .good, at: start)  // learning
    try store.answer(question(2), .easy, at: start)  // learned, then orphaned
    try store.reconcile(with: [0, 1, 3, 4, 5].map { question($0) }, at: start)
    let cards = try store.stats(at: start.addingTimeInterval(60), timeZone: utc).cards
    #expect(cards == CardCounts(due: 1, learning: 1, new: 3, learned: 1, suspended: 0, orphans: 1))
    let later = try store.stats(at: day(30), timeZone: utc).cards
    #expect(later.due == 2)
  }

  @Test func trueRetentionCountsReviewCardsOnly() throws {
    let store = try makeStore(questions(3), at: start)
    for index in 0..<3 { try store.answer(question(index), .easy, at: start) }
    try store.answer(question(0), .good, at: day(20))
    try store.answer(question(1), .again, at: day(20))
    try store.answer(question(1), .good, at: day(20).addingTimeInterval(900))  // relearning
    try store.answer(question(2), .hard, at: day(26))
    let stats = try store.stats(at: day(26.5), timeZone: utc)
    #expect(
      stats.retention.last7Days == RetentionWindow(days: 7, reviews: 3, recalled: 2, rate: 2.0 / 3))
    let month = try store.stats(at: day(45), timeZone: utc).retention
    #expect(month.last7Days == RetentionWindow(days: 7, reviews: 0, recalled: 0, rate: nil))
    #expect(month.last30Days.reviews == 3)
  }

  @Test func activityAndStreaks() throws {
    let store = try makeStore(questions(4), at: start)
    try store.answer(question(0), .good, at: start)
    for offset in 10...12 { try store.answer(question(offset - 9), .good, at: day(Double(offset))) }
    let onDay12 = try store.stats(at: day(12), timeZone: utc)
    #expect(onDay12.streak == Streak(current: 3, longest: 3))
    #expect(onDay12.reviews == ReviewTotals(total: 4, today: 1))
    #expect(onDay12.reviewsPerDay.count == 30)
    #expect(
      onDay12.reviewsPerDay.last
        == DayActivity(day: "2024-03-13", answers: 1, reviews: 1, newCards: 1, correct: 1))
    #expect(onDay12.reviewsPerDay.map(\.answers).reduce(0, +) == 4)
    #expect(try store.stats(at: day(13), timeZone: utc).streak.current == 3)
    #expect(try store.stats(at: day(14), timeZone: utc).streak == Streak(current: 0, longest: 3))
  }

  @Test func masteryIsMeanRetrievabilityWithNewCardsAsZero() throws {
    let bank = [
      question(0, topic: "A", terms: ["X"]), question(1, topic: "A", terms: ["X"]),
      question(2, topic: "B", terms: ["X", "Y"]), question(3, topic: "B", terms: ["Y"]),
    ]
    let store = try makeStore(bank, at: start)
    try store.answer(bank[0], .easy, at: start)
    try store.answer(bank[1], .easy, at: day(3))
    try store.answer(bank[2], .easy, at: day(3))
    let now = day(10)
    let scheduler = FSRSScheduler()
    let r = try [0, 1, 2].map { index in
      scheduler.retrievability(
        of: try #require(try store.card(questionID: bank[index].id)).card, at: now)
    }
    let stats = try store.stats(at: now, timeZone: utc)
    #expect(stats.topics.map(\.name) == ["B", "A"])
    #expect(stats.topics[0] == Mastery(name: "B", questions: 2, reviewed: 1, mastery: r[2] / 2))
    #expect(
      stats.topics[1] == Mastery(name: "A", questions: 2, reviewed: 2, mastery: (r[0] + r[1]) / 2))
    #expect(
      stats.terms.first { $0.name == "X" }
        == Mastery(name: "X", questions: 3, reviewed: 3, mastery: r.reduce(0, +) / 3))
    #expect(
      stats.terms.first { $0.name == "Y" }
        == Mastery(name: "Y", questions: 2, reviewed: 1, mastery: r[2] / 2))
  }
}
