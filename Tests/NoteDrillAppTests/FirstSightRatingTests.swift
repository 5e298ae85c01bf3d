import Foundation
import StudyCore
import Testing

@testable import NoteDrillApp

/// An automatic rating never gives Easy to a card seen for the first time.
@Suite struct FirstSightRatingTests {
  /// The automatic rating of a right answer after `seconds`, to a new card or a review.
  func rating(review: Bool, after seconds: Double) -> Rating? {
    let item =
      review
      ? DrillItem(question: Fixtures.single, reason: .review)
      : DrillItem(question: Fixtures.single, reason: .new)
    var session = DrillSession(items: [item], at: Fixtures.start)
    _ = session.submit(.choices([1]), at: Fixtures.at(seconds))
    guard case .answered(let feedback) = session.phase else { return nil }
    return feedback.autoRating
  }

  @Test func aQuickRightAnswerToANewCardIsGoodAndToAReviewEasy() {
    #expect(rating(review: false, after: 2) == .good)
    #expect(rating(review: true, after: 2) == .easy)
    #expect(
      AutoRating.rating(
        isCorrect: true, toleratedTypo: false, responseMs: 1_000, format: .singleChoice,
        firstSight: true) == .good)
    // Slow or wrong answers are rated as before.
    #expect(rating(review: false, after: 40) == .hard)
  }
}
