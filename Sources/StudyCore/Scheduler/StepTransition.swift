import Foundation

/// How long a card waits after a review: a step (in seconds) or a review interval (in days).
enum Wait: Sendable, Equatable {
  /// A learning or relearning step, in seconds.
  case step(TimeInterval)
  /// A review interval, in whole days.
  case days(Int)
}

/// Where the state machine sends a card after one rating, before any fuzz.
struct StepTransition: Sendable, Equatable {
  var state: CardState
  var step: Int?
  var wait: Wait

  /// The card graduates (or stays) in the review state with the interval for its stability.
  static func review(days: Int) -> StepTransition {
    StepTransition(state: .review, step: nil, wait: .days(days))
  }

  /// The transition for a card in `state` at `step` rated `rating`; `reviewDays` is the interval
  /// it gets if it ends up in the review state.
  static func next(
    state: CardState, step: Int?, rating: Rating, reviewDays: Int,
    parameters: SchedulerParameters
  ) -> StepTransition {
    switch state {
    case .learning:
      return throughSteps(
        parameters.learningSteps, state: .learning, step: step ?? 0, rating: rating,
        reviewDays: reviewDays)
    case .relearning:
      return throughSteps(
        parameters.relearningSteps, state: .relearning, step: step ?? 0, rating: rating,
        reviewDays: reviewDays)
    case .review:
      return fromReview(rating: rating, reviewDays: reviewDays, parameters: parameters)
    }
  }

  /// A review card stays in review unless forgotten; a forgotten one starts relearning, or
  /// stays in review when there are no relearning steps.
  private static func fromReview(
    rating: Rating, reviewDays: Int, parameters: SchedulerParameters
  ) -> StepTransition {
    guard rating == .again, let first = parameters.relearningSteps.first else {
      return .review(days: reviewDays)
    }
    return StepTransition(state: .relearning, step: 0, wait: .step(first))
  }

  /// Walks a learning or relearning card through `steps`.
  ///
  /// A step index past the end (left by settings that had more steps) graduates on any rating
  /// but Again, which restarts at step 0.
  private static func throughSteps(
    _ steps: [TimeInterval], state: CardState, step: Int, rating: Rating, reviewDays: Int
  ) -> StepTransition {
    if steps.isEmpty || (step >= steps.count && rating.isRecall) {
      return .review(days: reviewDays)
    }
    switch rating {
    case .again:
      return StepTransition(state: state, step: 0, wait: .step(steps[0]))
    case .hard:
      return StepTransition(state: state, step: step, wait: .step(hardWait(steps, step: step)))
    case .good:
      guard step + 1 < steps.count else { return .review(days: reviewDays) }
      return StepTransition(state: state, step: step + 1, wait: .step(steps[step + 1]))
    case .easy:
      return .review(days: reviewDays)
    }
  }

  /// Hard repeats the current step; on the first step it waits half again as long when there is
  /// one step, or halfway between the first two steps when there are more.
  private static func hardWait(_ steps: [TimeInterval], step: Int) -> TimeInterval {
    guard step == 0 else { return steps[step] }
    return steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0
  }
}
