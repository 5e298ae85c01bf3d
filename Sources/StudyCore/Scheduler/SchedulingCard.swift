import Foundation

/// The scheduling state of one card: what the scheduler reads and returns.
///
/// This is the same information the reference implementation keeps on its `Card`, minus the id,
/// which belongs to whoever stores the card.
public struct SchedulingCard: Sendable, Codable, Equatable, Hashable {
  /// Learning, review or relearning.
  public var state: CardState
  /// The index of the current learning or relearning step; `nil` in the review state.
  public var step: Int?
  /// Stability and difficulty; `nil` before the first review.
  public var memory: MemoryState?
  /// When the card should next be shown.
  public var due: Date
  /// When the card was last reviewed; `nil` before the first review.
  public var lastReview: Date?

  /// A card with every field given; the scheduler checks that they fit together when it reviews.
  public init(
    state: CardState, step: Int?, memory: MemoryState?, due: Date, lastReview: Date?
  ) {
    self.state = state
    self.step = step
    self.memory = memory
    self.due = due
    self.lastReview = lastReview
  }

  /// A card never reviewed: learning, step 0, no memory state, due at `due`.
  public static func new(due: Date) -> SchedulingCard {
    SchedulingCard(state: .learning, step: 0, memory: nil, due: due, lastReview: nil)
  }

  /// The card's stability in days, or `nil` before the first review.
  public var stability: Double? { memory?.stability }

  /// The card's difficulty (1 to 10), or `nil` before the first review.
  public var difficulty: Double? { memory?.difficulty }
}
