import Foundation
import NoteDrillWiring
import ProgressStore
import StudyCore
import Testing

@testable import NoteDrillApp

/// Exams in a real (in-memory) store: saved as they go, resumed, listed, and kept off the
/// schedule unless asked.
@Suite struct ExamRecorderTests {
  static let bank = [Fixtures.single, Fixtures.multiple, Fixtures.trueFalse, Fixtures.typed]

  static func recorder() throws -> (ExamRecorder, AppDatabase) {
    let database = try AppDatabase.inMemory()
    try database.reconcile(with: bank, at: Fixtures.start)
    let recorder = ExamRecorder(
      database: database, questions: bank, grader: TypedAnswerGrader(),
      timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
    return (recorder, database)
  }

  static func picks(seed: UInt64) -> [ExamPick] {
    ExamDraw.draw(from: bank, count: 4, grouping: .sections, seed: seed)
  }

  /// Runs `session`'s effects through `recorder`.
  static func run(
    _ effects: [ExamEffect], _ recorder: ExamRecorder, _ session: ExamSession, at now: Date
  ) throws {
    for effect in effects { try recorder.perform(effect, attemptID: session.attemptID, at: now) }
  }

  @Test func anInterruptedExamIsOfferedWithItsAnswersFlagsAndRemainingTime() throws {
    let (recorder, _) = try Self.recorder()
    let settings = ExamSettings(seed: 11, timeLimitSeconds: 600)
    var session = try recorder.start(Self.picks(seed: 11), settings: settings, at: Fixtures.start)
    let choicePosition = try #require(
      session.slots.firstIndex { $0.pick.question.format == .singleChoice })
    let key = try #require(
      session.slots[choicePosition].pick.question.options.firstIndex(of: "VPC"))
    try Self.run(
      session.go(to: choicePosition, at: Fixtures.at(30)), recorder, session, at: Fixtures.at(30))
    try Self.run(
      session.answer(.choices([key]), at: Fixtures.at(95)), recorder, session, at: Fixtures.at(95))
    try Self.run(session.toggleFlag(at: Fixtures.at(100)), recorder, session, at: Fixtures.at(100))
    #expect(session.tick(at: Fixtures.at(108)).isEmpty)
    // The process dies here: 108 s used, the last save (the flag) at 100 s.
    let offer = try #require(try recorder.unfinished(at: Fixtures.at(4000)))
    let resumed = offer.session
    #expect(resumed.attemptID == session.attemptID)
    #expect(resumed.elapsedMs == 100_000)
    #expect(resumed.remainingMs == 500_000)
    #expect(ExamText.countdown(resumed) == "8:20 left")
    #expect(resumed.index == choicePosition)
    #expect(resumed.slots.map(\.pick) == session.slots.map(\.pick))
    #expect(resumed.slots[choicePosition].response == .choices([key]))
    #expect(resumed.slots[choicePosition].isCorrect == true)
    #expect(resumed.slots[choicePosition].isFlagged)
    #expect(resumed.slots.map(\.status) == session.slots.map(\.status))
    #expect(resumed.slots[choicePosition].timeSpentMs == (choicePosition == 0 ? 100_000 : 70_000))
    // The clock goes on from where it was saved, not from when the process died.
    var again = resumed
    #expect(again.tick(at: Fixtures.at(4000 + 499)).count == 1)
    #expect(again.result == nil)
    _ = again.tick(at: Fixtures.at(4000 + 500))
    #expect(again.result?.timedOut == true)
  }

  @Test func droppingAnAttemptStopsTheOfferAndHistoryListsEveryAttempt() throws {
    let (recorder, _) = try Self.recorder()
    let first = try recorder.start(
      Self.picks(seed: 1), settings: ExamSettings(seed: 1), at: Fixtures.start)
    try recorder.abandon(attemptID: first.attemptID, at: Fixtures.at(5))
    #expect(try recorder.unfinished(at: Fixtures.at(6)) == nil)
    var second = try recorder.start(
      Self.picks(seed: 2), settings: ExamSettings(seed: 2), at: Fixtures.at(10))
    let position = try #require(second.slots.firstIndex { $0.pick.question.id == "q4" })
    try Self.run(
      second.go(to: position, at: Fixtures.at(11)), recorder, second, at: Fixtures.at(11))
    // 참 is choice 1 of a true/false question.
    try Self.run(
      second.answer(.choices([0]), at: Fixtures.at(12)), recorder, second, at: Fixtures.at(12))
    try Self.run(second.submit(at: Fixtures.at(70)), recorder, second, at: Fixtures.at(70))
    let history = try recorder.history()
    #expect(history.map(\.attempt.id) == [first.attemptID, second.attemptID])
    #expect(history.map(\.isAbandoned) == [true, false])
    #expect(history.map(\.isFinished) == [false, true])
    #expect(history[1].answered == 1)
    #expect(history[1].correct == 1)
    #expect(history[1].elapsedMs == 60_000)
    #expect(try recorder.unfinished(at: Fixtures.at(80)) == nil)
  }

  @Test func examAnswersLeaveCardsAloneUnlessTheyCountAsReviews() throws {
    let (recorder, database) = try Self.recorder()
    let before = try Self.bank.map { try database.card(questionID: $0.id) }
    var plain = try recorder.start(
      Self.picks(seed: 3), settings: ExamSettings(seed: 3), at: Fixtures.start)
    try Self.run(
      plain.answer(.choices([0]), at: Fixtures.at(5)), recorder, plain, at: Fixtures.at(5))
    try Self.run(plain.submit(at: Fixtures.at(9)), recorder, plain, at: Fixtures.at(9))
    #expect(try Self.bank.map { try database.card(questionID: $0.id) } == before)
    #expect(try database.reviewLog().isEmpty)

    var counted = try recorder.start(
      Self.picks(seed: 3), settings: ExamSettings(seed: 3, countAsReviews: true),
      at: Fixtures.at(20))
    try Self.run(
      counted.answer(.choices([0]), at: Fixtures.at(25)), recorder, counted, at: Fixtures.at(25))
    try Self.run(counted.submit(at: Fixtures.at(29)), recorder, counted, at: Fixtures.at(29))
    let log = try database.reviewLog()
    #expect(log.count == 1)
    #expect(log.first?.questionID == counted.slots[0].pick.question.id)
    #expect(log.first?.mode == "exam")
    let changed = try database.card(questionID: counted.slots[0].pick.question.id)
    #expect(
      changed != before[Self.bank.firstIndex { $0.id == counted.slots[0].pick.question.id } ?? 0])
  }

  @Test func everyAnswerKeepsTheDomainItWasDrawnFor() throws {
    let (recorder, database) = try Self.recorder()
    let session = try recorder.start(
      Self.picks(seed: 5), settings: ExamSettings(seed: 5), at: Fixtures.start)
    let (_, answers) = try #require(try database.exam(attemptID: session.attemptID))
    #expect(answers.map(\.domain) == session.slots.map(\.pick.domain))
    // One section in one note: the domain is the note.
    #expect(answers.allSatisfy { $0.domain == "aws-network" })
  }
}
