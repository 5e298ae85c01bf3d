import Foundation

/// How well a set of weights predicts recall on some reviews, by the srs-benchmark's measures.
public struct PredictionMetrics: Sendable, Equatable {
  /// Mean binary cross-entropy of the predicted recall (lower is better).
  public var logLoss: Double
  /// RMSE(bins): predictions and outcomes averaged within bins of (interval, review count,
  /// lapses), the bins' squared gaps weighted by their sizes (lower is better).
  public var rmseBins: Double
  /// Reviews scored.
  public var reviews: Int

  /// Metrics with every field given.
  public init(logLoss: Double, rmseBins: Double, reviews: Int) {
    self.logLoss = logLoss
    self.rmseBins = rmseBins
    self.reviews = reviews
  }

  /// Scores `weights` on every item of `data` (all of them: no filter, no length limit).
  public static func evaluate(_ weights: FSRSWeights, on data: TrainingItems) -> PredictionMetrics {
    let model = TrainingModel(weights.values)
    var loss = 0.0
    var count = 0
    var bins: [BinKey: (predicted: Double, actual: Double, count: Double)] = [:]
    var wanted: [Int: [Int]] = [:]
    for item in data.items { wanted[item.history, default: []].append(item.end) }
    for (historyIndex, ends) in wanted {
      let history = data.histories[historyIndex]
      let predicted = model.predictions(history)
      for end in ends {
        let p = predicted[end]
        let y = history.ratings[end] > 1 ? 1.0 : 0.0
        loss += crossEntropy(p, label: y, weight: 1).loss
        count += 1
        let key = BinKey(history: history, end: end)
        var bin = bins[key] ?? (0, 0, 0)
        bin.predicted += p
        bin.actual += y
        bin.count += 1
        bins[key] = bin
      }
    }
    guard count > 0 else { return PredictionMetrics(logLoss: .nan, rmseBins: .nan, reviews: 0) }
    var squares = 0.0
    var weight = 0.0
    for bin in bins.values {
      let gap = bin.predicted / bin.count - bin.actual / bin.count
      squares += gap * gap * bin.count
      weight += bin.count
    }
    return PredictionMetrics(
      logLoss: loss / Double(count), rmseBins: (squares / weight).squareRoot(), reviews: count)
  }
}

/// The srs-benchmark's bin of one prediction: the interval on a log scale of base 3.62, the
/// number of long-term reviews so far (base 1.89) and the lapses before it (base 1.73).
struct BinKey: Hashable {
  var interval: Int
  var length: Int
  var lapses: Int

  init(history: CardHistory, end: Int) {
    let delta = Double(history.deltaDays[end])
    interval = Int((2.48 * pow(3.62, (log(delta) / log(3.62)).rounded(.down)) * 100).rounded())
    var longTerm = 0
    var lapseCount = 0
    for index in 0...end where history.deltaDays[index] > 0 {
      longTerm += 1
      if index < end && history.ratings[index] == 1 { lapseCount += 1 }
    }
    let n = Double(longTerm) + 1
    length = Int((1.99 * pow(1.89, (log(n) / log(1.89)).rounded(.down))).rounded())
    lapses =
      lapseCount == 0
      ? 0
      : Int((1.65 * pow(1.73, (log(Double(lapseCount)) / log(1.73)).rounded(.down))).rounded())
  }
}
