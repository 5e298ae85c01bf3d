import Foundation

/// The settings of a fit; the defaults are the reference optimizer's (fsrs-rs 6.6).
public struct OptimizerConfiguration: Sendable, Equatable {
  /// Passes over the training reviews.
  public var epochs = 5
  /// Scored reviews per gradient step (whole cards are kept together).
  public var batchSize = 512
  /// The seed of the batch order; the same seed gives the same weights.
  public var seed: UInt64 = 2023
  /// Adam's starting learning rate, annealed along a cosine to 0.
  public var learningRate = 4e-2
  /// Items longer than this many reviews are left out of training.
  public var maxSequenceLength = 256
  /// The strength of the pull towards the starting weights.
  public var gamma = 1.0

  /// The reference's settings.
  public init() {}
}

/// How far a fit went, which depends on how much the log holds.
public enum FitStage: String, Sendable, Equatable {
  /// Fewer than 8 usable reviews: the defaults.
  case defaults
  /// Fewer than 64 usable reviews (or only first reviews): initial stabilities only.
  case initialStability = "initial-stability"
  /// Initial stabilities, then gradient descent on all 21 weights.
  case trained
}

/// What a fit gives back.
public struct FitResult: Sendable, Equatable {
  /// The fitted weights.
  public var weights: FSRSWeights
  /// How far the fit went.
  public var stage: FitStage
  /// Reviews (scored predictions) the gradient descent used, after the outlier filter.
  public var trainingReviews: Int
  /// Reviews the initial-stability search used.
  public var initialReviews: Int
}

/// Fits the 21 FSRS-6 weights to a review log the way the reference optimizer does:
/// outlier filter, initial stabilities from first reviews, then Adam on the weighted log loss
/// (recent reviews count more) with an L2 pull towards the starting weights, the weights
/// clipped to their bounds after every step. Deterministic for a given seed.
public enum FSRSOptimizer {
  /// The fewest usable reviews for which the reference runs gradient descent.
  public static let minimumTrainingReviews = 64
  /// Below this many usable reviews the reference returns the defaults.
  public static let minimumReviews = 8

  static let parameterSpread: [Double] = [
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57,
    0.25, 1.03, 0.31, 0.32, 0.14, 0.27,
  ]

  /// Fits weights to every item of `data`.
  public static func fit(
    _ data: TrainingItems, configuration: OptimizerConfiguration = OptimizerConfiguration()
  ) -> FitResult {
    let (initialization, train) = OutlierFilter.apply(data)
    let average = data.averageRecall(train)
    guard train.count >= minimumReviews,
      let (stabilities, counts) = InitialStability.fit(
        data, initialization: initialization, averageRecall: average)
    else {
      return FitResult(weights: .defaults, stage: .defaults, trainingReviews: 0, initialReviews: 0)
    }
    let start = stabilities + FSRSWeights.defaultValues[4...]
    if train.count == initialization.count || train.count < minimumTrainingReviews {
      return FitResult(
        weights: checked(start), stage: .initialStability, trainingReviews: 0,
        initialReviews: initialization.count)
    }
    var weighted: [(item: TrainingItem, weight: Double)] = []
    let span = max(Double(train.count) - 1, 1)
    for (index, item) in train.enumerated() {
      let position = Double(index) / span
      weighted.append((item, 0.25 + 0.75 * position * position * position))
    }
    weighted.removeAll { data.length($0.item) > configuration.maxSequenceLength }
    var w = descend(data, weighted, start: start, configuration)
    if let smoothed = InitialStability.smoothAndFill(
      Dictionary(uniqueKeysWithValues: (1...4).map { ($0, w[$0 - 1]) }), counts: counts)
    {
      w.replaceSubrange(0..<4, with: smoothed)
    }
    return FitResult(
      weights: checked(w), stage: .trained, trainingReviews: weighted.count,
      initialReviews: initialization.count)
  }

  /// Adam over shuffled card batches, as many steps as the reference takes.
  static func descend(
    _ data: TrainingItems, _ weighted: [(item: TrainingItem, weight: Double)], start: [Double],
    _ configuration: OptimizerConfiguration
  ) -> [Double] {
    let batches = packBatches(data, weighted, batchSize: configuration.batchSize)
    let total = weighted.count
    let iterations = (total / configuration.batchSize + 1) * configuration.epochs
    var schedule = CosineSchedule(steps: Double(iterations), rate: configuration.learningRate)
    var adam = Adam()
    var w = start
    var random = SeededGenerator(seed: configuration.seed)
    var gradient = [Double](repeating: 0, count: FSRSWeights.count)
    for _ in 0..<configuration.epochs {
      var order = Array(batches.indices)
      shuffle(&order, &random)
      for index in order {
        let batch = batches[index]
        let rate = schedule.next()
        let model = TrainingModel(w)
        for slot in gradient.indices { gradient[slot] = 0 }
        _ = gradient.withUnsafeMutableBufferPointer { model.lossAndGradient(batch, $0) }
        let scale = configuration.gamma * Double(batch.predictions) / Double(total)
        for slot in gradient.indices {
          let spread = parameterSpread[slot]
          gradient[slot] += 2 * (w[slot] - start[slot]) / (spread * spread) * scale
        }
        adam.step(&w, gradient, rate: rate)
        WeightClipper.clip(&w)
      }
    }
    return w
  }

  /// Cards ordered by their longest item, packed into batches of at most `batchSize` scored
  /// reviews (a card bigger than that gets a batch of its own).
  static func packBatches(
    _ data: TrainingItems, _ weighted: [(item: TrainingItem, weight: Double)], batchSize: Int
  ) -> [CardBatch] {
    var byCard: [Int: [(end: Int, weight: Double)]] = [:]
    for (item, weight) in weighted { byCard[item.history, default: []].append((item.end, weight)) }
    let cards = byCard.keys.sorted().map {
      card -> (card: Int, scored: [(end: Int, weight: Double)]) in
      (card, byCard[card, default: []].sorted { $0.end < $1.end })
    }
    let ordered = cards.enumerated().sorted { a, b in
      let (la, lb) = (a.element.scored.last?.end ?? 0, b.element.scored.last?.end ?? 0)
      return la != lb ? la < lb : a.offset < b.offset
    }.map(\.element)
    var batches: [CardBatch] = []
    var current = CardBatch()
    for (card, scored) in ordered {
      if current.predictions > 0 && current.predictions + scored.count > batchSize {
        batches.append(current)
        current = CardBatch()
      }
      let length = (scored.last?.end ?? 0) + 1
      current.append(data.histories[card], length: length, scored: scored)
    }
    if current.predictions > 0 { batches.append(current) }
    return batches
  }

  /// Fisher–Yates with our own generator, so the order does not depend on the standard
  /// library's shuffle.
  static func shuffle(_ values: inout [Int], _ random: inout SeededGenerator) {
    guard values.count > 1 else { return }
    for index in stride(from: values.count - 1, to: 0, by: -1) {
      let other = Int(random.next() % UInt64(index + 1))
      values.swapAt(index, other)
    }
  }

  /// Weights that passed the clipper are in bounds; a NaN (never seen) falls back to defaults.
  static func checked(_ values: [Double]) -> FSRSWeights {
    (try? FSRSWeights(values)) ?? .defaults
  }
}
