import Foundation
import Testing

@testable import StudyCore

/// Checks that the committed vectors exercise what the scheduler must get right, so that a
/// regenerated file cannot quietly drop a case.
@Suite struct SchedulerVectorCoverageTests {
  let cases: [VectorCase]

  init() throws {
    cases = try SchedulerVectors.loaded.get().cases
  }

  @Test func everyCombinationOfStepCountsIsCovered() {
    func kind(_ steps: [Double]) -> Int { min(steps.count, 2) }
    let combinations = Set(cases.map { [kind($0.learningSteps), kind($0.relearningSteps)] })
    #expect(combinations.count == 9)
  }

  @Test func parameterSetsAndSettingsVary() {
    #expect(cases.filter { $0.params.count == 19 }.count >= 100)
    #expect(
      cases.filter { $0.params.count == 21 && $0.params != FSRSWeights.defaultValues }.count >= 500)
    let retentions = Set(cases.map(\.retention))
    #expect([0.7, 0.8, 0.95, 0.97].allSatisfy(retentions.contains))
    #expect(Set(cases.map(\.maxInterval)).isSuperset(of: [30, 365, 36500]))
    #expect(cases.filter { $0.initial != nil }.count >= 100)
    #expect(cases.filter(\.fuzz).count >= 500)
  }

  @Test func reviewTimingVaries() {
    var sameDay = 0
    var farPastDue = 0
    var boundary = 0
    for vector in cases {
      for (previous, review) in zip(vector.reviews, vector.reviews.dropFirst()) {
        let gap = review.time - previous.time
        if gap < 86_400 { sameDay += 1 }
        if gap == 86_340 || gap == 86_399 || gap == 86_400 { boundary += 1 }
        if review.time - previous.due >= 30 * 86_400 { farPastDue += 1 }
      }
    }
    #expect(sameDay >= 2000)
    #expect(farPastDue >= 1000)
    #expect(boundary >= 200)
  }

  /// Fuzz moved intervals, and some draws hit the reference's one-past-the-top rounding.
  @Test func fuzzChangesIntervalsIncludingPastTheTop() throws {
    var moved = 0
    var pastTop = 0
    for vector in cases where vector.fuzz {
      let scheduler = try vector.scheduler()
      for review in vector.reviews where review.state == CardState.review.rawValue {
        let plain = scheduler.intervalDays(stability: review.stability)
        if plain != review.intervalDays { moved += 1 }
        let range = IntervalFuzz.range(days: plain, maximumInterval: vector.maxInterval)
        if plain >= 3 && review.intervalDays == range.high + 1 { pastTop += 1 }
      }
    }
    #expect(moved >= 1000)
    #expect(pastTop >= 10)
  }
}
