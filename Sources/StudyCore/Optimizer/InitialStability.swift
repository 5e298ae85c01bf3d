import Foundation

/// The pretrain step: the four initial stabilities (`w0`...`w3`) fitted from each card's first
/// long-term review, one first rating at a time, before any gradient descent.
///
/// For each first rating, the recall rate at each first interval (smoothed towards the overall
/// recall rate by one pseudo-review) is fitted with the forgetting curve by a ternary search on
/// stability in [0.001, 100], with a small pull towards the default (`|s - default| / 16`). The
/// results are then made to increase with the rating and missing ratings are filled in from the
/// others, as the reference does.
enum InitialStability {
  static let minimum = 0.001
  static let maximum = 100.0

  /// The fitted stabilities and how many items each first rating had.
  static func fit(
    _ data: TrainingItems, initialization: [TrainingItem], averageRecall: Double
  ) -> (stabilities: [Double], counts: [Int: Int])? {
    // rating → days → (passes, count)
    var groups: [Int: [Int: (pass: Int, count: Int)]] = [:]
    for item in initialization where data.longTermCount(item) == 1 {
      let delta = data.firstLongTermDelta(item)
      var entry = groups[data.firstRating(item), default: [:]][delta] ?? (0, 0)
      entry.count += 1
      if data.recalled(item) { entry.pass += 1 }
      groups[data.firstRating(item), default: [:]][delta] = entry
    }
    var counts: [Int: Int] = [:]
    var stabilities: [Int: Double] = [:]
    for (rating, byDelta) in groups {
      let points = byDelta.sorted { $0.key < $1.key }.map { delta, entry in
        let count = Double(entry.count)
        let recall = Double(entry.pass) / count
        return (t: Double(delta), recall: (recall * count + averageRecall) / (count + 1), n: count)
      }
      counts[rating] = byDelta.values.reduce(0) { $0 + $1.count }
      stabilities[rating] = search(points, defaultStability: FSRSWeights.defaultValues[rating - 1])
    }
    guard let filled = smoothAndFill(stabilities, counts: counts) else { return nil }
    return (filled, counts)
  }

  private static func search(
    _ points: [(t: Double, recall: Double, n: Double)], defaultStability: Double
  ) -> Double {
    let decay = -FSRSWeights.defaultValues[20]
    let factor = pow(0.9, 1 / decay) - 1
    func loss(_ s: Double) -> Double {
      var total = 0.0
      for point in points {
        let predicted = pow(point.t / s * factor + 1, decay)
        total -= (point.recall * log(predicted) + (1 - point.recall) * log(1 - predicted)) * point.n
      }
      return total + abs(s - defaultStability) / 16
    }
    var low = minimum
    var high = maximum
    var best = defaultStability
    var iteration = 0
    while high - low > Double.ulpOfOne && iteration < 1000 {
      iteration += 1
      let mid1 = low + (high - low) / 3
      let mid2 = high - (high - low) / 3
      if loss(mid1) < loss(mid2) { high = mid2 } else { low = mid1 }
      best = (high + low) / 2
    }
    return best
  }

  /// Orders the stabilities by rating (a lower rating never gets the larger one: the rating
  /// with fewer items gives way) and fills in the ratings without data from those with it.
  static func smoothAndFill(_ found: [Int: Double], counts: [Int: Int]) -> [Double]? {
    var s = found.filter { counts[$0.key] != nil }
    for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
      guard let a = s[small], let b = s[big], a > b, let ca = counts[small], let cb = counts[big]
      else { continue }
      if ca > cb { s[big] = a } else { s[small] = b }
    }
    let (w1, w2) = (0.41, 0.54)
    var r: [Double?] = [nil, s[1], s[2], s[3], s[4]]
    var result: [Double]
    switch s.count {
    case 0:
      return nil
    case 1:
      guard let (rating, value) = s.first else { return nil }
      let scale = value / FSRSWeights.defaultValues[rating - 1]
      result = FSRSWeights.defaultValues[0..<4].map { $0 * scale }.sorted()
    case 2:
      fillTwo(&r, w1, w2)
      result = r.compactMap { $0 }
    case 3:
      fillThree(&r, w1, w2)
      result = r.compactMap { $0 }
    default:
      result = r.compactMap { $0 }
    }
    guard result.count >= 4 else { return nil }
    return result[0..<4].map { min(max($0, minimum), maximum) }
  }

  private static func fillTwo(_ r: inout [Double?], _ w1: Double, _ w2: Double) {
    switch (r[1], r[2], r[3], r[4]) {
    case (nil, nil, let r3?, let r4?):
      let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
      r[2] = r2
      r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
    case (nil, let r2?, nil, let r4?):
      let r3 = pow(r2, 1 - w2) * pow(r4, w2)
      r[3] = r3
      r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
    case (nil, let r2?, let r3?, nil):
      r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
      r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
    case (let r1?, nil, nil, let r4?):
      let k = w1 / (w1 + w2 - w1 * w2)
      let j = w2 / (w1 + w2 - w1 * w2)
      r[2] = pow(r1, k) * pow(r4, 1 - k)
      r[3] = pow(r1, 1 - j) * pow(r4, j)
    case (let r1?, nil, let r3?, nil):
      let r2 = pow(r1, w1) * pow(r3, 1 - w1)
      r[2] = r2
      r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
    case (let r1?, let r2?, nil, nil):
      let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
      r[3] = r3
      r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
    default:
      break
    }
  }

  private static func fillThree(_ r: inout [Double?], _ w1: Double, _ w2: Double) {
    switch (r[1], r[2], r[3], r[4]) {
    case (nil, let r2?, let r3?, _):
      r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
    case (let r1?, nil, let r3?, _):
      r[2] = pow(r1, w1) * pow(r3, 1 - w1)
    case (_, let r2?, nil, let r4?):
      r[3] = pow(r2, 1 - w2) * pow(r4, w2)
    case (_, let r2?, let r3?, nil):
      r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
    default:
      break
    }
  }
}
