import Foundation

/// The FSRS-6 scheduler: a pure function of card, rating, time and (optionally) a fuzz draw.
///
/// It computes what the reference implementation (`fsrs` 6.3.2 on PyPI) computes, to the last
/// bit where the platform's `pow` agrees with the one Python uses. It never reads the clock and
/// holds no random source: the caller passes `now` and, when intervals should be spread, a
/// uniform draw `u` in [0, 1).
public struct FSRSScheduler: Sendable, Equatable, Hashable {
  /// The parameters and settings this scheduler applies.
  public let parameters: SchedulerParameters
  let model: MemoryModel

  /// A scheduler for checked `parameters` (the FSRS-6 defaults when omitted).
  public init(parameters: SchedulerParameters = .default) {
    self.parameters = parameters
    self.model = MemoryModel(parameters: parameters)
  }

  /// The probability that the card is recalled at `now`: 0 before its first review, 1 on the
  /// day of a review, then falling along the forgetting curve by whole elapsed days.
  public func retrievability(of card: SchedulingCard, at now: Date) -> Double {
    retrievability(of: card, atMicros: UTCTimestamp.unixMicros(now))
  }

  /// ``retrievability(of:at:)`` at `now` microseconds since 1970.
  public func retrievability(of card: SchedulingCard, atMicros now: Int64) -> Double {
    guard let memory = card.memory, let lastReview = card.lastReviewMicros else { return 0 }
    let days = max(0, ElapsedDays.between(micros: lastReview, micros: now))
    return model.retrievability(elapsedDays: days, stability: memory.stability)
  }

  /// Reviews `card` with `rating` at `now`.
  ///
  /// - Parameters:
  ///   - fuzz: a uniform draw in [0, 1) to spread a review interval of 3 days or more, or `nil`
  ///     for no fuzz. Only review-state intervals are fuzzed; steps never are.
  /// - Throws: ``SchedulerError/reviewBeforeLastReview(review:lastReview:)`` when `now` is
  ///   earlier than the card's last review, ``SchedulerError/fuzzDrawOutOfRange(_:)`` and
  ///   ``SchedulerError/inconsistentCard(_:)`` for a card whose fields contradict each other.
  public func review(
    _ card: SchedulingCard, rating: Rating, at now: Date, fuzz: Double? = nil
  ) throws(SchedulerError) -> ReviewOutcome {
    try review(card, rating: rating, atMicros: UTCTimestamp.unixMicros(now), fuzz: fuzz)
  }

  /// ``review(_:rating:at:fuzz:)`` at `now` microseconds since 1970: exact at any date, as the
  /// reference's datetimes are.
  public func review(
    _ card: SchedulingCard, rating: Rating, atMicros now: Int64, fuzz: Double? = nil
  ) throws(SchedulerError) -> ReviewOutcome {
    try Self.check(card, at: now, fuzz: fuzz)
    if now > UTCTimestamp.unixMicros(latestReviewTime) {
      throw .reviewTooLate(review: UTCTimestamp.date(unixMicros: now), latest: latestReviewTime)
    }
    let elapsed = card.lastReviewMicros.map { ElapsedDays.between(micros: $0, micros: now) }
    let before = retrievability(of: card, atMicros: now)
    let memory = nextMemory(card.memory, rating: rating, elapsedDays: elapsed, before: before)
    let reviewDays = model.intervalDays(stability: memory.stability)
    let transition = StepTransition.next(
      state: card.state, step: card.step, rating: rating, reviewDays: reviewDays,
      parameters: parameters)
    let due = dueMicros(after: transition, at: now, fuzz: fuzz)
    let after = SchedulingCard(
      state: transition.state, step: transition.step, memory: memory, dueMicros: due,
      lastReviewMicros: now)
    return ReviewOutcome(
      card: after, rating: rating, reviewedAtMicros: now, elapsedDays: elapsed,
      retrievabilityBefore: before, intervalDays: ElapsedDays.between(micros: now, micros: due))
  }

  /// The latest review time whose due date, even a maximum interval and a day later, still
  /// falls in year 9999 or before.
  public var latestReviewTime: Date {
    UTCTimestamp.latest.addingTimeInterval(-Double(parameters.maximumInterval + 1) * 86_400)
  }

  /// What each rating would do to `card` at `now`, all with the same fuzz draw.
  ///
  /// - Throws: the same errors as ``review(_:rating:at:fuzz:)``.
  public func preview(
    _ card: SchedulingCard, at now: Date, fuzz: Double? = nil
  ) throws(SchedulerError) -> RatingOutcomes {
    RatingOutcomes(
      again: try review(card, rating: .again, at: now, fuzz: fuzz),
      hard: try review(card, rating: .hard, at: now, fuzz: fuzz),
      good: try review(card, rating: .good, at: now, fuzz: fuzz),
      easy: try review(card, rating: .easy, at: now, fuzz: fuzz))
  }

  /// The interval in days FSRS gives a review card of `stability`, before fuzz.
  public func intervalDays(stability: Double) -> Int {
    model.intervalDays(stability: stability)
  }

  /// The fuzzed interval for `days` with the draw `u` in [0, 1), as applied after a review.
  public func fuzzedIntervalDays(_ days: Int, u: Double) -> Int {
    IntervalFuzz.apply(days: days, u: u, maximumInterval: parameters.maximumInterval)
  }

  /// The first review sets the memory state; later ones update it, by the same-day formula when
  /// less than a whole day has passed (or when nothing says when the last review was).
  private func nextMemory(
    _ memory: MemoryState?, rating: Rating, elapsedDays: Int?, before: Double
  ) -> MemoryState {
    guard let memory else { return model.initialMemory(rating) }
    let stability: Double
    if let elapsedDays, elapsedDays < 1 {
      stability = model.sameDayStability(memory.stability, rating)
    } else {
      stability = model.laterStability(memory, retrievability: before, rating: rating)
    }
    return MemoryState(
      stability: stability, difficulty: model.nextDifficulty(memory.difficulty, rating))
  }

  /// The due instant, worked out in whole microseconds as the reference's datetimes are, so that
  /// a chain of reviews each starting at the previous due date does not gather rounding error.
  private func dueMicros(after transition: StepTransition, at now: Int64, fuzz: Double?) -> Int64 {
    let wait: Double
    switch transition.wait {
    case .step(let seconds):
      wait = seconds
    case .days(let days):
      wait = Double(fuzz.map { fuzzedIntervalDays(days, u: $0) } ?? days) * 86_400
    }
    let waitMicros = Int64((wait * 1_000_000).rounded(.toNearestOrEven))
    return now + waitMicros
  }

  private static func check(
    _ card: SchedulingCard, at now: Int64, fuzz: Double?
  ) throws(SchedulerError) {
    if let fuzz, !(fuzz >= 0 && fuzz < 1) { throw .fuzzDrawOutOfRange(fuzz) }
    if let lastReview = card.lastReviewMicros, now < lastReview {
      throw .reviewBeforeLastReview(
        review: UTCTimestamp.date(unixMicros: now),
        lastReview: UTCTimestamp.date(unixMicros: lastReview))
    }
    if let problem = CardCheck.problem(with: card) { throw .inconsistentCard(problem) }
  }
}
