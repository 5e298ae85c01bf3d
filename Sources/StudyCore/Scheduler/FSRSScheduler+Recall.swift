import Foundation

extension FSRSScheduler {
  /// The probability of recall at `now` of a memory of `stability` last reviewed at
  /// `lastReview`: the forgetting curve by whole elapsed days, as ``retrievability(of:at:)``
  /// computes it for a card (difficulty plays no part).
  public func retrievability(stability: Double, lastReview: Date, at now: Date) -> Double {
    let days = max(0, ElapsedDays.between(lastReview, now))
    return model.retrievability(elapsedDays: days, stability: stability)
  }
}
