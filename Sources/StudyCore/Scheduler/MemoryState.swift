/// The two numbers FSRS keeps about a learner's memory of one card.
///
/// A card has no memory state until its first review; after that it always has both numbers.
public struct MemoryState: Sendable, Codable, Equatable, Hashable {
  /// Days until the probability of recall falls to 90%; at least 0.001.
  public var stability: Double
  /// How hard the card is to raise in stability, from 1 (easiest) to 10 (hardest).
  public var difficulty: Double

  /// A memory state with the given stability (days) and difficulty (1 to 10).
  public init(stability: Double, difficulty: Double) {
    self.stability = stability
    self.difficulty = difficulty
  }
}
