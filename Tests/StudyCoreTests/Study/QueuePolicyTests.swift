import Foundation
import Testing

@testable import StudyCore

/// Today's queue from plain card values: order, sibling burial, the new-card room, and
/// retrievability from the scheduler's forgetting curve.
@Suite struct QueuePolicyTests {
  let now: Date
  let day: StudyDay
  let scheduler = FSRSScheduler()

  init() throws {
    now = try instant("2026-03-10T09:00:00Z")
    day = StudyDay(containing: now, timeZone: TimeZone(secondsFromGMT: 0) ?? .current, startHour: 4)
  }

  func studied(
    _ id: String, _ state: CardState, due: String, last: String, stability: Double?,
    group: String = "", position: Int = 0
  ) throws -> QueueCandidate {
    QueueCandidate(
      questionID: id, state: state, due: try instant(due), lastReview: try instant(last),
      stability: stability, siblingGroup: group, notePosition: position)
  }

  func fresh(_ id: String, position: Int, group: String = "") throws -> QueueCandidate {
    QueueCandidate(
      questionID: id, state: .learning, due: try instant("2026-03-01T00:00:00Z"),
      lastReview: nil, stability: nil, siblingGroup: group, notePosition: position)
  }

  @Test func learningFirstThenReviewsByLowestRecallThenNewInNoteOrder() throws {
    let cards = [
      try studied(
        "r-strong", .review, due: "2026-03-10T00:00:00Z", last: "2026-03-08T00:00:00Z",
        stability: 30),
      try studied(
        "r-weak", .review, due: "2026-03-09T00:00:00Z", last: "2026-02-20T00:00:00Z",
        stability: 3),
      try studied(
        "l-late", .learning, due: "2026-03-10T08:50:00Z", last: "2026-03-10T08:40:00Z",
        stability: 1),
      try studied(
        "l-early", .relearning, due: "2026-03-10T08:30:00Z",
        last: "2026-03-10T08:20:00Z", stability: 1),
      try studied(
        "l-later", .learning, due: "2026-03-10T11:00:00Z", last: "2026-03-10T08:59:00Z",
        stability: 1),
    ]
    let queue = QueuePolicy.queue(
      studied: cards, fresh: [try fresh("n2", position: 2), try fresh("n1", position: 1)],
      answeredToday: [:], day: day, now: now, newLimit: 20, introducedToday: 0,
      scheduler: scheduler)
    #expect(
      queue.entries.map(\.questionID) == ["l-early", "l-late", "r-weak", "r-strong", "n1", "n2"])
    #expect(queue.nextLearningDue == (try instant("2026-03-10T11:00:00Z")))
    let weak = try #require(queue.entries.first { $0.questionID == "r-weak" })
    let expected = scheduler.retrievability(
      of: SchedulingCard(
        state: .review, step: nil, memory: MemoryState(stability: 3, difficulty: 7.2),
        due: weak.due, lastReview: try instant("2026-02-20T00:00:00Z")), at: now)
    #expect(weak.retrievability == expected)
    #expect(weak.retrievability > 0 && weak.retrievability < 0.9)
  }

  @Test func oneCardPerSiblingGroupAndTheNewCardRoomIsWhatTheLimitLeaves() throws {
    let cards = [
      try studied(
        "a1", .review, due: "2026-03-10T00:00:00Z", last: "2026-03-01T00:00:00Z",
        stability: 5, group: "a"),
      try studied(
        "a2", .review, due: "2026-03-10T00:00:00Z", last: "2026-03-01T00:00:00Z",
        stability: 9, group: "a"),
    ]
    let news = [
      try fresh("a3", position: 0, group: "a"), try fresh("n1", position: 1),
      try fresh("n2", position: 2), try fresh("n3", position: 3),
    ]
    let queue = QueuePolicy.queue(
      studied: cards, fresh: news, answeredToday: [:], day: day, now: now, newLimit: 5,
      introducedToday: 3, scheduler: scheduler)
    #expect(queue.entries.map(\.questionID) == ["a1", "n1", "n2"])
    #expect(queue.buriedSiblings == 2)
    #expect(queue.newIntroducedToday == 3)
  }

  @Test func aGroupAnsweredTodayKeepsOnlyTheCardsAnsweredToday() throws {
    let cards = [
      try studied(
        "a1", .review, due: "2026-03-10T00:00:00Z", last: "2026-03-01T00:00:00Z",
        stability: 5, group: "a"),
      try studied(
        "a2", .learning, due: "2026-03-10T08:00:00Z", last: "2026-03-10T07:50:00Z",
        stability: 1, group: "a"),
    ]
    let queue = QueuePolicy.queue(
      studied: cards, fresh: [], answeredToday: ["a": ["a2"]], day: day, now: now,
      newLimit: 20, introducedToday: 0, scheduler: scheduler)
    #expect(queue.entries.map(\.questionID) == ["a2"])
    #expect(queue.buriedSiblings == 1)
  }
}
