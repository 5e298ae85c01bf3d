import Foundation
import Testing

@testable import StudyCore

/// The hand-written backward pass against central finite differences of the forward pass.
@Suite struct OptimizerGradientTests {
  /// Two cards covering every branch: first reviews, same-day steps (Again and Good), lapses
  /// (raw and floored), Hard, Good and Easy recalls.
  static func batch() -> CardBatch {
    var batch = CardBatch()
    let a = CardHistory(
      card: "a", deltaDays: [0, 0, 1, 3, 0, 8, 20, 2], ratings: [1, 3, 3, 1, 3, 2, 4, 3],
      times: Array(repeating: 0, count: 8))
    let b = CardHistory(
      card: "b", deltaDays: [0, 2, 5, 0, 1, 40], ratings: [4, 3, 1, 1, 3, 3],
      times: Array(repeating: 0, count: 6))
    batch.append(a, length: a.count, scored: a.targets.map { ($0, 0.3 + Double($0) * 0.1) })
    batch.append(b, length: b.count, scored: b.targets.map { ($0, 1.0) })
    return batch
  }

  static func loss(_ w: [Double], _ batch: CardBatch) -> Double {
    var sink = [Double](repeating: 0, count: 21)
    return sink.withUnsafeMutableBufferPointer { TrainingModel(w).lossAndGradient(batch, $0) }
  }

  @Test(arguments: [FSRSWeights.defaultValues, SimulatedLearner.sampleWeights.values])
  func gradientMatchesFiniteDifferences(_ w: [Double]) {
    let batch = Self.batch()
    var gradient = [Double](repeating: 0, count: 21)
    _ = gradient.withUnsafeMutableBufferPointer { TrainingModel(w).lossAndGradient(batch, $0) }
    for index in 0..<21 {
      let h = 1e-6 * max(1, abs(w[index]))
      var up = w
      var down = w
      up[index] += h
      down[index] -= h
      let numeric = (Self.loss(up, batch) - Self.loss(down, batch)) / (2 * h)
      let tolerance = 1e-4 * max(1, abs(numeric))
      #expect(
        abs(gradient[index] - numeric) <= tolerance, "w\(index): \(gradient[index]) vs \(numeric)")
    }
    // Not a vacuous check: the batch moves most weights.
    #expect(gradient.filter { $0 != 0 }.count >= 18)
  }

  @Test func scoredLossIsTheSumOfWeightedCrossEntropies() {
    // One card, one scored review: the loss is -ln(R) for a recall.
    var batch = CardBatch()
    let history = CardHistory(card: "x", deltaDays: [0, 3], ratings: [3, 3], times: [0, 0])
    batch.append(history, length: 2, scored: [(1, 1.0)])
    let w = FSRSWeights.defaultValues
    let model = TrainingModel(w)
    let expected = -log(model.retrievability(3, w[2]))
    #expect(abs(Self.loss(w, batch) - expected) < 1e-12)
  }
}
