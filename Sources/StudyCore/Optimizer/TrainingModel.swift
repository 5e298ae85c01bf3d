import Foundation

/// The FSRS-6 memory model as the optimizer runs it: the scheduler's formulas, with the
/// training model's clamps (stability in [0.001, 36500], difficulty in [1, 10]) and every
/// branch taken recorded so that the backward pass can follow the same path.
///
/// This is a separate copy of the formulas from ``MemoryModel`` on purpose: the scheduler must
/// match the reference scheduler bit for bit (`pow(M_E, x)`, its order of operations), while the
/// trainer wants `exp` and the training model's clamps.
struct TrainingModel {
  static let minimumStability = 0.001
  static let maximumStability = 36500.0
  static let minimumDifficulty = 1.0
  static let maximumDifficulty = 10.0

  let w: [Double]
  /// `-w20`.
  let decay: Double
  /// `0.9^(1/decay) - 1`.
  let factor: Double
  /// d(factor)/d(decay).
  let factorSlope: Double
  let expW8: Double
  /// `e^(w17·w18)`.
  let failureFloorDivisor: Double
  /// The unclamped initial difficulty for Easy (mean reversion's target).
  let easyDifficulty: Double
  let exp3w5: Double

  init(_ w: [Double]) {
    self.w = w
    decay = -w[20]
    let c = log(0.9)
    factor = exp(c / decay) - 1
    factorSlope = exp(c / decay) * (-c / (decay * decay))
    expW8 = exp(w[8])
    failureFloorDivisor = exp(w[17] * w[18])
    easyDifficulty = w[4] - exp(3 * w[5]) + 1
    exp3w5 = exp(3 * w[5])
  }

  /// Retrievability after `t` days at stability `s`.
  @inline(__always)
  func retrievability(_ t: Double, _ s: Double) -> Double {
    pow(t / s * factor + 1, decay)
  }

  @inline(__always)
  static func clamp(_ x: Double, _ low: Double, _ high: Double) -> Double {
    min(max(x, low), high)
  }

  /// 1 inside [low, high] (boundaries included), 0 outside: where a clamp lets gradient through.
  @inline(__always)
  static func passes(_ x: Double, _ low: Double, _ high: Double) -> Double {
    x >= low && x <= high ? 1 : 0
  }

  @inline(__always)
  func initialDifficulty(_ rating: Int) -> Double {
    w[4] - exp(w[5] * Double(rating - 1)) + 1
  }

  /// One review: the state after it, and what the backward pass needs. `first` is the card's
  /// first review, which sets the state from `w0`...`w5`.
  @inline(__always)
  func step(_ state: (s: Double, d: Double), delta: Double, rating: Int, first: Bool)
    -> (s: Double, d: Double, cache: StepCache)
  {
    var c = StepCache()
    c.stateS = state.s
    c.stateD = state.d
    c.lastS = Self.clamp(state.s, Self.minimumStability, Self.maximumStability)
    c.lastD = Self.clamp(state.d, Self.minimumDifficulty, Self.maximumDifficulty)
    c.delta = max(delta, 0)
    c.rating = rating
    if first && state.s == 0 {
      c.branch = .initial
      let s = w[min(max(rating, 1), 4) - 1]
      let d = initialDifficulty(rating)
      c.preClampS = s
      c.meanD = d
      return (
        Self.clamp(s, Self.minimumStability, Self.maximumStability),
        Self.clamp(d, Self.minimumDifficulty, Self.maximumDifficulty), c
      )
    }
    let (s, d) = (c.lastS, c.lastD)
    c.base = c.delta / s * factor + 1
    c.r = pow(c.base, decay)
    let newS: Double
    if c.delta == 0 {
      c.branch = .sameDay
      c.shortRaw = exp(w[17] * (Double(rating) - 3 + w[18])) * pow(s, -w[19])
      c.shortRawActive = !(rating >= 2 && c.shortRaw < 1)
      c.shortValue = rating >= 2 ? max(c.shortRaw, 1) : c.shortRaw
      newS = s * c.shortValue
    } else if rating == 1 {
      c.branch = .lapse
      c.failureRaw =
        w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - c.r) * w[14])
      c.failureFloor = s / failureFloorDivisor
      c.failureUsedFloor = c.failureFloor < c.failureRaw
      newS = c.failureUsedFloor ? c.failureFloor : c.failureRaw
    } else {
      c.branch = .recall
      let hard = rating == 2 ? w[15] : 1
      let easy = rating == 4 ? w[16] : 1
      let increase = expW8 * (11 - d) * pow(s, -w[9]) * (exp((1 - c.r) * w[10]) - 1) * hard * easy
      newS = s * (increase + 1)
    }
    let deltaD = -w[6] * (Double(rating) - 3)
    let nextD = d + (10 - d) * deltaD / 9
    let meanD = w[7] * (easyDifficulty - nextD) + nextD
    c.preClampS = newS
    c.meanD = meanD
    return (
      Self.clamp(newS, Self.minimumStability, Self.maximumStability),
      Self.clamp(meanD, Self.minimumDifficulty, Self.maximumDifficulty), c
    )
  }
}

/// Which formula a review went through.
enum StepBranch: UInt8 {
  case initial, sameDay, lapse, recall
}

/// What one forward step leaves for the backward pass.
struct StepCache {
  var stateS = 0.0
  var stateD = 0.0
  var lastS = 0.0
  var lastD = 0.0
  var delta = 0.0
  var rating = 0
  var r = 1.0
  var base = 1.0
  var failureRaw = 0.0
  var failureFloor = 0.0
  var failureUsedFloor = false
  var shortRaw = 0.0
  var shortValue = 0.0
  var shortRawActive = false
  var branch = StepBranch.initial
  var preClampS = 0.0
  var meanD = 0.0
}
