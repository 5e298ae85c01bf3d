/// One prediction FSRS can be scored on: review `end` of history `history`, predicted from the
/// reviews before it. The reference calls this an item (a card's reviews up to one of them).
public struct TrainingItem: Sendable, Equatable, Hashable {
  /// Index of the card's history.
  public var history: Int
  /// Index of the predicted review in that history (at least 1; a whole day or more after the
  /// review before).
  public var end: Int

  /// An item with both indices given.
  public init(history: Int, end: Int) {
    self.history = history
    self.end = end
  }
}

/// The items of a set of histories, with the facts the reference's filters read.
public struct TrainingItems: Sendable {
  /// The card histories the items point into.
  public let histories: [CardHistory]
  /// Every item, oldest predicted review first.
  public let items: [TrainingItem]

  /// All items of `histories`, ordered by the time of the predicted review (ties by history).
  public init(histories: [CardHistory]) {
    self.histories = histories
    var all: [(item: TrainingItem, time: Int64)] = []
    for (index, history) in histories.enumerated() {
      for end in history.targets {
        all.append((TrainingItem(history: index, end: end), history.times[end]))
      }
    }
    all.sort { a, b in
      a.time != b.time
        ? a.time < b.time
        : (a.item.history, a.item.end) < (b.item.history, b.item.end)
    }
    items = all.map(\.item)
  }

  /// The items of a subset, with the same histories.
  init(histories: [CardHistory], items: [TrainingItem]) {
    self.histories = histories
    self.items = items
  }

  /// How many reviews up to `item` (inclusive) came a day or more after the one before.
  func longTermCount(_ item: TrainingItem) -> Int {
    let deltas = histories[item.history].deltaDays
    var count = 0
    for index in 0...item.end where deltas[index] > 0 { count += 1 }
    return count
  }

  /// The first rating of the card.
  func firstRating(_ item: TrainingItem) -> Int { histories[item.history].ratings[0] }

  /// The days before the card's first review a day or more after the one before it.
  func firstLongTermDelta(_ item: TrainingItem) -> Int {
    let deltas = histories[item.history].deltaDays
    for index in 1...item.end where deltas[index] > 0 { return deltas[index] }
    return deltas[item.end]
  }

  /// Whether the predicted review was recalled (any rating but Again).
  func recalled(_ item: TrainingItem) -> Bool { histories[item.history].ratings[item.end] > 1 }

  /// The number of reviews the item holds, the predicted one included.
  func length(_ item: TrainingItem) -> Int { item.end + 1 }

  /// The share of items recalled (0 for none).
  func averageRecall(_ subset: [TrainingItem]) -> Double {
    guard !subset.isEmpty else { return 0 }
    return Double(subset.count { recalled($0) }) / Double(subset.count)
  }
}

/// The reference's outlier filter on first intervals: among the cards with exactly one long-term
/// review so far, grouped by first rating and by the days to that review, the smallest groups
/// (5% of each rating's items, at least 20) are dropped, and so are groups of fewer than six or
/// with a first interval past 100 days (365 for Easy). Items whose card's first interval fell in
/// a dropped group leave the training set as well.
enum OutlierFilter {
  /// The items kept for the initial-stability search and the filtered training set.
  static func apply(_ data: TrainingItems) -> (
    initialization: [TrainingItem], train: [TrainingItem]
  ) {
    var groups: [Int: [Int: [TrainingItem]]] = [:]
    for item in data.items where data.longTermCount(item) == 1 {
      let delta = data.histories[item.history].deltaDays[item.end]
      groups[data.firstRating(item), default: [:]][delta, default: []].append(item)
    }
    var removed: [Int: Set<Int>] = [:]
    var initialization: [TrainingItem] = []
    for rating in groups.keys.sorted() {
      guard let byDelta = groups[rating] else { continue }
      // Smallest group first; among equal sizes, the shortest interval first.
      let ordered = byDelta.sorted { a, b in
        a.value.count != b.value.count ? a.value.count < b.value.count : a.key < b.key
      }
      let total = ordered.reduce(0) { $0 + $1.value.count }
      var alreadyRemoved = 0
      for (delta, members) in ordered {
        if alreadyRemoved + members.count >= max(20, total / 20) {
          if members.count >= 6 && delta <= (rating != 4 ? 100 : 365) {
            initialization.append(contentsOf: members)
          } else {
            removed[rating, default: []].insert(delta)
          }
        } else {
          alreadyRemoved += members.count
          removed[rating, default: []].insert(delta)
        }
      }
    }
    let train = data.items.filter { item in
      !(removed[data.firstRating(item)]?.contains(data.firstLongTermDelta(item)) ?? false)
    }
    return (initialization, train)
  }
}
