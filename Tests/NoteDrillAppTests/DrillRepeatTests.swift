import Foundation
import ProgressStore
import Testing

@testable import NoteDrillApp
@testable import StudyCore

/// Cards failed (or still in learning steps) come back in the same session when their step is
/// due; the clock is fixed by each call, the scheduler's outcomes are given by hand.
@Suite struct DrillRepeatTests {
  /// What the scheduler would say: still learning, due `seconds` after `now`.
  func learning(dueIn seconds: Double, at now: Date, rating: Rating = .again) -> ReviewOutcome {
    let card = SchedulingCard(
      state: .learning, step: 0, memory: nil, due: now.addingTimeInterval(seconds),
      lastReview: now)
    return ReviewOutcome(
      card: card, rating: rating, reviewedAt: now, elapsedDays: nil, retrievabilityBefore: 0,
      intervalDays: 0)
  }

  /// What the scheduler would say: graduated to review, due in days.
  func graduated(at now: Date) -> ReviewOutcome {
    let card = SchedulingCard(
      state: .review, step: nil, memory: nil, due: now.addingTimeInterval(86_400 * 3),
      lastReview: now)
    return ReviewOutcome(
      card: card, rating: .easy, reviewedAt: now, elapsedDays: nil, retrievabilityBefore: 0,
      intervalDays: 3)
  }

  /// Answers the current card (right or wrong, a choice question) at `seconds`, moves on a
  /// second later, and hands the session the scheduler's outcome for it.
  func answer(
    _ session: inout DrillSession, right: Bool, at seconds: Double,
    outcome: (Date) -> ReviewOutcome?
  ) {
    guard let question = session.current?.question else {
      Issue.record("no card to answer at \(seconds)s")
      return
    }
    let choices = DrillSession.choices(of: question)
    let keys = question.keys.compactMap { choices.firstIndex(of: $0) }
    let response: DrillResponse
    switch question.format {
    case .ordering: response = .order(right ? keys : keys.reversed())
    case .multipleChoice: response = .choices(right ? Set(keys) : Set(keys.prefix(1)))
    default:
      let key = keys.first ?? 0
      response = .choices([right ? key : (key + 1) % max(choices.count, 1)])
    }
    _ = session.submit(response, at: Fixtures.at(seconds))
    let effects = session.next(at: Fixtures.at(seconds + 1))
    #expect(effects.count == 1)
    session.answerSaved(
      outcome(Fixtures.at(seconds + 1)), questionID: question.id, at: Fixtures.at(seconds + 1))
  }

  var four: DrillSession {
    Fixtures.session([Fixtures.single, Fixtures.trueFalse, Fixtures.multiple, Fixtures.ordering])
  }

  @Test func aFailedCardComesBackBeforeTheNextCardOnceItsStepIsDue() {
    var session = four
    answer(&session, right: false, at: 10) { learning(dueIn: 60, at: $0) }  // q1 due at 71
    #expect(session.current?.question.id == "q4")
    #expect(session.items.count == 5)
    answer(&session, right: true, at: 30) { graduated(at: $0) }
    #expect(session.current?.question.id == "q2")  // q1 not due yet at 31
    answer(&session, right: true, at: 80) { graduated(at: $0) }
    #expect(session.current?.question.id == "q1")  // due at 71, asked before q6
    #expect(session.current?.isRepeat == true)
    #expect(session.current?.reason == .learning)
    answer(&session, right: true, at: 90) { graduated(at: $0) }
    #expect(session.current?.question.id == "q6")
    answer(&session, right: true, at: 100) { graduated(at: $0) }
    #expect(session.phase == .finished)
    #expect(session.records.map(\.index) == [0, 1, 2, 4, 3])
  }

  @Test func whenTheQueueRunsOutTheSessionReopensOnAShortStep() {
    var session = Fixtures.session([Fixtures.single, Fixtures.trueFalse])
    answer(&session, right: true, at: 5) { graduated(at: $0) }
    answer(&session, right: false, at: 10) { learning(dueIn: 60, at: $0) }
    // The queue was done when q4 was answered; its repeat, due at 71, is asked at 11.
    #expect(session.phase == .asking)
    #expect(session.current?.question.id == "q4")
    #expect(session.current?.isRepeat == true)
    #expect(session.finishedAt == nil)
    answer(&session, right: true, at: 20) { graduated(at: $0) }
    #expect(session.phase == .finished)
    #expect(session.finishedAt == Fixtures.at(21))
  }

  @Test func earlyRepeatsGoInTheOrderTheirStepsComeDue() {
    var session = Fixtures.session([Fixtures.single, Fixtures.trueFalse])
    answer(&session, right: false, at: 5) { learning(dueIn: 60, at: $0) }  // q1 at 66
    answer(&session, right: true, at: 10) { learning(dueIn: 600, at: $0, rating: .good) }
    #expect(session.current?.question.id == "q1")  // q4's step is at 611
    answer(&session, right: true, at: 20) { graduated(at: $0) }
    #expect(session.current?.question.id == "q4")
    answer(&session, right: true, at: 30) { graduated(at: $0) }
    #expect(session.phase == .finished)
  }

