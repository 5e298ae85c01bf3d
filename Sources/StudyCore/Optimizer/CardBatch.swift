import Foundation

/// Whole card histories packed for training: every scored review of a card is predicted in one
/// pass over the card, as the reference does when it knows which items share a card.
struct CardBatch: Sendable {
  /// Card `i` occupies `offsets[i] ..< offsets[i + 1]` of the arrays below.
  var offsets: [Int] = [0]
  var deltas: [Double] = []
  var ratings: [Int] = []
  /// The item's weight for a scored review, 0 for one that is not scored.
  var weights: [Double] = []
  /// 1 when the review was recalled.
  var labels: [Double] = []
  /// How many reviews are scored.
  var predictions = 0

  var cardCount: Int { offsets.count - 1 }

  /// Adds a card's first `length` reviews, scoring those in `scored` (end index → weight).
  mutating func append(_ history: CardHistory, length: Int, scored: [(end: Int, weight: Double)]) {
    let start = deltas.count
    for index in 0..<length {
      deltas.append(Double(history.deltaDays[index]))
      ratings.append(history.ratings[index])
      labels.append(history.ratings[index] > 1 ? 1 : 0)
      weights.append(0)
    }
    for (end, weight) in scored where end < length {
      weights[start + end] = weight
      predictions += 1
    }
    offsets.append(deltas.count)
  }
}

/// Binary cross-entropy with the prediction clamped to [1e-7, 1 - 1e-7]; the gradient is zero
/// where the clamp is active.
@inline(__always)
func crossEntropy(_ rawR: Double, label: Double, weight: Double) -> (loss: Double, gR: Double) {
  if weight == 0 { return (0, 0) }
  let low = 1e-7
  let high = 1 - 1e-7
  let r = min(max(rawR, low), high)
  let loss = -(label * log(r) + (1 - label) * log(1 - r)) * weight
  let gR = rawR > low && rawR < high ? -weight * (label / r - (1 - label) / (1 - r)) : 0
  return (loss, gR)
}

extension TrainingModel {
  /// The weighted loss summed over `batch`'s scored reviews, and its gradient added to `g`.
  func lossAndGradient(_ batch: CardBatch, _ g: UnsafeMutableBufferPointer<Double>) -> Double {
    var caches: [StepCache] = []
    var gRLoss: [Double] = []
    var total = 0.0
    for card in 0..<batch.cardCount {
      let start = batch.offsets[card]
      let length = batch.offsets[card + 1] - start
      guard length > 0 else { continue }
      caches.removeAll(keepingCapacity: true)
      gRLoss.removeAll(keepingCapacity: true)
      var state = (s: 0.0, d: 0.0)
      for t in 0..<(length - 1) {
        let i = start + t
        let (s, d, cache) = step(
          state, delta: batch.deltas[i], rating: batch.ratings[i], first: t == 0)
        if t > 0 {
          let (loss, gR) = crossEntropy(cache.r, label: batch.labels[i], weight: batch.weights[i])
          total += loss
          gRLoss.append(gR)
        } else {
          gRLoss.append(0)
        }
        caches.append(cache)
        state = (s, d)
      }
      // The last review is only predicted.
      let last = start + length - 1
      var gS = 0.0
      if length > 1 && batch.weights[last] != 0 {
        let s = Self.clamp(state.s, Self.minimumStability, Self.maximumStability)
        let t = max(batch.deltas[last], 0)
        let base = t / s * factor + 1
        let r = pow(base, decay)
        let (loss, gR) = crossEntropy(r, label: batch.labels[last], weight: batch.weights[last])
        total += loss
        gS = curveBackward(t: t, s: s, base: base, r: r, gR: gR, g)
        gS *= Self.passes(state.s, Self.minimumStability, Self.maximumStability)
      }
      var gD = 0.0
      for t in stride(from: caches.count - 1, through: 0, by: -1) {
        (gS, gD) = stepBackward(caches[t], gS: gS, gD: gD, gRExtra: gRLoss[t], g)
      }
    }
    return total
  }

  /// The predicted recall of every scored review of `history` (index → probability), one pass.
  func predictions(_ history: CardHistory) -> [Double] {
    var result = [Double](repeating: .nan, count: history.count)
    var state = (s: 0.0, d: 0.0)
    for t in 0..<history.count {
      if t > 0 {
        let s = Self.clamp(state.s, Self.minimumStability, Self.maximumStability)
        result[t] = retrievability(Double(history.deltaDays[t]), s)
      }
      let next = step(
        state, delta: Double(history.deltaDays[t]), rating: history.ratings[t], first: t == 0)
      state = (next.s, next.d)
    }
    return result
  }
}
