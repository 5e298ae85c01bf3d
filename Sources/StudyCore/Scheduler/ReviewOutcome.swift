import Foundation

/// What one review did: the card after it and the numbers worth logging or showing.
public struct ReviewOutcome: Sendable, Codable, Equatable, Hashable {
  /// The card after the review.
  public var card: SchedulingCard
  /// The rating given.
  public var rating: Rating
  /// When the review happened, in microseconds since 1970 (exact at any date).
  public var reviewedAtMicros: Int64
  /// When the review happened.
  public var reviewedAt: Date {
    get { UTCTimestamp.date(unixMicros: reviewedAtMicros) }
    set { reviewedAtMicros = UTCTimestamp.unixMicros(newValue) }
  }
  /// Whole days since the previous review, or `nil` for a card's first review.
  public var elapsedDays: Int?
  /// The probability of recall just before this review (0 for a card never reviewed).
  public var retrievabilityBefore: Double
  /// Whole days from this review to the new due date (0 for a step shorter than a day).
  public var intervalDays: Int

  /// An outcome with every field given.
  public init(
    card: SchedulingCard, rating: Rating, reviewedAt: Date, elapsedDays: Int?,
    retrievabilityBefore: Double, intervalDays: Int
  ) {
    self.init(
      card: card, rating: rating, reviewedAtMicros: UTCTimestamp.unixMicros(reviewedAt),
      elapsedDays: elapsedDays, retrievabilityBefore: retrievabilityBefore,
      intervalDays: intervalDays)
  }

  /// An outcome with the review's instant in microseconds since 1970.
  public init(
    card: SchedulingCard, rating: Rating, reviewedAtMicros: Int64, elapsedDays: Int?,
    retrievabilityBefore: Double, intervalDays: Int
  ) {
    self.card = card
    self.rating = rating
    self.reviewedAtMicros = reviewedAtMicros
    self.elapsedDays = elapsedDays
    self.retrievabilityBefore = retrievabilityBefore
    self.intervalDays = intervalDays
  }
}
