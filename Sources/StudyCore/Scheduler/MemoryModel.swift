import Foundation

/// The FSRS-6 formulas for stability, difficulty, retrievability and intervals.
///
/// Every expression follows the reference implementation's order of operations, and `e^x` is
/// computed as `pow(M_E, x)` as the reference does (`math.e ** x`), because `exp(x)` differs from
/// it in the last bit often enough to break exact agreement. Sub-expressions that depend only on
/// the parameters are computed once here; they are the same floating-point values either way.
struct MemoryModel: Sendable, Equatable, Hashable {
  static let minimumStability = 0.001
  static let minimumDifficulty = 1.0
  static let maximumDifficulty = 10.0

  let w: [Double]
  /// `-w20`: the exponent of the forgetting curve.
  let decay: Double
  /// `0.9^(1/decay) - 1`, which makes retrievability 0.9 after `stability` days.
  let factor: Double
  /// `r^(1/decay) - 1` for the desired retention `r`.
  let retentionTerm: Double
  let maximumInterval: Int
  /// `e^w8`, the scale of a successful recall's stability gain.
  let recallScale: Double
  /// `e^(w17·w18)`, the divisor that caps post-lapse stability.
  let lapseCapDivisor: Double
  /// The unclamped initial difficulty for Easy, the target of difficulty's mean reversion.
  let meanReversionTarget: Double

  init(parameters: SchedulerParameters) {
    let w = parameters.weights.values
    self.w = w
    decay = -w[20]
    factor = pow(0.9, 1 / decay) - 1
    retentionTerm = pow(parameters.desiredRetention, 1 / decay) - 1
    maximumInterval = parameters.maximumInterval
    recallScale = pow(M_E, w[8])
    lapseCapDivisor = pow(M_E, w[17] * w[18])
    meanReversionTarget = w[4] - pow(M_E, w[5] * Double(Rating.easy.rawValue - 1)) + 1
  }

  /// The probability of recall after `elapsedDays` whole days at `stability`.
  func retrievability(elapsedDays: Int, stability: Double) -> Double {
    pow(1 + factor * Double(elapsedDays) / stability, decay)
  }

  /// The memory state after the very first review.
  func initialMemory(_ rating: Rating) -> MemoryState {
    let stability = max(w[rating.rawValue - 1], Self.minimumStability)
    let difficulty = w[4] - pow(M_E, w[5] * Double(rating.rawValue - 1)) + 1
    return MemoryState(stability: stability, difficulty: clampDifficulty(difficulty))
  }

  /// Difficulty after a later review: linear damping towards 10, then mean reversion.
  func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
    let delta = -(w[6] * Double(rating.rawValue - 3))
    let damped = difficulty + (10.0 - difficulty) * delta / 9.0
    return clampDifficulty(w[7] * meanReversionTarget + (1 - w[7]) * damped)
  }

  /// Stability after a review less than a day after the previous one.
  func sameDayStability(_ stability: Double, _ rating: Rating) -> Double {
    var increase =
      pow(M_E, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
    if rating.isRecall { increase = max(increase, 1.0) }
    return max(stability * increase, Self.minimumStability)
  }

  /// Stability after a review a day or more after the previous one, at `retrievability`.
  func laterStability(
    _ memory: MemoryState, retrievability: Double, rating: Rating
  ) -> Double {
    let next =
      rating.isRecall
      ? recallStability(memory, retrievability: retrievability, rating: rating)
      : lapseStability(memory, retrievability: retrievability)
    return max(next, Self.minimumStability)
  }

  private func recallStability(
    _ memory: MemoryState, retrievability: Double, rating: Rating
  ) -> Double {
    let (s, d) = (memory.stability, memory.difficulty)
    var gain =
      recallScale * (11 - d) * pow(s, -w[9]) * (pow(M_E, (1 - retrievability) * w[10]) - 1)
    if rating == .hard { gain *= w[15] }
    if rating == .easy { gain *= w[16] }
    return s * (1 + gain)
  }

  private func lapseStability(_ memory: MemoryState, retrievability: Double) -> Double {
    let (s, d) = (memory.stability, memory.difficulty)
    let longTerm =
      w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * pow(M_E, (1 - retrievability) * w[14])
    let cap = s / lapseCapDivisor
    return cap < longTerm ? cap : longTerm
  }

  /// The review interval in whole days for `stability`: rounded half to even, at least 1 day,
  /// at most the maximum interval.
  func intervalDays(stability: Double) -> Int {
    let exact = (stability / factor) * retentionTerm
    // Only reachable with a corrupt card; the longest interval is the safe answer.
    if exact.isNaN { return maximumInterval }
    let rounded = min(max(exact.rounded(.toNearestOrEven), 1), Double(maximumInterval))
    return Int(rounded)
  }

  private func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, Self.minimumDifficulty), Self.maximumDifficulty)
  }
}
