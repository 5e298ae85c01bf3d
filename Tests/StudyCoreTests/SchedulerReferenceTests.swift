import Foundation
import Testing

@testable import StudyCore

/// The reference implementation's own published test results, reproduced input for input.
@Suite struct SchedulerReferenceTests {
  /// The reference's `test_review_card`: no fuzz, each review at the previous due date.
  @Test func reviewHistoryGivesThePublishedIntervals() throws {
    let scheduler = FSRSScheduler()
    let ratings: [Rating] =
      Array(repeating: .good, count: 6) + [.again, .again] + Array(repeating: .good, count: 5)
    var now = try instant("2022-11-29T12:30:00Z")
    var card = SchedulingCard.new(due: now)
    var intervals: [Int] = []
    for rating in ratings {
      let outcome = try scheduler.review(card, rating: rating, at: now)
      intervals.append(outcome.intervalDays)
      card = outcome.card
      now = card.due
    }
    #expect(intervals == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
  }

  /// The reference's `test_memo_state`: reviews 0, 0, 1, 3, 8 and 21 days apart.
  @Test func memoryStateMatchesThePublishedValues() throws {
    let scheduler = FSRSScheduler()
    let ratings: [Rating] = [.again, .good, .good, .good, .good, .good]
    let gaps = [0, 0, 1, 3, 8, 21]
    var now = try instant("2022-11-29T12:30:00Z")
    var card = SchedulingCard.new(due: now)
    for (rating, gap) in zip(ratings, gaps) {
      now = now.addingTimeInterval(Double(gap) * 86_400)
      card = try scheduler.review(card, rating: rating, at: now).card
    }
    #expect(card.stability == 53.626902917141365)
    #expect(card.difficulty == 6.357487083997829)
  }

  /// The reference's `test_repeated_correct_reviews`: ten Easy reviews drive difficulty to 1.
  @Test func repeatedEasyReviewsReachMinimumDifficulty() throws {
    let scheduler = FSRSScheduler()
    let start = try instant("2022-11-29T12:30:00Z")
    var card = SchedulingCard.new(due: start)
    for micro in 0..<10 {
      let now = UTCTimestamp.date(unixMicros: UTCTimestamp.unixMicros(start) + Int64(micro))
      card = try scheduler.review(card, rating: .easy, at: now).card
    }
    #expect(card.difficulty == 1.0)
  }

  /// The reference's `test_same_day_hard_review_does_not_decrease_stability`.
  @Test func sameDayHardKeepsStability() throws {
    let scheduler = FSRSScheduler(parameters: try settings(learning: []))
    let now = try instant("2026-01-01T00:00:00Z")
    let first = try scheduler.review(.new(due: now), rating: .good, at: now).card
    let second = try scheduler.review(first, rating: .hard, at: now.addingTimeInterval(60)).card
    #expect(second.stability == first.stability)
  }

  /// The reference's `test_stability_lower_bound`: lapses never take stability under 0.001.
  @Test func stabilityNeverFallsBelowTheFloor() throws {
    let scheduler = FSRSScheduler()
    var card = SchedulingCard.new(due: try instant("2024-01-01T00:00:00Z"))
    var lowest = Double.infinity
    for _ in 0..<1000 {
      card = try scheduler.review(card, rating: .again, at: card.due.addingTimeInterval(86_400))
        .card
      lowest = min(lowest, card.stability ?? 0)
    }
    #expect(lowest == 0.001)
  }
}
