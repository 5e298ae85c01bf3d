import Foundation
import Testing

@testable import StudyCore

/// Parameter bounds, the FSRS-5 upgrade, settings checks and the text forms of settings.
@Suite struct SchedulerParameterTests {
  @Test func defaultsAreTheTwentyOneFSRS6Values() throws {
    let weights = try FSRSWeights(FSRSWeights.defaultValues)
    #expect(weights == .defaults)
    #expect(weights.values.count == 21)
    #expect(weights[20] == 0.1542)
    #expect(SchedulerParameters.default.desiredRetention == 0.9)
    #expect(SchedulerParameters.default.learningSteps == [60, 600])
    #expect(SchedulerParameters.default.relearningSteps == [600])
    #expect(SchedulerParameters.default.maximumInterval == 36500)
  }

  @Test func boundsThemselvesAreAccepted() throws {
    #expect(try FSRSWeights(FSRSWeights.lowerBounds).values == FSRSWeights.lowerBounds)
    #expect(try FSRSWeights(FSRSWeights.upperBounds).values == FSRSWeights.upperBounds)
  }

  @Test func aParameterAboveItsBoundIsNamed() {
    let violation = ParameterViolation(index: 6, value: 100, lowerBound: 0.001, upperBound: 4.0)
    #expect(throws: SchedulerError.parametersOutOfBounds([violation])) {
      try FSRSWeights(weights(setting: 6, to: 100))
    }
  }

  @Test func everyParameterOutOfBoundsIsListed() {
    var values = FSRSWeights.defaultValues
    values[0] = 0
    values[3] = 101
    let expected = SchedulerError.parametersOutOfBounds([
      ParameterViolation(index: 0, value: 0, lowerBound: 0.001, upperBound: 100),
      ParameterViolation(index: 3, value: 101, lowerBound: 0.001, upperBound: 100),
    ])
    #expect(throws: expected) { try FSRSWeights(values) }
    #expect(
      expected.description
        == "parameters out of bounds: w0 = 0.0 is outside [0.001, 100.0]; "
        + "w3 = 101.0 is outside [0.001, 100.0]")
  }

  @Test func notANumberIsOutOfBounds() {
    #expect(throws: SchedulerError.self) { try FSRSWeights(weights(setting: 10, to: .nan)) }
    #expect(throws: SchedulerError.self) { try FSRSWeights(weights(setting: 10, to: -42)) }
  }

  @Test(arguments: [0, 1, 18, 20, 22, 24])
  func otherCountsAreRejected(count: Int) {
    #expect(throws: SchedulerError.wrongParameterCount(count)) {
      try FSRSWeights(Array(repeating: 1.0, count: count))
    }
  }

  @Test func fsrs5ParametersAreUpgraded() throws {
    let fsrs5 = Array(FSRSWeights.defaultValues.prefix(19))
    let upgraded = try FSRSWeights(fsrs5)
    #expect(upgraded.values == fsrs5 + [0.0, 0.5])
  }

  /// With w19 = 0 and w20 = 0.5 the forgetting curve is FSRS-5's `(1 + 19/81 · t/S)^-0.5`.
  @Test func upgradedFSRS5UsesTheFSRS5Curve() throws {
    let parameters = try SchedulerParameters(
      weights: FSRSWeights(Array(FSRSWeights.defaultValues.prefix(19))))
    let scheduler = FSRSScheduler(parameters: parameters)
    let start = try instant("2024-01-01T00:00:00Z")
    let card = SchedulingCard(
      state: .review, step: nil, memory: MemoryState(stability: 19, difficulty: 5), due: start,
      lastReview: start)
    let r = scheduler.retrievability(of: card, at: start.addingTimeInterval(81 * 86_400))
    #expect(abs(r - 0.5.squareRoot()) < 1e-15)
  }

  @Test func outOfRangeSettingsAreRejected() {
    #expect(throws: SchedulerError.desiredRetentionOutOfRange(1)) {
      try SchedulerParameters(desiredRetention: 1)
    }
    #expect(throws: SchedulerError.desiredRetentionOutOfRange(0)) {
      try SchedulerParameters(desiredRetention: 0)
    }
    #expect(throws: SchedulerError.invalidStep(.learning, 0)) {
      try SchedulerParameters(learningSteps: [60, 0])
    }
    #expect(throws: SchedulerError.invalidStep(.relearning, -600)) {
      try SchedulerParameters(relearningSteps: [-600])
    }
    #expect(throws: SchedulerError.maximumIntervalTooSmall(0)) {
      try SchedulerParameters(maximumInterval: 0)
    }
  }

  @Test func parametersSurviveJSONAndDecodingChecksBounds() throws {
    let parameters = try settings(
      retention: 0.85, learning: [30], relearning: [], maximumInterval: 365)
    let data = try JSONEncoder().encode(parameters)
    #expect(try JSONDecoder().decode(SchedulerParameters.self, from: data) == parameters)
    let bad = Data(
      #"[0.212,1.2931,2.3065,8.2956,6.4133,0.8334,300,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542]"#
        .utf8)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(FSRSWeights.self, from: bad) }
  }

  @Test(arguments: [
    ("1m,10m", [60.0, 600]), ("", []), ("none", []), (" 30s , 1h,2d ", [30, 3600, 172_800]),
  ])
  func stepTextIsRead(text: String, seconds: [TimeInterval]) throws {
    #expect(try SchedulerOptionText.steps(text, kind: .learning) == seconds)
  }

  @Test(arguments: ["10", "0m", "1.5m", "m", "1w", "1m,,10m", "-1m"])
  func badStepTextIsRejected(text: String) {
    #expect(throws: SchedulerError.self) { try SchedulerOptionText.steps(text, kind: .relearning) }
  }

  @Test func stepsAreWrittenInTheUnitsTheyAreReadIn() {
    #expect(SchedulerOptionText.text(ofSteps: [60, 600, 90, 86_400, 5400]) == "1m,10m,90s,1d,90m")
  }

  @Test func parameterTextIsReadAndChecked() throws {
    let text = FSRSWeights.defaultValues.map { "\($0)" }.joined(separator: ", ")
    #expect(try SchedulerOptionText.weights(text) == .defaults)
    #expect(throws: SchedulerError.unreadableParameters("x")) {
      try SchedulerOptionText.weights("0.1,x")
    }
    #expect(throws: SchedulerError.wrongParameterCount(2)) {
      try SchedulerOptionText.weights("0.1,0.2")
    }
  }
}
