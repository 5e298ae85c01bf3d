import Foundation
import Testing

@testable import StudyCore

/// The fuzz range and draw, worked out by hand from the reference's formula.
@Suite struct SchedulerFuzzTests {
  /// delta = 1 + 0.15·(min(I,7) − 2.5) + 0.10·(min(I,20) − 7) + 0.05·(I − 20), parts below 0
  /// counted as 0; low = max(2, round(I − delta)), high = round(I + delta), half to even.
  @Test(arguments: [
    (3, 2, 4),  // delta 1.075
    (7, 5, 9),  // delta 1.675: 5.325 -> 5, 8.675 -> 9
    (10, 8, 12),  // delta 1.975
    (20, 17, 23),  // delta 2.975
    (100, 93, 107),  // delta 6.975
    (1000, 948, 1052),  // delta 51.975
  ])
  func rangeGrowsWithTheInterval(days: Int, low: Int, high: Int) {
    let range = IntervalFuzz.range(days: days, maximumInterval: 36500)
    #expect(range.low == low)
    #expect(range.high == high)
  }

  @Test(arguments: [
    (0.0, 93),  // the bottom of the range
    (0.5, 100),  // 0.5 * 15 + 93 = 100.5, rounded half to even
    (0.6, 102),  // 9.0 + 93
    (0.95, 107),  // 14.25 + 93
    (0.99, 108),  // 14.85 + 93 rounds past the top, as the reference's does
  ])
  func drawPicksWithinTheRange(u: Double, days: Int) {
    #expect(FSRSScheduler().fuzzedIntervalDays(100, u: u) == days)
  }

  @Test func shortIntervalsAreNotFuzzed() {
    #expect(FSRSScheduler().fuzzedIntervalDays(1, u: 0.99) == 1)
    #expect(FSRSScheduler().fuzzedIntervalDays(2, u: 0.99) == 2)
  }

  @Test func fuzzNeverPassesTheMaximumInterval() throws {
    let scheduler = FSRSScheduler(parameters: try settings(maximumInterval: 100))
    #expect(scheduler.fuzzedIntervalDays(100, u: 0.99) == 100)
    #expect(scheduler.fuzzedIntervalDays(100, u: 0) == 93)
  }

  @Test func reviewAppliesTheDrawToReviewIntervalsOnly() throws {
    let scheduler = FSRSScheduler()
    let now = try instant("2024-06-01T12:00:00Z")
    let reviewCard = SchedulingCard(
      state: .review, step: nil, memory: MemoryState(stability: 100, difficulty: 5),
      due: now, lastReview: now)
    // Same day, Good: stability stays 100 (the same-day increase is clamped to 1).
    let fuzzed = try scheduler.review(reviewCard, rating: .good, at: now, fuzz: 0)
    #expect(fuzzed.card.stability == 100)
    #expect(fuzzed.intervalDays == 93)
    let plain = try scheduler.review(reviewCard, rating: .good, at: now)
    #expect(plain.intervalDays == 100)
    let learning = try scheduler.review(.new(due: now), rating: .good, at: now, fuzz: 0.99)
    #expect(learning.card.due == now.addingTimeInterval(600))
  }

  @Test(arguments: [1.0, -0.001, Double.nan])
  func drawsOutsideTheUnitIntervalAreRejected(u: Double) throws {
    let now = try instant("2024-06-01T12:00:00Z")
    #expect(throws: SchedulerError.self) {
      try FSRSScheduler().review(.new(due: now), rating: .good, at: now, fuzz: u)
    }
  }
}
