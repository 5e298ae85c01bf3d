import Foundation
import Testing

/// One output line of `notedrill fsrs replay`.
private struct ReplayLine: Decodable {
  var card: String
  var state: String
  var step: Int?
  var stability: Double
  var difficulty: Double
  var due: String
  var lastReview: String
  var intervalDays: Int
  var retrievabilityBefore: Double

  enum CodingKeys: String, CodingKey {
    case card, state, step, stability, difficulty, due
    case lastReview = "last_review"
    case intervalDays = "interval_days"
    case retrievabilityBefore = "retrievability_before"
  }

  static let fieldNames: Set<String> = [
    "card", "state", "step", "stability", "difficulty", "due", "last_review", "interval_days",
    "retrievability_before",
  ]
}

/// `notedrill fsrs replay` run as a process against the reference's output for the same input.
@Suite struct FSRSReplayTests {
  private static let fixtures = BinaryRunner.packageRoot
    .appendingPathComponent("Tests/StudyCoreTests/Fixtures/fsrs")

  private static func fixture(_ name: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
  }

  private static func lines(_ text: String) throws -> [ReplayLine] {
    try text.split(separator: "\n").map { line in
      let data = Data(line.utf8)
      let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys
      #expect(Set(keys) == ReplayLine.fieldNames)
      return try JSONDecoder().decode(ReplayLine.self, from: data)
    }
  }

  private static func close(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= 1e-9 * abs(b)
  }

  /// Compares every field: exactly, except floating-point numbers to 1e-9 relative.
  private static func expectAgreement(_ actual: [ReplayLine], _ expected: [ReplayLine]) {
    #expect(actual.count == expected.count)
    for (index, (got, want)) in zip(actual, expected).enumerated() {
      let same =
        got.card == want.card && got.state == want.state && got.step == want.step
        && got.due == want.due && got.lastReview == want.lastReview
        && got.intervalDays == want.intervalDays && close(got.stability, want.stability)
        && close(got.difficulty, want.difficulty)
        && close(got.retrievabilityBefore, want.retrievabilityBefore)
      #expect(same, "line \(index + 1): \(got) != \(want)")
    }
  }

  @Test func defaultSettingsReproduceTheReference() throws {
    let result = try BinaryRunner.run(
      ["fsrs", "replay"], stdin: try Self.fixture("replay-input.jsonl"))
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let expected = try Self.lines(try Self.fixture("replay-expected-default.jsonl"))
    #expect(expected.count == 60)
    Self.expectAgreement(try Self.lines(result.stdout), expected)
  }

  /// Histories that hit the 36,500-day maximum interval again and again, due dates up to the
  /// year 5344: every due and last-review instant agrees to the microsecond.
  @Test func datesCenturiesAheadAgreeToTheMicrosecond() throws {
    let result = try BinaryRunner.run(
      ["fsrs", "replay"], stdin: try Self.fixture("replay-long-input.jsonl"))
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let expected = try Self.lines(try Self.fixture("replay-long-expected.jsonl"))
    #expect(expected.count == 320)
    #expect(expected.filter { $0.intervalDays == 36500 }.count >= 100)
    #expect(expected.filter { $0.due > "2300" }.count >= 200)
    Self.expectAgreement(try Self.lines(result.stdout), expected)
  }

  @Test func customSettingsReproduceTheReference() throws {
    let arguments = try Self.fixture("replay-custom-args.txt").split(
      separator: "\n", omittingEmptySubsequences: false
    ).dropLast().map(String.init)
    #expect(arguments.contains("--relearning-steps"))
    let result = try BinaryRunner.run(
      ["fsrs", "replay"] + arguments, stdin: try Self.fixture("replay-input.jsonl"))
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let expected = try Self.lines(try Self.fixture("replay-expected-custom.jsonl"))
    Self.expectAgreement(try Self.lines(result.stdout), expected)
  }

  @Test func badLinesAreReportedAndTheRestStillRuns() throws {
    let input = """
      {"card": "a", "rating": 3, "time": "2024-03-01T09:00:00Z"}
      not json
      {"card": "a", "rating": 5, "time": "2024-03-01T09:05:00Z"}

      {"card": "a", "rating": 3, "time": "March 1st"}
      {"card": "a", "rating": 3, "time": "2024-03-01T08:00:00Z"}
      {"card": "b", "time": "2024-03-01T09:00:00Z"}
      {"card": "a", "rating": 3, "time": "2024-03-01T09:10:00Z"}
      """
    let result = try BinaryRunner.run(["fsrs", "replay"], stdin: input + "\n")
    #expect(result.status == 1)
    let output = try Self.lines(result.stdout)
    #expect(output.map(\.state) == ["learning", "review"])
    #expect(output.map(\.due) == ["2024-03-01T09:10:00Z", "2024-03-03T09:10:00Z"])
    #expect(
      result.stderr == """
        line 2: not a JSON object; expected {"card": "id", "rating": 1-4, "time": "ISO-8601"}
        line 3: rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got 5
        line 5: time "March 1st" is not an ISO-8601 timestamp such as 2024-03-01T09:30:00Z
        line 6: review time 2024-03-01T08:00:00Z is earlier than the card's last review 2024-03-01T09:00:00Z
        line 7: missing "rating"
        5 of 8 lines failed

        """)
  }

  @Test func outOfBoundsParametersFailBeforeAnyInputIsRead() throws {
    var weights = [
      0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
      1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    weights[6] = 100
    let params = weights.map { "\($0)" }.joined(separator: ",")
    let result = try BinaryRunner.run(
      ["fsrs", "replay", "--params", params],
      stdin: #"{"card": "a", "rating": 3, "time": "2024-03-01T09:00:00Z"}"# + "\n")
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("parameters out of bounds: w6 = 100.0 is outside [0.001, 4.0]"))
  }

  @Test(arguments: [
    (["--steps", "10"], "cannot read \"10\" as learning steps"),
    (["--relearning-steps", "0m"], "cannot read \"0m\" as relearning steps"),
    (["--retention", "1"], "desired retention must be between 0 and 1"),
    (["--max-interval", "0"], "maximum interval must be at least 1 day"),
    (["--params", "0.1,0.2"], "expected 21 FSRS-6 parameters (or 19 FSRS-5 parameters), got 2"),
  ])
  func badOptionsAreExplained(arguments: [String], message: String) throws {
    let result = try BinaryRunner.run(["fsrs", "replay"] + arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains(message))
  }

  @Test func noLearningStepsGraduateAtOnceAndFuzzIsApplied() throws {
    let input = """
      {"card": "x", "rating": 4, "time": "2024-03-01T09:00:00Z"}
      {"card": "x", "rating": 3, "time": "2024-03-09T09:00:00Z", "fuzz": 0}
      """
    let result = try BinaryRunner.run(["fsrs", "replay", "--steps", ""], stdin: input + "\n")
    #expect(result.status == 0)
    let output = try Self.lines(result.stdout)
    #expect(output.map(\.state) == ["review", "review"])
    #expect(output.map(\.intervalDays) == [8, 35])  // 39 days unfuzzed; the draw 0 takes the bottom
  }

  @Test func emptyInputSucceedsSilently() throws {
    let result = try BinaryRunner.run(["fsrs", "replay"])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.isEmpty)
  }
}
