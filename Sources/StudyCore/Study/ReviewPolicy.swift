import Foundation

/// One answer as the review log records it, before the store gives it an id.
public struct ReviewLogEntry: Sendable, Equatable {
  /// The question answered.
  public var questionID: String
  /// When, to the whole microsecond.
  public var reviewedAt: Date
  /// The study day it counts for (``StudyDay/number``).
  public var studyDay: Int
  /// The rating given.
  public var rating: Rating
  /// What the learner gave, when there was something to give.
  public var given: String?
  /// Whether it was right.
  public var isCorrect: Bool
  /// How long it took, in milliseconds.
  public var responseMs: Int
  /// Where it was given.
  public var mode: StudyMode
  /// Whether it went through the scheduler.
  public var isScheduled: Bool
  /// The fuzz draw the scheduler used, if any.
  public var fuzz: Double?
  /// The card's state before (``CardProgress/stateCode``: 0 new).
  public var stateBefore: Int
  /// The probability of recall just before the answer.
  public var retrievabilityBefore: Double
  /// How a near miss was settled, when it was one.
  public var nearMiss: NearMissDecision?
}

/// What one answer does: the card after it, what the scheduler did and the log row.
public struct ReviewDecision: Sendable, Equatable {
  /// The card before the answer.
  public var before: CardProgress
  /// The card after it (the same as `before` when the answer does not affect the schedule).
  public var after: CardProgress
  /// What the scheduler did, when it was asked.
  public var outcome: ReviewOutcome?
  /// The row to append to the review log.
  public var entry: ReviewLogEntry

  /// True when this answer makes the card a leech (it is suspended from now on).
  public var becameLeech: Bool { after.isLeech && !before.isLeech }
}

/// The one place an answer meets the scheduler: a pure function of the card, the scheduler's
/// settings, the answer and the time. The store persists what it decides; replays and imports
/// take the same path, so the card cache and the log cannot drift apart.
public enum ReviewPolicy {
  /// `answer` given at `now` (whole microseconds) to a card that was `before`, counted for
  /// `day`. An answer that does not affect the schedule (an exam's, by default) leaves the
  /// card as it is and logs the recall the card had.
  ///
  /// - Throws: the scheduler's error for a time before the card's last review or a fuzz draw
  ///   out of range.
  public static func review(
    _ answer: Answer, card before: CardProgress, day: StudyDay, scheduler: FSRSScheduler,
    at now: Date
  ) throws(SchedulerError) -> ReviewDecision {
    var after = before
    var outcome: ReviewOutcome?
    if answer.affectsSchedule {
      let reviewed = try scheduler.review(
        before.card, rating: answer.rating, at: now, fuzz: answer.fuzz)
      outcome = reviewed
      after = before.applying(reviewed)
    }
    let entry = ReviewLogEntry(
      questionID: answer.questionID, reviewedAt: now, studyDay: day.number,
      rating: answer.rating, given: answer.given, isCorrect: answer.isCorrect,
      responseMs: answer.responseMs, mode: answer.mode, isScheduled: answer.affectsSchedule,
      fuzz: answer.fuzz, stateBefore: before.stateCode,
      retrievabilityBefore: outcome?.retrievabilityBefore
        ?? scheduler.retrievability(of: before.card, at: now),
      nearMiss: answer.nearMiss)
    return ReviewDecision(before: before, after: after, outcome: outcome, entry: entry)
  }
}
