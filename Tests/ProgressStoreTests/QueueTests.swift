import Foundation
import StudyCore
import Testing

@testable import ProgressStore

@Suite struct QueueTests {
  let start: Date

  init() throws { start = try instant("2024-03-01T09:00:00Z") }

  private func days(_ count: Double) -> TimeInterval { count * 86_400 }

  @Test func learningThenReviewsByRetrievabilityThenNewInNoteOrder() throws {
    let bank = questions(6)
    let store = try makeStore(bank, at: start)
    try store.answer(bank[0], .good, at: start)  // learning, due +10 min
    try store.answer(bank[1], .again, at: start)  // learning, due +1 min
    try store.answer(bank[2], .easy, at: start)  // review
    try store.answer(bank[3], .easy, at: start.addingTimeInterval(days(1)))  // review, a day later
    let now = start.addingTimeInterval(days(20))
    let queue = try store.todayQueue(at: now, timeZone: utc)
    #expect(queue.entries.map(\.questionID) == [0, 1, 2, 3, 4, 5].map { bank[$0].id }.reordered())
    #expect(queue.entries.map(\.reason) == [.learning, .learning, .review, .review, .new, .new])
    let reviews = queue.entries(.review)
    #expect(reviews[0].retrievability < reviews[1].retrievability)
    #expect(reviews[0].retrievability > 0 && reviews[1].retrievability < 1)
    #expect(queue.entries(.new).allSatisfy { $0.retrievability == 0 })
  }

  @Test func learningCardsWaitUntilTheirStepIsDue() throws {
    let store = try makeStore(questions(1), at: start)
    let receipt = try store.answer(question(0), .good, at: start)
    let queue = try store.todayQueue(at: start.addingTimeInterval(60), timeZone: utc)
    #expect(queue.entries.isEmpty)
    #expect(queue.nextLearningDue == receipt.after.card.due)
    let due = try store.todayQueue(at: receipt.after.card.due, timeZone: utc)
    #expect(due.entries.map(\.reason) == [.learning])
  }

  @Test func newCardsStopAtTheDailyLimit() throws {
    let bank = questions(30)
    let store = try makeStore(bank, at: start)
    #expect(try store.todayQueue(at: start, timeZone: utc).entries(.new).count == 20)
    for index in 0..<5 { try store.answer(bank[index], .good, at: start) }
    let queue = try store.todayQueue(at: start.addingTimeInterval(60), timeZone: utc)
    #expect(queue.newIntroducedToday == 5)
    #expect(queue.entries(.new).map(\.questionID) == bank[5..<20].map(\.id))
    try store.updateSetting(.dailyNewLimit, to: "3")
    #expect(try store.todayQueue(at: start.addingTimeInterval(60), timeZone: utc).entries.isEmpty)
    let tomorrow = try store.todayQueue(at: start.addingTimeInterval(days(1)), timeZone: utc)
    #expect(tomorrow.entries(.new).map(\.questionID) == bank[5..<8].map(\.id))
    #expect(tomorrow.entries(.learning).count == 5)
  }

  @Test func onlyOneSiblingPerGroupIsQueued() throws {
    let bank = [
      question(0, group: "A"), question(1, group: "A"), question(2, group: "A"),
      question(3, group: "B"),
    ]
    let store = try makeStore(bank, at: start)
    let first = try store.todayQueue(at: start, timeZone: utc)
    #expect(first.entries.map(\.questionID) == [bank[0].id, bank[3].id])
    #expect(first.buriedSiblings == 2)
    try store.answer(bank[0], .good, at: start)
    let later = start.addingTimeInterval(11 * 60)
    #expect(try store.queueIDs(at: later) == [bank[0].id, bank[3].id])
    try store.answer(bank[0], .good, at: later)  // graduates; due in days
    let tomorrow = start.addingTimeInterval(days(1))
    #expect(try store.queueIDs(at: tomorrow) == [bank[1].id, bank[3].id])
  }

  @Test func aSiblingAnsweredTodayBuriesTheOthersEvenWhenDue() throws {
    let bank = [question(0, group: "A"), question(1, group: "A"), question(2, group: "B")]
    let store = try makeStore(bank, at: start)
    try store.answer(bank[0], .again, at: start)  // learning, due in a minute
    let tomorrow = start.addingTimeInterval(days(1))
    #expect(try store.queueIDs(at: tomorrow) == [bank[0].id, bank[2].id])
    try store.answer(bank[1], .again, at: tomorrow)  // practised out of turn
    let soon = tomorrow.addingTimeInterval(120)
    let queue = try store.todayQueue(at: soon, timeZone: utc)
    #expect(queue.entries.map(\.questionID) == [bank[1].id, bank[2].id])
    #expect(queue.buriedSiblings == 1)
  }

  @Test func aLeechIsFlaggedAndSuspendedAtItsEighthLapse() throws {
    let store = try makeStore(questions(2), at: start)
    let leech = question(0)
    var now = start
    try store.answer(leech, .easy, at: now)
    var receipts: [AnswerReceipt] = []
    for _ in 0..<8 {
      now = now.addingTimeInterval(days(30))
      receipts.append(try store.answer(leech, .again, at: now))
      now = now.addingTimeInterval(15 * 60)
      if receipts.count < 8 { try store.answer(leech, .good, at: now) }
    }
    #expect(receipts.map(\.becameLeech) == [false, false, false, false, false, false, false, true])
    let card = try #require(try store.card(questionID: leech.id))
    #expect(card.lapses == 8 && card.isLeech && card.isSuspended)
    let later = now.addingTimeInterval(days(60))
    #expect(try store.queueIDs(at: later) == [question(1).id])
    let stats = try store.stats(at: later, timeZone: utc)
    #expect(stats.cards.suspended == 1)
    #expect(stats.leeches.map(\.questionID) == [leech.id])
    #expect(stats.leeches.first?.lapses == 8)
  }

  @Test func theNewDayBeginsAtTheDayStartHourInTheLearnersZone() throws {
    let seoul = try zone("Asia/Seoul")
    let bank = questions(25)
    let evening = try instant("2024-03-01T23:00:00+09:00")
    let store = try makeStore(bank, at: evening)
    for index in 0..<20 { try store.answer(bank[index], .easy, at: evening, timeZone: seoul) }
    let beforeFour = try instant("2024-03-02T03:59:59+09:00")
    #expect(try store.todayQueue(at: beforeFour, timeZone: seoul).entries.isEmpty)
    let atFour = try instant("2024-03-02T04:00:00+09:00")
    #expect(try store.todayQueue(at: atFour, timeZone: seoul).entries(.new).count == 5)
    // The same instant is still 2024-03-01 afternoon in New York: the day's 20 are used up.
    let newYork = try zone("America/New_York")
    #expect(try store.todayQueue(at: atFour, timeZone: newYork).entries.isEmpty)
    try store.updateSetting(.dayStartHour, to: "0")
    let afterMidnight = try instant("2024-03-02T00:30:00+09:00")
    #expect(try store.todayQueue(at: afterMidnight, timeZone: seoul).entries(.new).count == 5)
  }
}

extension Array where Element == String {
  /// The first queue test's expected order: learning by due (1, 0), reviews by retrievability
  /// (2, 3), new by note order (4, 5).
  fileprivate func reordered() -> [String] {
    [self[1], self[0], self[2], self[3], self[4], self[5]]
  }
}
