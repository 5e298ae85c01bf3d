/// Where a card stands in the FSRS state machine.
///
/// A new card starts in ``learning`` at step 0 with no memory state. The raw values match the
/// reference implementation's numbering so stored logs can be compared with it.
public enum CardState: Int, Sendable, Codable, CaseIterable, Hashable {
  /// Being learned for the first time, walking through the learning steps.
  case learning = 1
  /// Graduated: scheduled in whole days from its stability.
  case review = 2
  /// Forgotten after graduating, walking through the relearning steps.
  case relearning = 3

  /// The lowercase name used in machine-readable output ("learning", "review", "relearning").
  public var name: String {
    switch self {
    case .learning: "learning"
    case .review: "review"
    case .relearning: "relearning"
    }
  }
}
