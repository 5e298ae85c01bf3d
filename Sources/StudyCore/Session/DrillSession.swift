import Foundation

/// The daily drill as a pure state machine: the TUI and plain mode both drive it, and perform
/// the effects it returns (saving, undoing, loading intervals). Time comes in with every call.
public struct DrillSession: Equatable, Sendable {
  /// The cards of the session: today's queue in order, then each card failed or still in its
  /// learning steps during the session, appended as a repeat when its answer is saved.
  public internal(set) var items: [DrillItem]
  /// The position of the current card.
  public internal(set) var index = 0
  /// Where the session is.
  public internal(set) var phase: DrillPhase
  /// Saved answers, oldest first.
  public internal(set) var records: [DrillRecord] = []
  /// Positions of `items` already answered.
  public internal(set) var answered: Set<Int> = []
  /// Set when the learner stopped: a repeat coming due later does not reopen the session.
  public internal(set) var isStopped = false
  /// Options chosen so far, in the order chosen (multiple response and ordering).
  public var selection: [Int] = []
  /// The highlighted option (arrows and j/k move it).
  public var highlighted = 0
  /// The typed answer being written (the screen's input field edits it).
  public var draft = ""
  /// When the session started.
  public let startedAt: Date
  /// When the current question was shown.
  public internal(set) var shownAt: Date
  /// When the session ended.
  public internal(set) var finishedAt: Date?
  /// Grades typed answers.
  public let grader: TypedAnswerGrader
  /// What the answers are logged as: the daily drill, a weak-topic review, a checklist quiz.
  public let mode: StudyMode

  /// A session over `items`, started at `now`, whose answers are saved with `mode`.
  public init(
    items: [DrillItem], grader: TypedAnswerGrader = TypedAnswerGrader(), mode: StudyMode = .drill,
    at now: Date
  ) {
    self.items = items
    self.grader = grader
    self.mode = mode
    startedAt = now
    shownAt = now
    phase = items.isEmpty ? .finished : .asking
    finishedAt = items.isEmpty ? now : nil
  }

  /// The current card, unless the session is over.
  public var current: DrillItem? {
    phase == .finished || index >= items.count ? nil : items[index]
  }

  /// The options shown for `question`: its options, or true/false words when it has none.
  public static func choices(of question: Question) -> [String] {
    if !question.options.isEmpty || question.format != .trueFalse { return question.options }
    return question.language == .korean ? ["참", "거짓"] : ["True", "False"]
  }

  /// Grades `response` to the current card. A near miss waits for ``resolveNearMiss(countAsRight:)``;
  /// a flip card's self-rating is saved at once; anything else shows the answer screen.
  public mutating func submit(_ response: DrillResponse, at now: Date) -> [DrillEffect] {
    guard let item = current, phase == .asking || phase == .revealed else { return [] }
    let responseMs = max(0, Int(now.timeIntervalSince(shownAt) * 1000))
    let feedback = DrillGrading.feedback(
      for: response, to: item.question, grader: grader, responseMs: responseMs,
      firstSight: item.reason == .new && !item.isRepeat)
    if case .selfRated = response {
      phase = .answered(feedback)
      return next(at: now)
    }
    if feedback.typedGrade?.verdict == .nearMiss {
      phase = .nearMiss(feedback)
      return []
    }
    phase = .answered(feedback)
    return [.loadOutcomes(questionID: item.question.id)]
  }

  /// Settles a near miss: right (rated Hard) or wrong; the choice is logged with the answer.
  public mutating func resolveNearMiss(countAsRight: Bool) -> [DrillEffect] {
    guard case .nearMiss(var feedback) = phase, let item = current else { return [] }
    feedback.isCorrect = countAsRight
    feedback.autoRating = countAsRight ? .hard : .again
    feedback.rating = feedback.autoRating
    feedback.nearMiss = NearMissDecision(countedRight: countAsRight)
    phase = .answered(feedback)
    return [.loadOutcomes(questionID: item.question.id)]
  }

  /// The intervals for the answer screen arrived.
  public mutating func outcomesLoaded(_ outcomes: RatingOutcomes?, questionID: String) {
    guard case .answered(var feedback) = phase, current?.question.id == questionID else { return }
    feedback.outcomes = outcomes
    phase = .answered(feedback)
  }

  /// The related concepts of the current card arrived (kept when it already has some).
  public mutating func relatedLoaded(_ related: [RelatedConcept], questionID: String) {
    guard let item = current, item.question.id == questionID, item.related.isEmpty else { return }
    items[index].related = related
  }

  /// Changes the rating to save, on the answer screen.
  public mutating func overrideRating(_ rating: Rating) {
    guard case .answered(var feedback) = phase else { return }
    feedback.rating = rating
    phase = .answered(feedback)
  }

  /// Turns a flip card over.
  public mutating func reveal() {
    guard phase == .asking, current?.question.format == .flip else { return }
    phase = .revealed
  }

  /// Saves the answer on screen and moves to the next card (or the summary).
  public mutating func next(at now: Date) -> [DrillEffect] {
    guard case .answered(let feedback) = phase, let item = current else { return [] }
    let answer = Answer(
      questionID: item.question.id, rating: feedback.rating, given: feedback.given,
      isCorrect: feedback.isCorrect, responseMs: feedback.responseMs, mode: mode,
      nearMiss: feedback.nearMiss)
    records.append(
      DrillRecord(
        index: index, isCorrect: feedback.isCorrect, rating: feedback.rating,
        responseMs: feedback.responseMs, isRepeat: item.isRepeat))
    answered.insert(index)
    show(nextPosition(at: now), at: now)
    return [.saveAnswer(answer)]
  }

  /// Takes back the answer on screen (nothing saved yet), or else the last saved answer: its
  /// card is asked again, and the repeat that answer scheduled is taken out.
  public mutating func undo(at now: Date) -> [DrillEffect] {
    switch phase {
    case .answered, .nearMiss, .revealed:
      show(index, at: now)
      return []
    case .asking, .finished:
      guard let last = records.popLast() else { return [] }
      answered.remove(last.index)
      if last.scheduledRepeat, items.count - 1 > last.index { items.removeLast() }
      isStopped = false
      show(last.index, at: now)
      return [.undoLastAnswer]
    }
  }

  /// Ends the session: an answer on screen is saved first (a near miss as wrong). On the
  /// summary, closes it.
  public mutating func stop(at now: Date) -> [DrillEffect] {
    var effects: [DrillEffect] = []
    if case .nearMiss = phase { effects += resolveNearMiss(countAsRight: false) }
    switch phase {
    case .finished: return [.close]
    case .answered: effects = next(at: now)
    default: break
    }
    phase = .finished
    isStopped = true
    finishedAt = finishedAt ?? now
    return effects.filter { if case .loadOutcomes = $0 { false } else { true } }
  }

  /// Shows card `position` fresh, or the summary past the end.
  mutating func show(_ position: Int, at now: Date) {
    index = position
    selection = []
    highlighted = 0
    draft = ""
    shownAt = now
    if position >= items.count {
      phase = .finished
      finishedAt = now
    } else {
      phase = .asking
      finishedAt = nil
    }
  }
}
