import Foundation
import Testing

@testable import StudyCore

/// The instant written as an ISO-8601 timestamp; fails the test when the text is not one.
func instant(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Date {
  try #require(UTCTimestamp.parse(text), sourceLocation: sourceLocation)
}

/// Parameters with the defaults except for the given settings.
func settings(
  weights: [Double] = FSRSWeights.defaultValues, retention: Double = 0.9,
  learning: [TimeInterval] = [60, 600], relearning: [TimeInterval] = [600],
  maximumInterval: Int = 36500
) throws -> SchedulerParameters {
  try SchedulerParameters(
    weights: FSRSWeights(weights), desiredRetention: retention, learningSteps: learning,
    relearningSteps: relearning, maximumInterval: maximumInterval)
}

/// Default weights with `w<index>` replaced by `value`.
func weights(setting index: Int, to value: Double) -> [Double] {
  var values = FSRSWeights.defaultValues
  values[index] = value
  return values
}
