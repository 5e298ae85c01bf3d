/// How well the learner recalled a card, as the four FSRS answer buttons.
///
/// The raw values are the grades the FSRS formulas use (1 to 4), so `rawValue` can go straight
/// into a formula or a review log.
public enum Rating: Int, Sendable, Codable, CaseIterable, Hashable {
  /// Forgot the answer.
  case again = 1
  /// Recalled it with serious difficulty.
  case hard = 2
  /// Recalled it after some thought.
  case good = 3
  /// Recalled it at once.
  case easy = 4

  /// The name shown on the answer button ("Again", "Hard", "Good", "Easy").
  public var name: String {
    switch self {
    case .again: "Again"
    case .hard: "Hard"
    case .good: "Good"
    case .easy: "Easy"
    }
  }

  /// True for the three ratings that count as a successful recall.
  public var isRecall: Bool { self != .again }
}
