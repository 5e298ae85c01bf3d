import Foundation
import ProgressStore
import Testing

@testable import NoteDrillApp
@testable import StudyCore

/// Exam fixtures: the drill's hand-made questions as exam slots.
enum ExamFixtures {
  static func slots(_ questions: [Question]) -> [ExamSlot] {
    questions.enumerated().map { offset, question in
      ExamSlot(
        pick: ExamPick(question: question, domain: offset % 2 == 0 ? "네트워크" : "메시징"))
    }
  }

  static func session(
    _ questions: [Question] = [Fixtures.single, Fixtures.multiple, Fixtures.trueFalse],
    mode: ExamMode = .timed, limitSeconds: Int? = 60
  ) -> ExamSession {
    ExamSession(
      attemptID: 1,
      settings: ExamSettings(seed: 7, mode: mode, timeLimitSeconds: limitSeconds),
      slots: slots(questions), grader: TypedAnswerGrader(otherTerms: ["SNS", "SQS"]),
      at: Fixtures.start)
  }
}

/// The exam state machine: clock ticks, answers, flags, the navigator, handing in.
@Suite struct ExamSessionTests {
  @Test func timeUpHandsTheExamInFromFixedTicks() {
    var session = ExamFixtures.session()
    _ = session.answer(.choices([1]), at: Fixtures.at(5))
    _ = session.tick(at: Fixtures.at(30))
    #expect(session.remainingMs == 30_000)
    #expect(session.result == nil)
    let effects = session.tick(at: Fixtures.at(61))
    let result = try? #require(session.result)
    #expect(result?.timedOut == true)
    #expect(result?.elapsedMs == 60_000)
    #expect(result?.correct == 1)
    #expect(session.remainingMs == 0)
    guard case .handIn(let elapsed, let answers)? = effects.first else {
      Issue.record("expected a hand-in, got \(effects)")
      return
    }
    #expect(elapsed == 60_000)
    #expect(answers.map(\.answer) == ["VPC", nil, nil])
    // Nothing moves after the results.
    #expect(session.tick(at: Fixtures.at(90)).isEmpty)
    #expect(session.answer(.choices([0]), at: Fixtures.at(91)).isEmpty)
  }

