import Foundation
import Testing

@testable import StudyCore

/// Half-to-even rounding of intervals and the whole-day boundary of elapsed time.
@Suite struct SchedulerRoundingTests {
  @Test(arguments: [(0.5, 1), (1.5, 2), (2.5, 2), (3.5, 4), (4.5, 4), (6.5, 6), (10.5, 10)])
  func intervalsRoundHalfToEven(stability: Double, days: Int) {
    #expect(FSRSScheduler().intervalDays(stability: stability) == days)
  }

  /// End to end: a first Easy review with `w3` = 2.5 (or 3.5) and no learning steps.
  @Test(arguments: [(2.5, "2024-05-03T08:00:00Z"), (3.5, "2024-05-05T08:00:00Z")])
  func firstEasyReviewRoundsHalfToEven(initialEasyStability: Double, due: String) throws {
    let parameters = try settings(
      weights: weights(setting: 3, to: initialEasyStability), learning: [])
    let now = try instant("2024-05-01T08:00:00Z")
    let outcome = try FSRSScheduler(parameters: parameters).review(
      .new(due: now), rating: .easy, at: now)
    #expect(outcome.card.state == .review)
    #expect(outcome.card.due == (try instant(due)))
  }

  @Test func intervalsStayWithinOneDayAndTheMaximum() throws {
    let scheduler = FSRSScheduler(parameters: try settings(maximumInterval: 30))
    #expect(scheduler.intervalDays(stability: 0.001) == 1)
    #expect(scheduler.intervalDays(stability: 29.4) == 29)
    #expect(scheduler.intervalDays(stability: 1000) == 30)
  }

  @Test(arguments: [(86_340.0, 0), (86_399.0, 0), (86_399.999999, 0), (86_400.0, 1), (-1.0, -1)])
  func elapsedDaysCountWholeDays(seconds: Double, days: Int) throws {
    let start = try instant("2024-02-28T12:00:00Z")
    #expect(ElapsedDays.between(start, start.addingTimeInterval(seconds)) == days)
  }

  /// 23 h 59 min after a review is the same day: R is 1 and the same-day formula applies, so a
  /// Good answer leaves stability as it was; a full day later the long-term formula raises it.
  @Test func twentyThreeHoursFiftyNineMinutesIsTheSameDay() throws {
    let scheduler = FSRSScheduler(parameters: try settings(learning: []))
    let start = try instant("2024-03-01T09:00:00Z")
    let card = try scheduler.review(.new(due: start), rating: .good, at: start).card
    #expect(card.stability == 2.3065)

    let sameDay = start.addingTimeInterval(23 * 3600 + 59 * 60)
    #expect(scheduler.retrievability(of: card, at: sameDay) == 1.0)
    let early = try scheduler.review(card, rating: .good, at: sameDay)
    #expect(early.elapsedDays == 0)
    #expect(early.card.stability == 2.3065)
    #expect(early.card.difficulty == 2.111214235785395)
    #expect(early.card.due == (try instant("2024-03-04T08:59:00Z")))

    let nextDay = start.addingTimeInterval(86_400)
    #expect(scheduler.retrievability(of: card, at: nextDay) == 0.9468474993825461)
    let late = try scheduler.review(card, rating: .good, at: nextDay)
    #expect(late.elapsedDays == 1)
    #expect(late.card.stability == 7.31530074407728)
    #expect(late.card.due == (try instant("2024-03-09T09:00:00Z")))
  }

  @Test func retrievabilityFollowsTheForgettingCurve() throws {
    let scheduler = FSRSScheduler()
    let start = try instant("2024-01-01T00:00:00Z")
    let card = SchedulingCard(
      state: .review, step: nil, memory: MemoryState(stability: 10, difficulty: 5),
      due: start, lastReview: start)
    #expect(scheduler.retrievability(of: .new(due: start), at: start) == 0)
    #expect(scheduler.retrievability(of: card, at: start.addingTimeInterval(-86_400 * 5)) == 1)
    let atStability = scheduler.retrievability(of: card, at: start.addingTimeInterval(10 * 86_400))
    #expect(atStability == 0.9)
    let later = scheduler.retrievability(of: card, at: start.addingTimeInterval(100 * 86_400))
    #expect(later == 0.6928266345726217)
  }
}
