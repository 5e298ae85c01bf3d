import Foundation

/// Maps a graded answer to an FSRS rating: wrong → Again; right → Good; right and fast → Easy,
/// except on a card's first sight (a quick guess at a new card is not yet knowledge, and Easy
/// would put it days away); right after a tolerated typo, or slowly → Hard.
public enum AutoRating {
  /// At or under this a right answer is fast (typed answers get twice as long).
  public static let fastMs = 6_000
  /// At or over this a right answer is slow (typed answers get twice as long).
  public static let slowMs = 30_000

  /// The rating for an answer; `firstSight` when the card was never answered before.
  public static func rating(
    isCorrect: Bool, toleratedTypo: Bool, responseMs: Int, format: AnswerFormat,
    firstSight: Bool = false
  ) -> Rating {
    guard isCorrect else { return .again }
    let scale = format == .typed ? 2 : 1
    if toleratedTypo || responseMs >= slowMs * scale { return .hard }
    return responseMs <= fastMs * scale && !firstSight ? .easy : .good
  }
}
