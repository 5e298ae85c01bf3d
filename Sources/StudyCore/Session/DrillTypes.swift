import Foundation

/// One card of a drill session: the question and why it is in today's queue.
public struct DrillItem: Equatable, Sendable {
  /// The question asked.
  public var question: Question
  /// Why the card is due today.
  public var reason: QueueReason
  /// For a card asked again in the session (failed, or still in its learning steps): when
  /// its step comes due. `nil` for a card from today's queue.
  public var dueAt: Date?
  /// Concepts next to the question's in the concept graph, with their relation, for the
  /// answer screen.
  public var related: [RelatedConcept]

  /// Creates an item.
  public init(
    question: Question, reason: QueueReason, dueAt: Date? = nil, related: [RelatedConcept] = []
  ) {
    self.question = question
    self.reason = reason
    self.dueAt = dueAt
    self.related = related
  }

  /// True for a card asked again within the session.
  public var isRepeat: Bool { dueAt != nil }
}

/// What the learner gave for one question, as the engine grades it.
public enum DrillResponse: Equatable, Sendable {
  /// Option indices chosen (one for single choice and true/false).
  case choices(Set<Int>)
  /// Option indices in the order given (ordering questions).
  case order([Int])
  /// Typed text.
  case text(String)
  /// A flip card graded by the learner.
  case selfRated(Rating)
}

/// The graded answer shown on the answer screen, before it is saved.
public struct DrillFeedback: Equatable, Sendable {
  /// Whether the answer counts as right.
  public var isCorrect: Bool
  /// The rating that will be saved: the automatic one until the learner overrides it.
  public var rating: Rating
  /// The rating the grading gave.
  public var autoRating: Rating
  /// What was given, as stored in the log.
  public var given: String?
  /// The typed answer's grade, for typed questions.
  public var typedGrade: TypedGrade?
  /// How long the answer took.
  public var responseMs: Int
  /// The interval each rating gives, once the runner has loaded it.
  public var outcomes: RatingOutcomes?
  /// How a near miss was settled; `nil` when the answer was not one.
  public var nearMiss: NearMissDecision? = nil

  /// Feedback with every field given.
  public init(
    isCorrect: Bool, rating: Rating, autoRating: Rating, given: String?, typedGrade: TypedGrade?,
    responseMs: Int, outcomes: RatingOutcomes?, nearMiss: NearMissDecision? = nil
  ) {
    self.isCorrect = isCorrect
    self.rating = rating
    self.autoRating = autoRating
    self.given = given
    self.typedGrade = typedGrade
    self.responseMs = responseMs
    self.outcomes = outcomes
    self.nearMiss = nearMiss
  }
}

/// Where a drill session is.
public enum DrillPhase: Equatable, Sendable {
  /// Showing a question and waiting for the answer.
  case asking
  /// A flip card turned over, waiting for 1–4.
  case revealed
  /// A typed answer close to the key: "count it as right?".
  case nearMiss(DrillFeedback)
  /// The answer screen; the rating can still be changed.
  case answered(DrillFeedback)
  /// Every card answered, or the learner stopped: the summary.
  case finished

  /// True on the answer screen.
  public var isAnswered: Bool {
    if case .answered = self { return true }
    return false
  }
}

/// What the session asks its runner to do; performed outside the pure update.
public enum DrillEffect: Equatable, Sendable {
  /// Record this answer in the store (committed before the next question).
  case saveAnswer(Answer)
  /// Remove the last recorded answer from the store.
  case undoLastAnswer
  /// Load the interval each rating gives for this question's card.
  case loadOutcomes(questionID: String)
  /// The session is over; leave the screen.
  case close
}

/// One answered card, for the summary and for undo.
public struct DrillRecord: Equatable, Sendable {
  /// The item's position in the session.
  public var index: Int
  /// Whether it was right.
  public var isCorrect: Bool
  /// The rating saved.
  public var rating: Rating
  /// How long it took.
  public var responseMs: Int
  /// Whether the card was a repeat within the session.
  public var isRepeat = false
  /// Whether this answer put the card back into the session (its repeat is the last item).
  public var scheduledRepeat = false
}
