import Foundation
import Testing

@testable import StudyCore

/// The learning and relearning state machine, and the checks made before a review.
@Suite struct SchedulerStepTests {
  let start: Date

  init() throws {
    start = try instant("2024-03-01T09:00:00Z")
  }

  @Test func hardOnTheFirstOfOneStepWaitsHalfAgainAsLong() throws {
    let scheduler = FSRSScheduler(parameters: try settings(learning: [600]))
    let outcome = try scheduler.review(.new(due: start), rating: .hard, at: start)
    #expect(outcome.card.state == .learning)
    #expect(outcome.card.step == 0)
    #expect(outcome.card.due == start.addingTimeInterval(900))
  }

  @Test func hardOnALaterStepRepeatsThatStep() throws {
    let scheduler = FSRSScheduler()
    let first = try scheduler.review(.new(due: start), rating: .good, at: start).card
    #expect(first.step == 1)
    let second = try scheduler.review(first, rating: .hard, at: first.due).card
    #expect(second.step == 1)
    #expect(second.due == first.due.addingTimeInterval(600))
  }

  @Test func goodOnTheLastStepGraduates() throws {
    let scheduler = FSRSScheduler()
    var card = try scheduler.review(.new(due: start), rating: .good, at: start).card
    card = try scheduler.review(card, rating: .good, at: card.due).card
    #expect(card.state == .review)
    #expect(card.step == nil)
  }

  @Test func withoutLearningStepsEveryRatingGraduates() throws {
    let scheduler = FSRSScheduler(parameters: try settings(learning: []))
    for rating in Rating.allCases {
      let card = try scheduler.review(.new(due: start), rating: rating, at: start).card
      #expect(card.state == .review)
      #expect(card.step == nil)
    }
  }

  @Test func lapseStartsRelearningOrStaysInReviewWithoutSteps() throws {
    let card = SchedulingCard(
      state: .review, step: nil, memory: MemoryState(stability: 20, difficulty: 5),
      due: start, lastReview: start.addingTimeInterval(-20 * 86_400))
    let relearning = try FSRSScheduler().review(card, rating: .again, at: start).card
    #expect(relearning.state == .relearning)
    #expect(relearning.step == 0)
    #expect(relearning.due == start.addingTimeInterval(600))

    let noSteps = FSRSScheduler(parameters: try settings(relearning: []))
    let stays = try noSteps.review(card, rating: .again, at: start)
    #expect(stays.card.state == .review)
    #expect(stays.intervalDays >= 1)
  }

  /// A step index past the end is left by settings that had more steps: Good graduates, Again
  /// restarts the steps.
  @Test func aStepPastTheEndGraduatesUnlessForgotten() throws {
    let card = SchedulingCard(
      state: .learning, step: 3, memory: MemoryState(stability: 2, difficulty: 5), due: start,
      lastReview: start.addingTimeInterval(-600))
    let scheduler = FSRSScheduler()
    #expect(try scheduler.review(card, rating: .good, at: start).card.state == .review)
    let again = try scheduler.review(card, rating: .again, at: start).card
    #expect(again.state == .learning)
    #expect(again.step == 0)
    #expect(again.due == start.addingTimeInterval(60))
  }

  @Test func aReviewBeforeTheLastOneIsRefused() throws {
    let scheduler = FSRSScheduler()
    let card = try scheduler.review(.new(due: start), rating: .good, at: start).card
    let earlier = start.addingTimeInterval(-1)
    #expect(throws: SchedulerError.reviewBeforeLastReview(review: earlier, lastReview: start)) {
      try scheduler.review(card, rating: .good, at: earlier)
    }
    #expect(
      SchedulerError.reviewBeforeLastReview(review: earlier, lastReview: start).description
        == "review time 2024-03-01T08:59:59Z is earlier than the card's last review "
        + "2024-03-01T09:00:00Z")
  }

  @Test func contradictoryCardsAreRefused() {
    let scheduler = FSRSScheduler()
    let noMemory = SchedulingCard(
      state: .review, step: nil, memory: nil, due: start, lastReview: start)
    #expect(throws: SchedulerError.inconsistentCard("a review card needs stability and difficulty"))
    {
      try scheduler.review(noMemory, rating: .good, at: start)
    }
    let zero = SchedulingCard(
      state: .relearning, step: 0, memory: MemoryState(stability: 0, difficulty: 5), due: start,
      lastReview: start)
    #expect(throws: SchedulerError.self) { try scheduler.review(zero, rating: .good, at: start) }
    let negativeStep = SchedulingCard(
      state: .learning, step: -1, memory: nil, due: start, lastReview: nil)
    #expect(throws: SchedulerError.self) {
      try scheduler.review(negativeStep, rating: .hard, at: start)
    }
  }

  @Test func cardsSurviveJSON() throws {
    let card = try FSRSScheduler().review(.new(due: start), rating: .good, at: start).card
    let data = try JSONEncoder().encode(card)
    #expect(try JSONDecoder().decode(SchedulingCard.self, from: data) == card)
  }
}
