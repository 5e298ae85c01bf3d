/// What each of the four ratings would do to a card, for the answer screen.
public struct RatingOutcomes: Sendable, Codable, Equatable, Hashable {
  /// The outcome of rating Again.
  public var again: ReviewOutcome
  /// The outcome of rating Hard.
  public var hard: ReviewOutcome
  /// The outcome of rating Good.
  public var good: ReviewOutcome
  /// The outcome of rating Easy.
  public var easy: ReviewOutcome

  /// Four outcomes, one per rating.
  public init(again: ReviewOutcome, hard: ReviewOutcome, good: ReviewOutcome, easy: ReviewOutcome) {
    self.again = again
    self.hard = hard
    self.good = good
    self.easy = easy
  }

  /// The outcome of `rating`.
  public subscript(rating: Rating) -> ReviewOutcome {
    switch rating {
    case .again: again
    case .hard: hard
    case .good: good
    case .easy: easy
    }
  }

  /// The four outcomes in button order: Again, Hard, Good, Easy.
  public var all: [ReviewOutcome] { [again, hard, good, easy] }
}