  @Test func theClockIsSavedEveryTenSecondsOfExamTime() {
    var session = ExamFixtures.session()
    #expect(session.tick(at: Fixtures.at(9)).isEmpty)
    #expect(
      session.tick(at: Fixtures.at(10))
        == [
          .saveProgress(
            elapsedMs: 10_000, position: 0,
            answers: [
              ExamAnswerUpdate(
                position: 0, answer: nil, isCorrect: nil, isFlagged: false, timeSpentMs: 10_000)
            ])
        ])
    #expect(session.tick(at: Fixtures.at(19)).isEmpty)
    #expect(session.tick(at: Fixtures.at(20)).count == 1)
  }

  @Test func multipleResponseIsAllOrNothing() {
    var session = ExamFixtures.session()
    _ = session.go(to: 1, at: Fixtures.at(1))
    // SNS and SQS are options 1 and 3 (indices 0 and 2).
    _ = session.answer(.choices([0]), at: Fixtures.at(2))
    #expect(session.current?.isCorrect == false)
    _ = session.answer(.choices([0, 2, 3]), at: Fixtures.at(3))
    #expect(session.current?.isCorrect == false)
    _ = session.answer(.choices([0, 2]), at: Fixtures.at(4))
    #expect(session.current?.isCorrect == true)
    #expect(session.current?.given == "SNS; SQS")
    _ = session.submit(at: Fixtures.at(5))
    #expect(session.result?.correct == 1)
    #expect(session.result?.total == 3)
    #expect(session.result?.percent == 33)
  }

  @Test func theNavigatorShowsAnsweredFlaggedAndBlank() {
    var session = ExamFixtures.session()
    _ = session.answer(.choices([1]), at: Fixtures.at(1))
    _ = session.toggleFlag(at: Fixtures.at(2))
    _ = session.openNavigator(at: Fixtures.at(3))
    #expect(session.phase == .navigator)
    _ = session.go(to: 2, at: Fixtures.at(4))
    #expect(session.phase == .question)
    #expect(session.index == 2)
    _ = session.toggleFlag(at: Fixtures.at(5))
    #expect(session.slots.map(\.status) == [.flaggedAnswered, .blank, .flaggedBlank])
    #expect(session.blankPositions == [1, 2])
    #expect(session.flaggedPositions == [0, 2])
    _ = session.toggleFlag(at: Fixtures.at(6))
    #expect(session.slots[2].status == .blank)
  }

  @Test func answersCanBeChangedAndClearedInTimedMode() {
    var session = ExamFixtures.session()
    _ = session.answer(.choices([0]), at: Fixtures.at(1))
    #expect(session.current?.isCorrect == false)
    _ = session.answer(.choices([1]), at: Fixtures.at(2))
    #expect(session.current?.isCorrect == true)
    let cleared = session.clearAnswer(at: Fixtures.at(3))
    #expect(session.current?.given == nil)
    #expect(cleared.count == 1)
  }

  @Test func timeSpentIsCountedPerQuestionOverEveryVisit() {
    var session = ExamFixtures.session(limitSeconds: nil)
    _ = session.go(to: 1, at: Fixtures.at(4))
    _ = session.go(to: 0, at: Fixtures.at(10))
    _ = session.openNavigator(at: Fixtures.at(13))
    _ = session.go(to: 2, at: Fixtures.at(20))
    _ = session.submit(at: Fixtures.at(21))
    #expect(session.slots.map(\.timeSpentMs) == [7_000, 6_000, 1_000])
    #expect(session.result?.elapsedMs == 21_000)
    #expect(session.remainingMs == nil)
  }

  @Test func submittingAsksFirstAndCanBeCancelled() {
    var session = ExamFixtures.session()
    _ = session.requestSubmit(at: Fixtures.at(1))
    #expect(session.phase == .confirmSubmit)
    _ = session.backToQuestion(at: Fixtures.at(2))
    #expect(session.phase == .question)
    _ = session.requestSubmit(at: Fixtures.at(3))
    let effects = session.submit(at: Fixtures.at(4))
    #expect(session.result?.timedOut == false)
    #expect(session.result?.domains.map(\.domain) == ["네트워크", "메시징"])
    #expect(effects.count == 1)
  }

  @Test func practiceShowsTheAnswerLocksItAndPausesTheClock() {
    var session = ExamFixtures.session(mode: .practice)
    _ = session.answer(.choices([0]), at: Fixtures.at(1))
    #expect(session.revealed == [0])
    #expect(session.answer(.choices([1]), at: Fixtures.at(2)).isEmpty)
    #expect(session.current?.isCorrect == false)
    _ = session.pause(at: Fixtures.at(10))
    #expect(session.phase == .paused)
    #expect(session.tick(at: Fixtures.at(500)).isEmpty)
    _ = session.resume(at: Fixtures.at(500))
    _ = session.tick(at: Fixtures.at(505))
    #expect(session.elapsedMs == 15_000)
    var timed = ExamFixtures.session()
    #expect(timed.pause(at: Fixtures.at(1)).isEmpty)
    #expect(timed.phase == .question)
  }

  @Test func retakesTakeTheMissedOrTheFlaggedQuestions() {
    var session = ExamFixtures.session()
    _ = session.answer(.choices([1]), at: Fixtures.at(1))
    _ = session.go(to: 1, at: Fixtures.at(2))
    _ = session.toggleFlag(at: Fixtures.at(3))
    _ = session.submit(at: Fixtures.at(4))
    #expect(
      session.retakeMissed() == [.retake([session.slots[1].pick, session.slots[2].pick])])
    #expect(session.retakeFlagged() == [.retake([session.slots[1].pick])])
  }
}
