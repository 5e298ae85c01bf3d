import Foundation
import Testing

@testable import StudyCore

/// Replays every committed reference history and compares each review with the reference.
@Suite struct SchedulerVectorTests {
  @Test func vectorsWereMadeByThePinnedReference() throws {
    let loaded = try SchedulerVectors.loaded.get()
    #expect(loaded.header.fsrs == "6.3.2")
    #expect(loaded.cases.count == loaded.header.cases)
    #expect(loaded.cases.count >= 2000)
    #expect(loaded.cases.map(\.reviews.count).reduce(0, +) == loaded.header.reviews)
  }

  @Test func everyReviewAgreesWithTheReference() throws {
    let cases = try SchedulerVectors.loaded.get().cases
    var mismatches: [String] = []
    for vector in cases {
      mismatches += try Self.mismatches(in: vector)
      if mismatches.count > 20 { break }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20).joined(separator: "\n"))")
  }

  /// The differences between our replay of `vector` and the reference's, one line each.
  static func mismatches(in vector: VectorCase) throws -> [String] {
    let scheduler = try vector.scheduler()
    var card = vector.startingCard()
    var found: [String] = []
    for (index, expected) in vector.reviews.enumerated() {
      let rating = try #require(Rating(rawValue: expected.rating))
      let now = vector.instant(expected.time)
      let outcome = try scheduler.review(card, rating: rating, at: now, fuzz: expected.fuzz)
      card = outcome.card
      let probe = scheduler.retrievability(
        of: card, at: now.addingTimeInterval(expected.probe))
      let problems = compare(outcome, probe: probe, with: expected, in: vector)
      found += problems.map { "case \(vector.id) review \(index): \($0)" }
    }
    return found
  }

  private static func compare(
    _ outcome: ReviewOutcome, probe: Double, with expected: VectorReview, in vector: VectorCase
  ) -> [String] {
    let card = outcome.card
    var problems: [String] = []
    func exact<T: Equatable>(_ name: String, _ actual: T, _ wanted: T) {
      if actual != wanted { problems.append("\(name) \(actual) != \(wanted)") }
    }
    func close(_ name: String, _ actual: Double?, _ wanted: Double) {
      if !SchedulerVectors.close(actual ?? .nan, wanted) {
        problems.append("\(name) \(String(describing: actual)) != \(wanted)")
      }
    }
    exact("state", card.state.rawValue, expected.state)
    exact("step", card.step, expected.step)
    exact("due (us)", UTCTimestamp.unixMicros(card.due), vector.micros(expected.due))
    exact("interval", outcome.intervalDays, expected.intervalDays)
    close("stability", card.stability, expected.stability)
    close("difficulty", card.difficulty, expected.difficulty)
    close("R before", outcome.retrievabilityBefore, expected.retrievabilityBefore)
    close("R at probe", probe, expected.retrievabilityAtProbe)
    return problems
  }
}
