import Foundation

/// A mock exam as a pure state machine: events come in with the time (`tick` included), the
/// session returns what to save. Time-up hands the exam in by itself.
public struct ExamSession: Equatable, Sendable {
  /// The stored attempt.
  public let attemptID: Int64
  /// How it was put together.
  public let settings: ExamSettings
  /// Every question and its answer, in exam order.
  public private(set) var slots: [ExamSlot]
  /// The question on screen.
  public private(set) var index: Int
  /// Where the exam is.
  public private(set) var phase: ExamPhase = .question
  /// Time used so far, in milliseconds (not counting pauses).
  public private(set) var elapsedMs: Int
  /// Practice mode: positions whose answer has been shown (locked).
  public private(set) var revealed: Set<Int> = []
  /// Grades typed answers.
  public let grader: TypedAnswerGrader
  private var accountedAt: Date
  private var savedElapsedMs: Int
  private var phaseBeforePause: ExamPhase = .question

  /// How often (in exam time) the clock is saved while nothing else is.
  public static let checkpointMs = 10_000

  /// An exam over `slots` at `now`, resuming from `elapsedMs` and `position` when given.
  public init(
    attemptID: Int64, settings: ExamSettings, slots: [ExamSlot], grader: TypedAnswerGrader,
    elapsedMs: Int = 0, position: Int = 0, at now: Date
  ) {
    self.attemptID = attemptID
    self.settings = settings
    self.slots = slots
    self.grader = grader
    self.elapsedMs = max(0, elapsedMs)
    savedElapsedMs = self.elapsedMs
    index = slots.isEmpty ? 0 : min(max(0, position), slots.count - 1)
    accountedAt = now
    if settings.mode == .practice {
      revealed = Set(slots.indices.filter { slots[$0].given != nil })
    }
  }

  /// The time allowed, in milliseconds, `nil` without a limit.
  public var limitMs: Int? { settings.timeLimitSeconds.map { $0 * 1000 } }

  /// Time left, in milliseconds, `nil` without a limit.
  public var remainingMs: Int? { limitMs.map { max(0, $0 - elapsedMs) } }

  /// The slot on screen.
  public var current: ExamSlot? { slots.indices.contains(index) ? slots[index] : nil }

  /// The result, once handed in.
  public var result: ExamSessionResult? {
    if case .results(let result) = phase { return result }
    return nil
  }

  /// Positions answered, blank and flagged.
  public var blankPositions: [Int] { slots.indices.filter { slots[$0].given == nil } }
  /// Positions flagged for review.
  public var flaggedPositions: [Int] { slots.indices.filter { slots[$0].isFlagged } }

  // MARK: Events

  /// The clock moved on: saves it now and then, and hands in when time is up.
  public mutating func tick(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    guard elapsedMs - savedElapsedMs >= Self.checkpointMs else { return [] }
    return [checkpoint(changed: [])]
  }

  /// Answers the question on screen (changing an earlier answer freely, except a practice
  /// answer already shown).
  public mutating func answer(_ response: DrillResponse, at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    guard phase == .question, let slot = current, !revealed.contains(index) else { return [] }
    let feedback = DrillGrading.feedback(
      for: response, to: slot.pick.question, grader: grader, responseMs: slot.timeSpentMs)
    slots[index].response = response
    slots[index].given = feedback.given
    slots[index].isCorrect = feedback.isCorrect
    if settings.mode == .practice { revealed.insert(index) }
    return [checkpoint(changed: [index])]
  }

  /// Clears the answer on screen.
  public mutating func clearAnswer(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    guard phase == .question, current?.given != nil, !revealed.contains(index) else { return [] }
    slots[index].response = nil
    slots[index].given = nil
    slots[index].isCorrect = nil
    return [checkpoint(changed: [index])]
  }

  /// Flags or unflags the question on screen.
  public mutating func toggleFlag(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    guard phase == .question || phase == .navigator, current != nil else { return [] }
    slots[index].isFlagged.toggle()
    return [checkpoint(changed: [index])]
  }

