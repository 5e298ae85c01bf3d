/// One review as the optimizer reads it from a log: which card, the rating, and when.
public struct OptimizerReview: Sendable, Equatable {
  /// Whatever identifies the card; reviews with the same id are of the same card.
  public var card: String
  /// The rating given.
  public var rating: Rating
  /// When, in microseconds since 1970-01-01T00:00:00Z.
  public var time: Int64
  /// The card's state before this review as the store records it (0 new, 1 learning, 2 review,
  /// 3 relearning), or `nil` when the log does not say; then a card's first review in the log is
  /// taken as its first review ever.
  public var stateBefore: Int?

  /// A review with every field given.
  public init(card: String, rating: Rating, time: Int64, stateBefore: Int? = nil) {
    self.card = card
    self.rating = rating
    self.time = time
    self.stateBefore = stateBefore
  }
}

/// A card's reviews reduced to what FSRS sees: for each review the whole days since the one
/// before (0 for the first) and the rating, in time order.
public struct CardHistory: Sendable, Equatable {
  /// The card's id in the log.
  public var card: String
  /// Whole days since the previous review; 0 for the first review and for same-day reviews.
  public var deltaDays: [Int]
  /// Ratings 1 to 4.
  public var ratings: [Int]
  /// When each review happened (microseconds since 1970).
  public var times: [Int64]

  /// A history with every field given (the three arrays of equal length).
  public init(card: String, deltaDays: [Int], ratings: [Int], times: [Int64]) {
    self.card = card
    self.deltaDays = deltaDays
    self.ratings = ratings
    self.times = times
  }

  /// The number of reviews.
  public var count: Int { ratings.count }

  /// The reviews FSRS predicts: every review after the first that comes a whole day or more
  /// after the one before. Same-day reviews stay in the history (they move stability by the
  /// short-term formula) but are never scored, as in the reference.
  public var targets: [Int] {
    (1..<max(count, 1)).filter { deltaDays[$0] > 0 }
  }

  /// Groups `reviews` by card and works out whole elapsed days the way the scheduler does
  /// (24-hour periods, rounded down). A card whose log starts after it was first studied
  /// (its first logged review was not of a new or learning card) is left out, since its
  /// memory before the log is unknown; a card studied anew (a new-card review after review
  /// ones) keeps only the reviews from the last time it was new. Order: by each card's first
  /// review in the log.
  public static func histories(_ reviews: [OptimizerReview]) -> [CardHistory] {
    var order: [String] = []
    var byCard: [String: [OptimizerReview]] = [:]
    for review in reviews {
      if byCard[review.card] == nil { order.append(review.card) }
      byCard[review.card, default: []].append(review)
    }
    var result: [CardHistory] = []
    result.reserveCapacity(order.count)
    for card in order {
      guard let all = byCard[card] else { continue }
      // A stable sort: reviews at the same instant keep their log order.
      let sorted = all.enumerated().sorted { a, b in
        a.element.time != b.element.time ? a.element.time < b.element.time : a.offset < b.offset
      }.map(\.element)
      guard let start = startOfLastLearning(sorted) else { continue }
      result.append(history(card, Array(sorted[start...])))
    }
    return result
  }

  /// Where the last block of new/learning reviews begins, or `nil` when there is none. Reviews
  /// whose state is unknown count as the start of the log.
  static func startOfLastLearning(_ reviews: [OptimizerReview]) -> Int? {
    if reviews.contains(where: { $0.stateBefore == nil }) { return 0 }
    var start: Int?
    for index in reviews.indices.reversed() {
      let learning = (reviews[index].stateBefore ?? 0) <= 1
      if learning {
        start = index
      } else if start != nil {
        break
      }
    }
    return start
  }

  private static func history(_ card: String, _ reviews: [OptimizerReview]) -> CardHistory {
    var deltas: [Int] = []
    var ratings: [Int] = []
    var times: [Int64] = []
    deltas.reserveCapacity(reviews.count)
    var previous: Int64?
    for review in reviews {
      deltas.append(previous.map { ElapsedDays.between(micros: $0, micros: review.time) } ?? 0)
      ratings.append(review.rating.rawValue)
      times.append(review.time)
      previous = review.time
    }
    return CardHistory(card: card, deltaDays: deltas, ratings: ratings, times: times)
  }
}
