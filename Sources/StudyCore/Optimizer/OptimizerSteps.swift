import Foundation

/// Adam (β1 0.9, β2 0.999, ε 1e-8) over the 21 weights.
struct Adam {
  private var m = [Double](repeating: 0, count: FSRSWeights.count)
  private var v = [Double](repeating: 0, count: FSRSWeights.count)
  private var t = 0

  mutating func step(_ w: inout [Double], _ gradient: [Double], rate: Double) {
    let (beta1, beta2, epsilon) = (0.9, 0.999, 1e-8)
    t += 1
    let bias1 = 1 - pow(beta1, Double(t))
    let bias2 = 1 - pow(beta2, Double(t))
    for i in 0..<FSRSWeights.count {
      m[i] = beta1 * m[i] + (1 - beta1) * gradient[i]
      v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i]
      w[i] -= rate * (m[i] / bias1) / ((v[i] / bias2).squareRoot() + epsilon)
    }
  }
}

/// The learning rate annealed along half a cosine from `rate` to 0 over `steps` steps, in the
/// recursive form PyTorch's `CosineAnnealingLR` (and the reference) uses.
struct CosineSchedule {
  let steps: Double
  let rate: Double
  private var count = -1.0
  private var current: Double

  init(steps: Double, rate: Double) {
    self.steps = steps
    self.rate = rate
    current = rate
  }

  mutating func next() -> Double {
    count += 1
    if count == 0 {
      current = rate
    } else if (count - 1 - steps).truncatingRemainder(dividingBy: 2 * steps) == 0 {
      current = rate * (1 - cos(Double.pi / steps)) / 2
    } else {
      current =
        (1 + cos(Double.pi * count / steps)) / (1 + cos(Double.pi * (count - 1) / steps)) * current
    }
    return current
  }
}

/// Keeps the weights in the ranges the optimizer may explore (with one relearning step and
/// short-term memory on): the model's bounds, `w19` at least 0.01.
enum WeightClipper {
  static let lower: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001,
    0.0, 0.0, 1.0, 0.0, 0.0, 0.01, 0.1,
  ]
  static let upper: [Double] = [
    100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8,
  ]

  static func clip(_ w: inout [Double]) {
    for i in 0..<FSRSWeights.count {
      w[i] = w[i].isNaN ? lower[i] : min(max(w[i], lower[i]), upper[i])
    }
  }
}
