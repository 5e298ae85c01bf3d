import Foundation
import Testing

@testable import StudyCore

/// The four outcomes shown on the answer screen, pinned to the reference's numbers.
@Suite struct SchedulerPreviewTests {
  @Test func newCardPreviewMatchesTheReference() throws {
    let now = try instant("2024-03-01T09:00:00Z")
    let outcomes = try FSRSScheduler().preview(.new(due: now), at: now)
    let expected: [(CardState, Int?, Double, Double, String)] = [
      (.learning, 0, 0.212, 6.4133, "2024-03-01T09:01:00Z"),
      (.learning, 0, 1.2931, 5.112170705601056, "2024-03-01T09:05:30Z"),
      (.learning, 1, 2.3065, 2.118103970459016, "2024-03-01T09:10:00Z"),
      (.review, nil, 8.2956, 1.0, "2024-03-09T09:00:00Z"),
    ]
    for (outcome, want) in zip(outcomes.all, expected) {
      #expect(outcome.card.state == want.0)
      #expect(outcome.card.step == want.1)
      #expect(outcome.card.stability == want.2)
      #expect(outcome.card.difficulty == want.3)
      #expect(UTCTimestamp.format(outcome.card.due) == want.4)
      #expect(outcome.retrievabilityBefore == 0)
      #expect(outcome.elapsedDays == nil)
    }
  }

  @Test func reviewCardPreviewMatchesTheReference() throws {
    let scheduler = FSRSScheduler(parameters: try settings(learning: []))
    let start = try instant("2024-03-01T09:00:00Z")
    let card = try scheduler.review(.new(due: start), rating: .good, at: start).card
    let now = start.addingTimeInterval(3 * 86_400)
    let outcomes = try scheduler.preview(card, at: now)
    #expect(outcomes.again.card.state == .relearning)
    #expect(outcomes.again.card.stability == 0.6368506992409603)
    #expect(outcomes.again.card.difficulty == 7.394502741279718)
    #expect(UTCTimestamp.format(outcomes.again.card.due) == "2024-03-04T09:10:00Z")
    #expect(outcomes.hard.card.stability == 9.234870781784839)
    #expect(outcomes.hard.card.difficulty == 4.752858488532557)
    #expect(outcomes.hard.intervalDays == 9)
    #expect(outcomes.good.card.stability == 13.826903694354568)
    #expect(outcomes.good.intervalDays == 14)
    #expect(outcomes.easy.card.stability == 23.88306407915667)
    #expect(outcomes.easy.card.difficulty == 1.0)
    #expect(outcomes.easy.intervalDays == 24)
    #expect(outcomes.all.map(\.elapsedDays) == [3, 3, 3, 3])
  }

  @Test func previewEqualsReviewingWithEachRating() throws {
    let scheduler = FSRSScheduler()
    let now = try instant("2024-03-01T09:00:00Z")
    let card = SchedulingCard(
      state: .review, step: nil, memory: MemoryState(stability: 30, difficulty: 6),
      due: now, lastReview: now.addingTimeInterval(-40 * 86_400))
    let outcomes = try scheduler.preview(card, at: now, fuzz: 0.3)
    for rating in Rating.allCases {
      #expect(outcomes[rating] == (try scheduler.review(card, rating: rating, at: now, fuzz: 0.3)))
      #expect(outcomes[rating].rating == rating)
    }
  }
}
