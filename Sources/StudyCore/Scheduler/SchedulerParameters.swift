import Foundation

/// Everything that shapes a schedule: the model parameters and the user's settings.
///
/// Values are checked when made, so a scheduler built from them cannot fail on its settings.
public struct SchedulerParameters: Sendable, Equatable, Hashable {
  /// The 21 FSRS-6 model parameters.
  public let weights: FSRSWeights
  /// The probability of recall to aim for when a review is due, strictly between 0 and 1.
  public let desiredRetention: Double
  /// The waits, in seconds, between the reviews of a new card before it graduates.
  public let learningSteps: [TimeInterval]
  /// The waits, in seconds, between the reviews of a forgotten card before it graduates again.
  public let relearningSteps: [TimeInterval]
  /// The longest interval, in days, a review card can be given.
  public let maximumInterval: Int

  /// The default desired retention, 0.9.
  public static let defaultDesiredRetention = 0.9
  /// The default learning steps: 1 minute, then 10 minutes.
  public static let defaultLearningSteps: [TimeInterval] = [60, 600]
  /// The default relearning steps: 10 minutes.
  public static let defaultRelearningSteps: [TimeInterval] = [600]
  /// The default maximum interval: 36500 days (100 years).
  public static let defaultMaximumInterval = 36500

  /// The FSRS-6 defaults for everything.
  public static let `default` = SchedulerParameters(
    unchecked: .defaults, desiredRetention: defaultDesiredRetention,
    learningSteps: defaultLearningSteps, relearningSteps: defaultRelearningSteps,
    maximumInterval: defaultMaximumInterval)

  /// Settings checked for sense: retention in (0, 1), positive finite steps, a maximum interval
  /// of at least one day. An empty step list means cards skip that phase.
  ///
  /// - Throws: ``SchedulerError`` naming the first setting that is out of range.
  public init(
    weights: FSRSWeights = .defaults,
    desiredRetention: Double = defaultDesiredRetention,
    learningSteps: [TimeInterval] = defaultLearningSteps,
    relearningSteps: [TimeInterval] = defaultRelearningSteps,
    maximumInterval: Int = defaultMaximumInterval
  ) throws(SchedulerError) {
    guard desiredRetention > 0, desiredRetention < 1 else {
      throw .desiredRetentionOutOfRange(desiredRetention)
    }
    try Self.check(learningSteps, kind: .learning)
    try Self.check(relearningSteps, kind: .relearning)
    guard maximumInterval >= 1 else { throw .maximumIntervalTooSmall(maximumInterval) }
    self.init(
      unchecked: weights, desiredRetention: desiredRetention, learningSteps: learningSteps,
      relearningSteps: relearningSteps, maximumInterval: maximumInterval)
  }

  private init(
    unchecked weights: FSRSWeights, desiredRetention: Double, learningSteps: [TimeInterval],
    relearningSteps: [TimeInterval], maximumInterval: Int
  ) {
    self.weights = weights
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
  }

  private static func check(_ steps: [TimeInterval], kind: StepKind) throws(SchedulerError) {
    for step in steps where !(step.isFinite && step > 0) {
      throw .invalidStep(kind, step)
    }
  }

  /// The steps of one kind.
  public func steps(_ kind: StepKind) -> [TimeInterval] {
    switch kind {
    case .learning: learningSteps
    case .relearning: relearningSteps
    }
  }
}

extension SchedulerParameters: Codable {
  private enum CodingKeys: String, CodingKey {
    case weights, desiredRetention, learningSteps, relearningSteps, maximumInterval
  }

  /// Reads stored settings with the same checks as ``init(weights:desiredRetention:learningSteps:relearningSteps:maximumInterval:)``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let weights = try container.decode(FSRSWeights.self, forKey: .weights)
    let retention = try container.decode(Double.self, forKey: .desiredRetention)
    let learning = try container.decode([TimeInterval].self, forKey: .learningSteps)
    let relearning = try container.decode([TimeInterval].self, forKey: .relearningSteps)
    let maximum = try container.decode(Int.self, forKey: .maximumInterval)
    do {
      try self.init(
        weights: weights, desiredRetention: retention, learningSteps: learning,
        relearningSteps: relearning, maximumInterval: maximum)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
    }
  }

  /// Writes the settings under their property names.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(weights, forKey: .weights)
    try container.encode(desiredRetention, forKey: .desiredRetention)
    try container.encode(learningSteps, forKey: .learningSteps)
    try container.encode(relearningSteps, forKey: .relearningSteps)
    try container.encode(maximumInterval, forKey: .maximumInterval)
  }
}
