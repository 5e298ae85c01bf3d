import Foundation

/// A question's card: the scheduler's state plus what the store counts about it.
public struct CardProgress: Sendable, Equatable, Hashable, Codable {
  /// Lapses after which a card is a leech, flagged and suspended.
  public static let leechLapses = 8

  /// The scheduler's state.
  public var card: SchedulingCard
  /// Answers that went through the scheduler.
  public var reps: Int
  /// Times the card was forgotten after it had graduated (Again on a review card).
  public var lapses: Int
  /// Forgotten ``leechLapses`` times or more.
  public var isLeech: Bool
  /// Kept out of every queue.
  public var isSuspended: Bool

  /// A card with every field given.
  public init(card: SchedulingCard, reps: Int, lapses: Int, isLeech: Bool, isSuspended: Bool) {
    self.card = card
    self.reps = reps
    self.lapses = lapses
    self.isLeech = isLeech
    self.isSuspended = isSuspended
  }

  /// A card never answered, introduced at `introducedAt` (its nominal due date, to the whole
  /// microsecond, the resolution the log keeps).
  public static func new(introducedAt: Date) -> CardProgress {
    let due = UTCTimestamp.date(unixMicros: UTCTimestamp.unixMicros(introducedAt))
    return CardProgress(
      card: .new(due: due), reps: 0, lapses: 0, isLeech: false,
      isSuspended: false)
  }

  /// Never answered through the scheduler.
  public var isNew: Bool { card.lastReview == nil }

  /// The state as the log records it: 0 new, else the scheduler's state number.
  public var stateCode: Int { isNew ? 0 : card.state.rawValue }

  /// The card after `outcome`: counts the rep, counts a lapse when a review card is forgotten,
  /// and flags and suspends the card at its ``leechLapses``th lapse.
  public func applying(_ outcome: ReviewOutcome) -> CardProgress {
    var next = self
    next.card = outcome.card
    next.reps += 1
    if card.state == .review, !isNew, outcome.rating == .again {
      next.lapses += 1
      if next.lapses >= Self.leechLapses, !isLeech {
        next.isLeech = true
        next.isSuspended = true
      }
    }
    return next
  }
}
