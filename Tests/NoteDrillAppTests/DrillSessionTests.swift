import Foundation
import ProgressStore
import Testing

@testable import NoteDrillApp
@testable import StudyCore

@Suite struct DrillSessionTests {
  @Test func rightChoiceIsGoodAndShowsTheAnswerScreen() {
    var session = Fixtures.session([Fixtures.single])
    let effects = session.submit(.choices([1]), at: Fixtures.at(10))
    #expect(effects == [.loadOutcomes(questionID: "q1")])
    guard case .answered(let feedback) = session.phase else {
      Issue.record("not answered: \(session.phase)")
      return
    }
    #expect(feedback.isCorrect)
    #expect(feedback.rating == .good)
    #expect(feedback.responseMs == 10_000)
    #expect(feedback.given == "VPC")
  }

  @Test func autoRatingFollowsCorrectnessSpeedAndTypos() {
    #expect(
      AutoRating.rating(
        isCorrect: false, toleratedTypo: false, responseMs: 1, format: .singleChoice) == .again)
    #expect(
      AutoRating.rating(
        isCorrect: true, toleratedTypo: false, responseMs: 3_000, format: .singleChoice) == .easy)
    #expect(
      AutoRating.rating(
        isCorrect: true, toleratedTypo: false, responseMs: 10_000, format: .singleChoice) == .good)
    #expect(
      AutoRating.rating(
        isCorrect: true, toleratedTypo: false, responseMs: 40_000, format: .singleChoice) == .hard)
    #expect(
      AutoRating.rating(isCorrect: true, toleratedTypo: true, responseMs: 1_000, format: .typed)
        == .hard)
    #expect(
      AutoRating.rating(isCorrect: true, toleratedTypo: false, responseMs: 11_000, format: .typed)
        == .easy)
  }

  @Test func nextSavesTheAnswerWithTheOverriddenRating() {
    var session = Fixtures.session([Fixtures.single, Fixtures.typed])
    _ = session.submit(.choices([0]), at: Fixtures.at(5))
    session.overrideRating(.hard)
    let effects = session.next(at: Fixtures.at(8))
    #expect(
      effects == [
        .saveAnswer(
          Answer(
            questionID: "q1", rating: .hard, given: "서브넷", isCorrect: false, responseMs: 5_000,
            mode: .drill))
      ])
    #expect(session.index == 1)
    #expect(session.phase == .asking)
    #expect(session.shownAt == Fixtures.at(8))
  }

  @Test func multipleResponseNeedsEveryKeyAndNoPartialCredit() {
    var session = Fixtures.session([Fixtures.multiple, Fixtures.multiple])
    _ = session.submit(.choices([0]), at: Fixtures.at(1))
    guard case .answered(let partial) = session.phase else { return }
    #expect(!partial.isCorrect)
    _ = session.next(at: Fixtures.at(2))
    _ = session.submit(.choices([0, 2]), at: Fixtures.at(3))
    guard case .answered(let whole) = session.phase else { return }
    #expect(whole.isCorrect)
    #expect(whole.given == "SNS; SQS")
  }

  @Test func orderingComparesTheSequence() {
    var session = Fixtures.session([Fixtures.ordering])
    _ = session.submit(.order([1, 2, 0]), at: Fixtures.at(1))
    guard case .answered(let feedback) = session.phase else { return }
    #expect(feedback.isCorrect)
    #expect(feedback.given == "Route 53 → ALB → EC2")
  }

  @Test func trueFalseWithoutOptionsGetsKoreanWords() {
    #expect(DrillSession.choices(of: Fixtures.trueFalse) == ["참", "거짓"])
    var session = Fixtures.session([Fixtures.trueFalse])
    _ = session.submit(.choices([0]), at: Fixtures.at(1))
    guard case .answered(let feedback) = session.phase else { return }
    #expect(feedback.isCorrect)
  }

  @Test func typedAnswerInKoreanWithParticleIsRight() {
    var session = Fixtures.session([Fixtures.typed])
    _ = session.submit(.text("보안 그룹을"), at: Fixtures.at(4))
    guard case .answered(let feedback) = session.phase else { return }
    #expect(feedback.isCorrect)
    #expect(feedback.typedGrade?.verdict == .withParticle)
  }

  @Test func toleratedTypoIsRatedHard() {
    var session = Fixtures.session([Fixtures.typed])
    _ = session.submit(.text("보안그릅"), at: Fixtures.at(4))
    guard case .answered(let feedback) = session.phase else { return }
    #expect(feedback.isCorrect)
    #expect(feedback.rating == .hard)
  }

  @Test func nearMissAsksAndTheOverrideIsLogged() {
    var session = Fixtures.session([Fixtures.typed])
    #expect(session.submit(.text("보앙그릅"), at: Fixtures.at(4)).isEmpty)
    guard case .nearMiss = session.phase else {
      Issue.record("expected a near miss, got \(session.phase)")
      return
    }
    #expect(session.resolveNearMiss(countAsRight: true) == [.loadOutcomes(questionID: "q3")])
    let effects = session.next(at: Fixtures.at(6))
    guard case .saveAnswer(let answer) = effects.first else { return }
    #expect(answer.isCorrect)
    #expect(answer.rating == .hard)
    #expect(answer.given == "보앙그릅")
    #expect(answer.nearMiss == .countedRight)
  }

  @Test func theAnswerScreenShowsWhatWasTypedAndTheDecision() {
    for (right, note) in [(true, "counted right"), (false, "counted wrong")] {
      var session = Fixtures.session([Fixtures.typed])
      _ = session.submit(.text("보앙그릅"), at: Fixtures.at(4))
      _ = session.resolveNearMiss(countAsRight: right)
      let lines = DrillScreen(session: session).bodyLines(width: 60).map(\.text)
      #expect(lines.contains("You: 보앙그릅 (close; \(note))"), "\(lines)")
    }
  }

  @Test func flipSelfRatingSavesAndMovesOn() {
    var session = Fixtures.session([Fixtures.flip])
    session.reveal()
    #expect(session.phase == .revealed)
    let effects = session.submit(.selfRated(.easy), at: Fixtures.at(3))
    guard case .saveAnswer(let answer) = effects.first else { return }
    #expect(answer.rating == .easy)
    #expect(session.phase == .finished)
  }

  @Test func undoOnTheAnswerScreenOnlyTakesTheAnswerBack() {
    var session = Fixtures.session([Fixtures.single])
    _ = session.submit(.choices([1]), at: Fixtures.at(1))
    #expect(session.undo(at: Fixtures.at(2)).isEmpty)
    #expect(session.phase == .asking)
    #expect(session.records.isEmpty)
  }

  @Test func undoAfterSavingAsksTheCardAgain() {
    var session = Fixtures.session([Fixtures.single, Fixtures.typed])
    _ = session.submit(.choices([1]), at: Fixtures.at(1))
    _ = session.next(at: Fixtures.at(2))
    #expect(session.undo(at: Fixtures.at(3)) == [.undoLastAnswer])
    #expect(session.index == 0)
    #expect(session.phase == .asking)
    #expect(session.records.isEmpty)
    #expect(session.undo(at: Fixtures.at(4)).isEmpty)
  }

  @Test func stoppingOnTheAnswerScreenSavesIt() {
    var session = Fixtures.session([Fixtures.single, Fixtures.typed])
    _ = session.submit(.choices([1]), at: Fixtures.at(1))
    let effects = session.stop(at: Fixtures.at(2))
    #expect(effects.count == 1)
    #expect(session.phase == .finished)
    #expect(session.records.count == 1)
    #expect(session.stop(at: Fixtures.at(3)) == [.close])
  }

  @Test func stoppingOnANearMissSavesItAsWrong() {
    var session = Fixtures.session([Fixtures.typed])
    _ = session.submit(.text("보앙그릅"), at: Fixtures.at(1))
    let effects = session.stop(at: Fixtures.at(2))
    guard case .saveAnswer(let answer)? = effects.first else {
      Issue.record("no save: \(effects)")
      return
    }
    #expect(!answer.isCorrect)
    #expect(answer.given == "보앙그릅")
    #expect(answer.nearMiss == .countedWrong)
  }

  @Test func anEmptySessionIsFinishedAtOnce() {
    let session = Fixtures.session([])
    #expect(session.phase == .finished)
    #expect(session.current == nil)
  }
}