  /// Shows question `position` (from the navigator or the arrows).
  public mutating func go(to position: Int, at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    guard slots.indices.contains(position), phase == .question || phase == .navigator
    else { return [] }
    index = position
    phase = .question
    return [checkpoint(changed: [])]
  }

  /// Opens the navigator.
  public mutating func openNavigator(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    if phase == .question { phase = .navigator }
    return []
  }

  /// Back to the question from the navigator or the confirmation.
  public mutating func backToQuestion(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    if phase == .navigator || phase == .confirmSubmit { phase = .question }
    return []
  }

  /// Asks "hand in?".
  public mutating func requestSubmit(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    if phase == .question || phase == .navigator { phase = .confirmSubmit }
    return []
  }

  /// Hands the exam in (from the confirmation, or at the end of plain input).
  public mutating func submit(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    guard result == nil else { return [] }
    return handIn(timedOut: false)
  }

  /// Practice only: stops the clock.
  public mutating func pause(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done }
    guard settings.mode == .practice, phase == .question || phase == .navigator else { return [] }
    phaseBeforePause = phase
    phase = .paused
    return [checkpoint(changed: [])]
  }

  /// Practice only: starts the clock again.
  public mutating func resume(at now: Date) -> [ExamEffect] {
    guard phase == .paused else { return [] }
    accountedAt = now
    phase = phaseBeforePause
    return []
  }

  /// Leaves the exam unfinished: everything is saved and it is offered again later.
  public mutating func leave(at now: Date) -> [ExamEffect] {
    if let done = account(now) { return done.isEmpty ? [.close] : done }
    return [checkpoint(changed: []), .close]
  }

  /// After handing in: a new exam over the questions missed (wrong or blank).
  public func retakeMissed() -> [ExamEffect] {
    let picks = slots.filter { $0.isCorrect != true }.map(\.pick)
    return picks.isEmpty ? [] : [.retake(picks)]
  }

  /// After handing in: a new exam over the flagged questions.
  public func retakeFlagged() -> [ExamEffect] {
    let picks = slots.filter(\.isFlagged).map(\.pick)
    return picks.isEmpty ? [] : [.retake(picks)]
  }

  // MARK: Clock

  /// Adds the time since the last event; hands in when the limit is reached.
  private mutating func account(_ now: Date) -> [ExamEffect]? {
    guard result == nil else { return [] }
    let delta = max(0, Int((now.timeIntervalSince(accountedAt) * 1000).rounded()))
    accountedAt = max(accountedAt, now)
    guard phase != .paused else { return nil }
    var spent = delta
    if let limitMs { spent = min(delta, max(0, limitMs - elapsedMs)) }
    elapsedMs += spent
    if phase == .question, slots.indices.contains(index) { slots[index].timeSpentMs += spent }
    if let limitMs, elapsedMs >= limitMs { return handIn(timedOut: true) }
    return nil
  }

  private mutating func checkpoint(changed: [Int]) -> ExamEffect {
    savedElapsedMs = elapsedMs
    let positions = Set(changed + [index]).sorted().filter { slots.indices.contains($0) }
    return .saveProgress(
      elapsedMs: elapsedMs, position: index,
      answers: positions.map { slots[$0].update(position: $0) })
  }

  private mutating func handIn(timedOut: Bool) -> [ExamEffect] {
    let grades = slots.map { $0.isCorrect == true }
    let correct = grades.filter { $0 }.count
    let result = ExamSessionResult(
      correct: correct, total: slots.count,
      scaledEstimate: ExamScore.scaledEstimate(correct: correct, total: slots.count),
      domains: ExamScore.byDomain(domains: slots.map(\.pick.domain), correct: grades),
      elapsedMs: elapsedMs, timedOut: timedOut)
    phase = .results(result)
    savedElapsedMs = elapsedMs
    return [
      .handIn(
        elapsedMs: elapsedMs,
        answers: slots.indices.map { slots[$0].update(position: $0) })
    ]
  }
}
