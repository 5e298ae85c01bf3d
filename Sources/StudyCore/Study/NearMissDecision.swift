/// What the learner decided when a typed answer was a near miss ("count it as right?").
public enum NearMissDecision: String, Sendable, Codable, CaseIterable {
  /// The learner counted the answer as right.
  case countedRight
  /// The learner counted it as wrong (or stopped before deciding).
  case countedWrong

  /// The decision for "count it as right?" answered yes (`true`) or no.
  public init(countedRight: Bool) {
    self = countedRight ? .countedRight : .countedWrong
  }

  /// Whether the answer was counted as right.
  public var isCountedRight: Bool { self == .countedRight }
}
