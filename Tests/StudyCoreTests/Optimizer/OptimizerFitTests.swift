import Foundation
import Testing

@testable import StudyCore

/// Fits on simulated learners whose true weights are known.
@Suite struct OptimizerFitTests {
  static func log(reviews: Int, seed: UInt64, noise: Double = 0.3) -> [OptimizerReview] {
    var learner = SimulatedLearner(
      trueWeights: SimulatedLearner.sampleWeights, noise: noise, seed: seed)
    return learner.history(reviews: reviews, newPerDay: 15)
  }

  @Test func fittedWeightsBeatDefaultsAndMatchTheTruthOnHeldOutReviews() {
    let run = OptimizationRun(reviews: Self.log(reviews: 6_000, seed: 11))
    #expect(run.fit.stage == .trained)
    let byLabel = Dictionary(uniqueKeysWithValues: run.scores.map { ($0.label, $0.metrics) })
    let fitted = byLabel["fitted"]?.logLoss ?? .nan
    let defaults = byLabel["default"]?.logLoss ?? .nan
    let testItems = TrainingItems(
      histories: OptimizationRun.split(
        CardHistory.histories(Self.log(reviews: 6_000, seed: 11))
      ).test)
    let truth = PredictionMetrics.evaluate(SimulatedLearner.sampleWeights, on: testItems)
    #expect(fitted < defaults)
    // Within noise of the generating weights: one standard error of a mean log loss over the
    // held-out reviews is about 0.5 / sqrt(n).
    let noise = 0.5 / Double(truth.reviews).squareRoot()
    #expect(fitted <= truth.logLoss + noise, "fitted \(fitted), truth \(truth.logLoss)")
  }

  @Test func sameLogAndSeedGiveTheSameWeights() {
    let reviews = Self.log(reviews: 3_000, seed: 5)
    let items = TrainingItems(histories: CardHistory.histories(reviews))
    let first = FSRSOptimizer.fit(items)
    #expect(FSRSOptimizer.fit(items) == first)
    var other = OptimizerConfiguration()
    other.seed = 7
    #expect(FSRSOptimizer.fit(items, configuration: other).weights != first.weights)
  }

  @Test func tinyLogsFallBackAsTheReferenceDoes() {
    let none = FSRSOptimizer.fit(TrainingItems(histories: []))
    #expect(none.stage == .defaults && none.weights == .defaults)
    // A few dozen cards with one long-term review each: initial stabilities only.
    var reviews: [OptimizerReview] = []
    for card in 0..<40 {
      let start: Int64 = 1_700_000_000_000_000 + Int64(card) * 1_000_000
      reviews.append(OptimizerReview(card: "c\(card)", rating: .good, time: start))
      reviews.append(
        OptimizerReview(
          card: "c\(card)", rating: card % 4 == 0 ? .again : .good,
          time: start + Int64(1 + card % 3) * 86_400_000_000))
    }
    let fit = FSRSOptimizer.fit(TrainingItems(histories: CardHistory.histories(reviews)))
    #expect(fit.stage == .initialStability)
    #expect(fit.weights.values[4...] == FSRSWeights.defaultValues[4...])
    #expect(fit.weights[2] != FSRSWeights.defaultValues[2])
  }

  @Test func cardsFirstSeenBeforeTheLogAreLeftOutAndSameDayReviewsAreNotScored() {
    let day: Int64 = 86_400_000_000
    let reviews = [
      // Studied before the log starts: its first logged review was of a review card.
      OptimizerReview(card: "old", rating: .good, time: 0, stateBefore: 2),
      OptimizerReview(card: "old", rating: .good, time: 5 * day, stateBefore: 2),
      OptimizerReview(card: "new", rating: .again, time: 0, stateBefore: 0),
      OptimizerReview(card: "new", rating: .good, time: 600_000_000, stateBefore: 1),
      OptimizerReview(card: "new", rating: .good, time: day + 600_000_000, stateBefore: 2),
      // Reset and studied anew: only the last learning block counts.
      OptimizerReview(card: "reset", rating: .good, time: 0, stateBefore: 0),
      OptimizerReview(card: "reset", rating: .good, time: 3 * day, stateBefore: 2),
      OptimizerReview(card: "reset", rating: .hard, time: 9 * day, stateBefore: 0),
      OptimizerReview(card: "reset", rating: .good, time: 11 * day, stateBefore: 2),
    ]
    let histories = CardHistory.histories(reviews)
    #expect(histories.map(\.card) == ["new", "reset"])
    #expect(histories[0].deltaDays == [0, 0, 1])
    #expect(histories[0].targets == [2])
    #expect(histories[1].ratings == [2, 3])
    #expect(histories[1].deltaDays == [0, 2])
  }
}
