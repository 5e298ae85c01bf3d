import Foundation
import NoteDrillApp
import ProgressStore
import StudyCore

/// Exams over the progress store: starting attempts, saving them as they go, handing them in,
/// and rebuilding an interrupted one.
public final class ExamRecorder {
  private let database: AppDatabase
  private let questions: [Question]
  private let grader: TypedAnswerGrader
  private let timeZone: TimeZone

  /// A recorder over `database` for the bank's `questions`.
  public init(
    database: AppDatabase, questions: [Question], grader: TypedAnswerGrader, timeZone: TimeZone
  ) {
    self.database = database
    self.questions = questions
    self.grader = grader
    self.timeZone = timeZone
  }

  /// Stores a new attempt over `picks` and returns its session, started at `now`.
  public func start(_ picks: [ExamPick], settings: ExamSettings, at now: Date) throws(StoreError)
    -> ExamSession
  {
    let attempt = try database.startExam(
      questionIDs: picks.map(\.question.id), domains: picks.map(\.domain), at: now,
      timeLimitSeconds: settings.timeLimitSeconds, affectsSchedule: settings.countAsReviews,
      settings: settings.json)
    return ExamSession(
      attemptID: attempt.id ?? 0, settings: settings, slots: picks.map(ExamSlot.init(pick:)),
      grader: grader, at: now)
  }

  /// Performs what the session asks; retake and close are the caller's.
  public func perform(_ effect: ExamEffect, attemptID: Int64, at now: Date) throws(StoreError) {
    switch effect {
    case .saveProgress(let elapsedMs, let position, let answers):
      try database.saveExamProgress(
        attemptID: attemptID, elapsedMs: elapsedMs, currentPosition: position, answers: answers,
        at: now)
    case .handIn(let elapsedMs, let answers):
      let position = try database.examClock(attemptID: attemptID)?.currentPosition ?? 0
      try database.saveExamProgress(
        attemptID: attemptID, elapsedMs: elapsedMs, currentPosition: position, answers: answers,
        at: now)
      try database.finishExam(attemptID: attemptID, at: now, timeZone: timeZone)
    case .retake, .close: break
    }
  }

  /// The latest interrupted attempt, rebuilt with its answers, flags, time used and question
  /// on screen. An attempt whose questions left the notes is dropped instead (and `nil`).
  public func unfinished(at now: Date) throws(StoreError) -> ExamResumeOffer? {
    guard let attempt = try database.unfinishedExam(), let id = attempt.id,
      let (_, answers) = try database.exam(attemptID: id)
    else { return nil }
    let settings =
      ExamSettings.decode(attempt.settings)
      ?? ExamSettings(seed: 0, timeLimitSeconds: attempt.timeLimitSeconds)
    var byID: [String: Question] = [:]
    let wanted = Set(answers.map(\.questionID))
    for question in questions where wanted.contains(question.id) { byID[question.id] = question }
    var slots: [ExamSlot] = []
    for row in answers {
      guard let question = byID[row.questionID] else {
        try database.abandonExam(attemptID: id, at: now)
        return nil
      }
      let shown = ExamDraw.shuffledOptions(question, seed: settings.seed)
      slots.append(Self.slot(row, question: shown))
    }
    let clock = try database.examClock(attemptID: id)
    let session = ExamSession(
      attemptID: id, settings: settings, slots: slots, grader: grader,
      elapsedMs: clock?.elapsedMs ?? 0, position: clock?.currentPosition ?? 0, at: now)
    return ExamResumeOffer(
      session: session, startedAt: UTCTimestamp.date(unixMicros: attempt.startedAt))
  }

  /// Drops an interrupted attempt so it is not offered again.
  public func abandon(attemptID: Int64, at now: Date) throws(StoreError) {
    try database.abandonExam(attemptID: attemptID, at: now)
  }

  /// Every attempt, oldest first.
  public func history() throws(StoreError) -> [ExamHistoryEntry] {
    try database.examHistory()
  }

  /// A stored answer row as a slot, the response recovered from the option texts.
  static func slot(_ row: ExamAnswer, question: Question) -> ExamSlot {
    var slot = ExamSlot(pick: ExamPick(question: question, domain: row.domain))
    slot.given = row.answer
    slot.isCorrect = row.answer == nil ? nil : row.isCorrect
    slot.isFlagged = row.isFlagged
    slot.timeSpentMs = row.timeSpentMs
    guard let given = row.answer else { return slot }
    let choices = DrillSession.choices(of: question)
    switch question.format {
    case .typed, .flip: slot.response = .text(given)
    case .ordering:
      let order = given.components(separatedBy: " → ").compactMap { choices.firstIndex(of: $0) }
      slot.response = order.isEmpty ? nil : .order(order)
    case .singleChoice, .multipleChoice, .trueFalse:
      let chosen = given.components(separatedBy: "; ").compactMap { choices.firstIndex(of: $0) }
      slot.response = chosen.isEmpty ? nil : .choices(Set(chosen))
    }
    return slot
  }
}
