/// Spreads review intervals a little so cards learned together do not stay due together.
///
/// The spread grows with the interval: 15% of the part between 2.5 and 7 days, 10% of the part
/// between 7 and 20, 5% of the part beyond 20, plus one day. The draw `u` comes from the caller,
/// so the result is reproducible. This matches the reference implementation, including its quirk
/// that a draw close to 1 can round to one day past the top of the range.
enum IntervalFuzz {
  private static let ranges: [(start: Double, end: Double, factor: Double)] = [
    (2.5, 7.0, 0.15),
    (7.0, 20.0, 0.10),
    (20.0, .infinity, 0.05),
  ]

  /// The smallest and largest fuzzed interval (in days) for `days`, before the draw.
  static func range(days: Int, maximumInterval: Int) -> (low: Int, high: Int) {
    let interval = Double(days)
    var delta = 1.0
    for range in ranges {
      delta += range.factor * max(min(interval, range.end) - range.start, 0.0)
    }
    let high = min(roundedHalfEven(interval + delta), maximumInterval)
    let low = min(max(2, roundedHalfEven(interval - delta)), high)
    return (low, high)
  }

  /// The fuzzed interval for `days` with the uniform draw `u` in [0, 1); intervals under 2.5 days
  /// are returned unchanged.
  static func apply(days: Int, u: Double, maximumInterval: Int) -> Int {
    if Double(days) < 2.5 { return days }
    let (low, high) = range(days: days, maximumInterval: maximumInterval)
    let drawn = u * Double(high - low + 1) + Double(low)
    return min(roundedHalfEven(drawn), maximumInterval)
  }

  private static func roundedHalfEven(_ value: Double) -> Int {
    Int(value.rounded(.toNearestOrEven))
  }
}
