import Foundation
import Testing

@testable import StudyCore

/// One answer through the review policy: the card after it and the log row, with no store.
@Suite struct ReviewPolicyTests {
  let scheduler = FSRSScheduler()

  func day(_ now: Date) -> StudyDay {
    StudyDay(containing: now, timeZone: TimeZone(secondsFromGMT: 0) ?? .current, startHour: 4)
  }

  @Test func aDrillAnswerGoesThroughTheSchedulerAndIsLoggedWithTheStateBefore() throws {
    let now = try instant("2026-03-10T09:00:00Z")
    let card = CardProgress.new(introducedAt: try instant("2026-03-01T00:00:00Z"))
    let answer = Answer(questionID: "q1", rating: .good, given: "ALB", responseMs: 4_200)
    let decision = try ReviewPolicy.review(
      answer, card: card, day: day(now), scheduler: scheduler, at: now)
    let expected = try scheduler.review(card.card, rating: .good, at: now)
    #expect(decision.outcome == expected)
    #expect(decision.after == card.applying(expected))
    #expect(decision.after.reps == 1)
    #expect(
      decision.entry
        == ReviewLogEntry(
          questionID: "q1", reviewedAt: now, studyDay: day(now).number, rating: .good,
          given: "ALB", isCorrect: true, responseMs: 4_200, mode: .drill, isScheduled: true,
          fuzz: nil, stateBefore: 0, retrievabilityBefore: expected.retrievabilityBefore,
          nearMiss: nil))
    #expect(!decision.becameLeech)
  }

  @Test func anExamAnswerLeavesTheCardAndLogsItsRecall() throws {
    let start = try instant("2026-03-01T09:00:00Z")
    let reviewed = try scheduler.review(
      CardProgress.new(introducedAt: start).card, rating: .good, at: start)
    let card = CardProgress.new(introducedAt: start).applying(reviewed)
    let now = try instant("2026-03-12T09:00:00Z")
    let answer = Answer(questionID: "q1", rating: .again, mode: .exam)
    let decision = try ReviewPolicy.review(
      answer, card: card, day: day(now), scheduler: scheduler, at: now)
    #expect(decision.after == card)
    #expect(decision.outcome == nil)
    #expect(!decision.entry.isScheduled)
    #expect(decision.entry.stateBefore == card.card.state.rawValue)
    #expect(decision.entry.retrievabilityBefore == scheduler.retrievability(of: card.card, at: now))
    #expect(decision.entry.retrievabilityBefore < 1)
  }

  @Test func theEighthLapseMakesALeech() throws {
    var card = CardProgress.new(introducedAt: try instant("2026-01-01T00:00:00Z"))
    card.card = SchedulingCard(
      state: .review, step: nil, memory: MemoryState(stability: 10, difficulty: 6),
      due: try instant("2026-03-01T00:00:00Z"), lastReview: try instant("2026-02-20T00:00:00Z"))
    card.reps = 20
    card.lapses = CardProgress.leechLapses - 1
    let now = try instant("2026-03-02T00:00:00Z")
    let decision = try ReviewPolicy.review(
      Answer(questionID: "q1", rating: .again), card: card, day: day(now), scheduler: scheduler,
      at: now)
    #expect(decision.after.lapses == CardProgress.leechLapses)
    #expect(decision.after.isLeech && decision.after.isSuspended)
    #expect(decision.becameLeech)
  }

  @Test func aTimeBeforeTheLastReviewIsRefused() throws {
    let start = try instant("2026-03-10T09:00:00Z")
    let card = CardProgress.new(introducedAt: start).applying(
      try scheduler.review(CardProgress.new(introducedAt: start).card, rating: .good, at: start))
    let earlier = try instant("2026-03-09T09:00:00Z")
    #expect(throws: SchedulerError.self) {
      try ReviewPolicy.review(
        Answer(questionID: "q1", rating: .good), card: card, day: day(earlier),
        scheduler: self.scheduler, at: earlier)
    }
  }
}
