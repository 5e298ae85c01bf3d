import Foundation

/// One FSRS parameter outside the range the model allows.
public struct ParameterViolation: Sendable, Equatable, Hashable {
  /// The parameter's position, 0 to 20 (`w0` to `w20`).
  public var index: Int
  /// The value that was given.
  public var value: Double
  /// The smallest allowed value.
  public var lowerBound: Double
  /// The largest allowed value.
  public var upperBound: Double

  /// A violation of `lowerBound <= value <= upperBound` for parameter `index`.
  public init(index: Int, value: Double, lowerBound: Double, upperBound: Double) {
    self.index = index
    self.value = value
    self.lowerBound = lowerBound
    self.upperBound = upperBound
  }
}

/// Which list of steps a setting or error is about.
public enum StepKind: String, Sendable, Equatable, Hashable {
  /// The steps a new card walks through.
  case learning
  /// The steps a forgotten card walks through.
  case relearning
}

/// Everything the scheduler can refuse, with a message a user can act on.
public enum SchedulerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The parameter list has neither 21 (FSRS-6) nor 19 (FSRS-5) values.
  case wrongParameterCount(Int)
  /// One or more parameters lie outside their bounds (all of them are listed).
  case parametersOutOfBounds([ParameterViolation])
  /// A parameter list given as text could not be read as numbers.
  case unreadableParameters(String)
  /// Desired retention must lie strictly between 0 and 1.
  case desiredRetentionOutOfRange(Double)
  /// A learning or relearning step must be a positive, finite number of seconds.
  case invalidStep(StepKind, TimeInterval)
  /// A step list given as text could not be read.
  case unreadableSteps(StepKind, String)
  /// The maximum interval must be at least one day.
  case maximumIntervalTooSmall(Int)
  /// A fuzz draw must lie in [0, 1).
  case fuzzDrawOutOfRange(Double)
  /// A review cannot happen before the card's last review.
  case reviewBeforeLastReview(review: Date, lastReview: Date)
  /// A review so late that its next due date could pass year 9999, which no timestamp names.
  case reviewTooLate(review: Date, latest: Date)
  /// The card's fields contradict each other (for example a review card with no stability).
  case inconsistentCard(String)

  /// The message for the user.
  public var description: String {
    switch self {
    case .wrongParameterCount(let count):
      "expected 21 FSRS-6 parameters (or 19 FSRS-5 parameters), got \(count)"
    case .parametersOutOfBounds(let violations):
      "parameters out of bounds: " + violations.map(Self.describe).joined(separator: "; ")
    case .unreadableParameters(let text):
      "cannot read \"\(text)\" as a parameter; give comma-separated numbers"
    case .desiredRetentionOutOfRange(let value):
      "desired retention must be between 0 and 1 (exclusive), got \(value)"
    case .invalidStep(let kind, let seconds):
      "\(kind.rawValue) steps must be positive durations, got \(seconds) s"
    case .unreadableSteps(let kind, let text):
      "cannot read \"\(text)\" as \(kind.rawValue) steps; give durations such as 1m,10m "
        + "(units s, m, h, d) or an empty list"
    case .maximumIntervalTooSmall(let days):
      "maximum interval must be at least 1 day, got \(days)"
    case .fuzzDrawOutOfRange(let value):
      "fuzz draw must be at least 0 and below 1, got \(value)"
    case .reviewBeforeLastReview(let review, let lastReview):
      "review time \(UTCTimestamp.format(review)) is earlier than the card's last review "
        + UTCTimestamp.format(lastReview)
    case .reviewTooLate(let review, let latest):
      "review time \(UTCTimestamp.format(review)) is too late: the next due date could pass "
        + "year 9999; the latest review time is \(UTCTimestamp.format(latest)) (check the clock)"
    case .inconsistentCard(let reason):
      "inconsistent card: \(reason)"
    }
  }

  private static func describe(_ violation: ParameterViolation) -> String {
    "w\(violation.index) = \(violation.value) is outside "
      + "[\(violation.lowerBound), \(violation.upperBound)]"
  }
}
