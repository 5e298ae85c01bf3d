import Foundation
import Testing

@testable import StudyCore

/// The replay logic behind `notedrill fsrs replay`, without a process.
@Suite struct SchedulerReplayTests {
  private static func fixture(_ name: String) throws -> [Substring] {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures/fsrs"))
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
  }

  /// One line of the reference's expected output. Read with `JSONDecoder`, which reads
  /// doubles exactly (Foundation's `JSONSerialization` on Linux can miss the last digit).
  private struct ExpectedLine: Decodable {
    var card: String
    var state: String
    var step: Int?
    var stability: Double
    var difficulty: Double
    var due: String
    var last_review: String
    var interval_days: Int
    var retrievability_before: Double
  }

  /// The reference's expected output, re-encoded in our format: numbers printed the same way
  /// reproduce our text exactly when the doubles are identical.
  private static func ourFormat(_ referenceLine: Substring) throws -> String {
    let line = try JSONDecoder().decode(ExpectedLine.self, from: Data(referenceLine.utf8))
    let state = try #require(CardState.allCases.first { $0.name == line.state })
    let card = SchedulingCard(
      state: state, step: line.step,
      memory: MemoryState(stability: line.stability, difficulty: line.difficulty),
      due: try instant(line.due), lastReview: try instant(line.last_review))
    let outcome = ReviewOutcome(
      card: card, rating: .good, reviewedAt: try instant(line.last_review), elapsedDays: nil,
      retrievabilityBefore: line.retrievability_before, intervalDays: line.interval_days)
    return ReplayOutput.line(card: line.card, outcome: outcome)
  }

  @Test func fixtureReplayMatchesTheReferenceLineForLine() throws {
    var runner = ReplayRunner(scheduler: FSRSScheduler())
    var outputs: [String] = []
    for line in try Self.fixture("replay-input") {
      let replayed = runner.replay(line: String(line))
      outputs.append(try #require(replayed).get())
    }
    let expected = try Self.fixture("replay-expected-default").map(Self.ourFormat)
    #expect(outputs.count == expected.count)
    for (index, (got, want)) in zip(outputs, expected).enumerated() {
      #expect(got == want, "line \(index + 1)")
    }
    #expect(runner.cards.count == 5)
  }

  @Test func outputLineFormatIsPinned() throws {
    var runner = ReplayRunner(scheduler: FSRSScheduler())
    let line = #"{"card": "say \"hi\"\u0001", "rating": 3, "time": "2024-03-01T09:00:00Z"}"#
    let replayed = runner.replay(line: line)
    let output = try #require(replayed).get()
    #expect(
      output == #"{"card":"say \"hi\"\u0001","state":"learning","step":1,"stability":2.3065,"#
        + #""difficulty":2.118103970459016,"due":"2024-03-01T09:10:00Z","#
        + #""last_review":"2024-03-01T09:00:00Z","interval_days":0,"retrievability_before":0.0}"#)
  }

  @Test(arguments: [
    ("[1, 2]", ReplayLineError.notJSON),
    ("{\"card\": 1", .notJSON),
    (#"{"rating": 3, "time": "2024-03-01T09:00:00Z"}"#, .missingField("card")),
    (#"{"card": "a", "rating": null, "time": "2024-03-01T09:00:00Z"}"#, .missingField("rating")),
    (#"{"card": 7, "rating": 3, "time": "2024-03-01T09:00:00Z"}"#, .wrongType(field: "card")),
    (#"{"card": "a", "rating": 2.5, "time": "2024-03-01T09:00:00Z"}"#, .wrongType(field: "rating")),
    (#"{"card": "a", "rating": 0, "time": "2024-03-01T09:00:00Z"}"#, .ratingOutOfRange(0)),
    (#"{"card": "a", "rating": 3, "time": "2024-03-01"}"#, .badTime("2024-03-01")),
    (
      #"{"card": "a", "rating": 3, "time": "2024-03-01T09:00:00Z", "fuzz": "x"}"#,
      .wrongType(field: "fuzz")
    ),
    (
      #"{"card": "a", "rating": 3, "time": "2024-03-01T09:00:00Z", "fuzz": 1}"#,
      .refused(.fuzzDrawOutOfRange(1))
    ),
  ])
  func badLinesSayWhatIsWrong(line: String, error: ReplayLineError) {
    var runner = ReplayRunner(scheduler: FSRSScheduler())
    #expect(runner.replay(line: line) == .failure(error))
    #expect(runner.cards.isEmpty)
  }

  @Test func aRefusedLineLeavesTheCardAsItWas() throws {
    var runner = ReplayRunner(scheduler: FSRSScheduler())
    _ = runner.replay(line: #"{"card": "a", "rating": 3, "time": "2024-03-01T09:00:00Z"}"#)
    let before = runner.cards["a"]
    let late = runner.replay(line: #"{"card": "a", "rating": 1, "time": "2024-02-01T09:00:00Z"}"#)
    #expect(late.map { (try? $0.get()) == nil } == true)
    #expect(runner.cards["a"] == before)
    #expect(runner.replay(line: "   ") == nil)
  }

  @Test func nullFuzzMeansNoFuzz() throws {
    let input = try ReplayInput.parse(
      #"{"card": "a", "rating": 3, "time": "2024-03-01T09:00:00Z", "fuzz": null}"#)
    #expect(input.fuzz == nil)
    #expect(input.rating == .good)
  }
}
