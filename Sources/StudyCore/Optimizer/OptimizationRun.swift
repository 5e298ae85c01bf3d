/// The whole of `notedrill fsrs optimize` that does not touch a file: the log split by card into
/// a training part and a held-out part (one card in five, picked by a hash of its id, so the
/// split never changes for a card), weights fitted on the training part and scored on the
/// held-out part against the defaults (and the weights in use), then fitted again on the whole
/// log for use.
public struct OptimizationRun: Sendable {
  /// One set of weights and how it scored on the held-out reviews.
  public struct Scored: Sendable, Equatable {
    /// What the weights are ("default", "in use", "fitted").
    public var label: String
    /// The weights.
    public var weights: FSRSWeights
    /// Their scores on the held-out reviews.
    public var metrics: PredictionMetrics
  }

  /// Reviews read from the log.
  public var reviewsRead: Int
  /// Cards with a usable history.
  public var cards: Int
  /// Cards left out because the log starts after they were first studied.
  public var cardsLeftOut: Int
  /// Scored reviews in the training part and in the held-out part.
  public var trainingItems: Int
  /// Scored reviews in the held-out part.
  public var heldOutItems: Int
  /// The fit on the training part (scored on the held-out part as `scores.last`).
  public var heldOutFit: FitResult
  /// The fit on the whole log: the weights `--apply` stores.
  public var fit: FitResult
  /// The defaults, the weights in use (when not the defaults) and the held-out fit, scored.
  public var scores: [Scored]
  /// The training part's items and the held-out part's.
  public let split: (train: TrainingItems, test: TrainingItems)

  /// Whether `card` belongs to the held-out part: one card in five, by a stable hash of its id.
  public static func isHeldOut(_ card: String) -> Bool {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in card.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash % 5 == 0
  }

  /// Splits the histories: (training, held out).
  public static func split(_ histories: [CardHistory]) -> (
    train: [CardHistory], test: [CardHistory]
  ) {
    var train: [CardHistory] = []
    var test: [CardHistory] = []
    for history in histories {
      if isHeldOut(history.card) { test.append(history) } else { train.append(history) }
    }
    return (train, test)
  }

  /// Runs the fits and the scoring on `reviews`.
  public init(
    reviews: [OptimizerReview], current: FSRSWeights? = nil,
    configuration: OptimizerConfiguration = OptimizerConfiguration()
  ) {
    let histories = CardHistory.histories(reviews)
    let cardCount = Set(reviews.map(\.card)).count
    let (train, test) = Self.split(histories)
    let trainItems = TrainingItems(histories: train)
    let testItems = TrainingItems(histories: test)
    let heldOut = FSRSOptimizer.fit(trainItems, configuration: configuration)
    var candidates: [(String, FSRSWeights)] = [("default", .defaults)]
    if let current, current != .defaults { candidates.append(("in use", current)) }
    candidates.append(("fitted", heldOut.weights))
    reviewsRead = reviews.count
    cards = histories.count
    cardsLeftOut = cardCount - histories.count
    trainingItems = trainItems.items.count
    heldOutItems = testItems.items.count
    heldOutFit = heldOut
    split = (trainItems, testItems)
    scores = candidates.map { label, weights in
      Scored(
        label: label, weights: weights, metrics: PredictionMetrics.evaluate(weights, on: testItems))
    }
    fit = FSRSOptimizer.fit(TrainingItems(histories: histories), configuration: configuration)
  }
}
