import StudyCore

/// What recording an answer did; given back only once it is committed.
public struct AnswerReceipt: Sendable, Equatable {
  /// The log entry's id.
  public var reviewID: Int64
  /// The question answered.
  public var questionID: String
  /// The card before the answer.
  public var before: CardProgress
  /// The card after it (the same as `before` when the answer did not affect the schedule).
  public var after: CardProgress
  /// What the scheduler did, when it was asked.
  public var outcome: ReviewOutcome?
  /// True when this answer made the card a leech (it is now suspended).
  public var becameLeech: Bool
  /// The study day the answer counted for.
  public var studyDay: StudyDay
}

/// What an undo removed and restored.
public struct UndoneAnswer: Sendable, Equatable {
  /// The log entry removed.
  public var review: ReviewRecord
  /// The card as it is again.
  public var restored: CardProgress
}