  @Test func aStepBeyondTheLearnAheadLimitIsLeftForLater() {
    var session = Fixtures.session([Fixtures.single])
    answer(&session, right: false, at: 5) {
      learning(dueIn: DrillSession.learnAhead + 60, at: $0)
    }
    #expect(session.phase == .finished)
    #expect(session.items.count == 2)
    #expect(session.summary.answers == 1)
  }

  @Test func aGraduatedCardOrAnUnscheduledAnswerIsNotAskedAgain() {
    var session = Fixtures.session([Fixtures.single, Fixtures.trueFalse])
    answer(&session, right: true, at: 5) { graduated(at: $0) }
    answer(&session, right: false, at: 10) { _ in nil }
    #expect(session.items.count == 2)
    #expect(session.phase == .finished)
  }

  @Test func onlyTheDailyDrillAsksAgain() {
    for mode in [StudyMode.review, .checklist] {
      var session = DrillSession(
        items: [DrillItem(question: Fixtures.single, reason: .review)], mode: mode,
        at: Fixtures.start)
      answer(&session, right: false, at: 5) { learning(dueIn: 60, at: $0) }
      #expect(session.items.count == 1)
      #expect(session.phase == .finished)
    }
  }

  @Test func stoppingDoesNotReopenTheSession() {
    var session = Fixtures.session([Fixtures.single, Fixtures.trueFalse])
    _ = session.submit(.choices([0]), at: Fixtures.at(5))
    let effects = session.stop(at: Fixtures.at(6))
    #expect(effects.count == 1)
    session.answerSaved(
      learning(dueIn: 60, at: Fixtures.at(6)), questionID: "q1", at: Fixtures.at(6))
    #expect(session.phase == .finished)
    #expect(session.stop(at: Fixtures.at(7)) == [.close])
  }

  @Test func undoTakesTheRepeatOutAgain() {
    var session = Fixtures.session([Fixtures.single, Fixtures.trueFalse])
    answer(&session, right: false, at: 5) { learning(dueIn: 60, at: $0) }
    #expect(session.items.count == 3)
    #expect(session.undo(at: Fixtures.at(8)) == [.undoLastAnswer])
    #expect(session.items.count == 2)
    #expect(session.index == 0)
    #expect(session.answered.isEmpty)
    // Undo on the reopened repeat: the repeat goes, the failed answer is asked again.
    answer(&session, right: true, at: 10) { graduated(at: $0) }
    answer(&session, right: false, at: 20) { learning(dueIn: 60, at: $0) }
    #expect(session.current?.isRepeat == true)
    #expect(session.undo(at: Fixtures.at(25)) == [.undoLastAnswer])
    #expect(session.items.count == 2)
    #expect(session.current?.question.id == "q4")
    #expect(session.current?.isRepeat == false)
  }

  @Test func theSummaryCountsRepeatsApart() {
    var session = Fixtures.session([Fixtures.single, Fixtures.trueFalse, Fixtures.multiple])
    answer(&session, right: false, at: 5) { learning(dueIn: 60, at: $0) }
    answer(&session, right: true, at: 10) { graduated(at: $0) }
    answer(&session, right: false, at: 15) { learning(dueIn: 60, at: $0) }
    answer(&session, right: false, at: 70) { learning(dueIn: 60, at: $0) }  // q1 again, wrong
    answer(&session, right: true, at: 80) { graduated(at: $0) }  // q2
    answer(&session, right: true, at: 140) { graduated(at: $0) }  // q1 a third time
    #expect(session.phase == .finished)
    #expect(
      session.summary
        == DrillSummary(
          answers: 6, right: 3, cards: 3, repeats: 3, firstTime: 3, firstTimeRight: 1))
    #expect(DrillText.repeatsNote(session.summary) == " (3 cards, 3 asked again)")
    #expect(DrillText.firstTimeNote(session.summary) == " (1 of 3 the first time)")
    let plain = PlainText.summary(session, remaining: 0, at: Fixtures.at(150))
    #expect(
      plain[1]
        == "Session over: 6 answered (3 cards, 3 asked again), 3 right (1 of 3 the first time), "
        + "2m 30s.")
  }

  @Test func withoutRepeatsTheSummaryReadsAsBefore() {
    var session = Fixtures.session([Fixtures.single])
    answer(&session, right: true, at: 5) { graduated(at: $0) }
    #expect(
      PlainText.summary(session, remaining: 0, at: Fixtures.at(9))[1]
        == "Session over: 1 answered, 1 right, 9s.")
  }
}
