import Foundation
import StudyCore

/// One scheduled answer as a replay needs it.
struct ReplayStep: Sendable {
  var rating: Rating
  var at: Date
  var fuzz: Double?
  var scheduler: FSRSScheduler
}

/// Rebuilds a card from its answers: the same code path an answer takes, so the cache and a
/// replay cannot drift apart.
enum CardReplay {
  /// The card after `steps`, starting from a new card introduced at `introducedAt`.
  static func replay(introducedAt: Date, steps: [ReplayStep]) throws(SchedulerError)
    -> CardProgress
  {
    var progress = CardProgress.new(introducedAt: introducedAt)
    for step in steps {
      let outcome = try step.scheduler.review(
        progress.card, rating: step.rating, at: step.at, fuzz: step.fuzz)
      progress = progress.applying(outcome)
    }
    return progress
  }
}
