import Foundation
import NoteDrillApp
import StudyCore

/// Exams over the progress store and the notes' bank.
public final class StoreExamServices: ExamServices {
  private let recorder: ExamRecorder
  private let questions: [Question]
  private let titles: [String: String]
  private let request: ExamRequest
  private let fixedSeed: UInt64?

  /// Services drawing `request` from `questions`; `fixedSeed` replaces the per-exam seed (taken
  /// from the time the exam starts) when given.
  public init(
    recorder: ExamRecorder, questions: [Question], titles: [String: String],
    request: ExamRequest, fixedSeed: UInt64?
  ) {
    self.recorder = recorder
    self.questions = questions
    self.titles = titles
    self.request = request
    self.fixedSeed = fixedSeed
  }

  /// The start screen.
  public func startScreen(at now: Date) -> ExamStartScreen {
    ExamStartScreen(
      questionCount: request.questionCount,
      timeLimitSeconds: request.settings.timeLimitSeconds,
      countAsReviews: request.settings.countAsReviews,
      offer: try? recorder.unfinished(at: now), trend: trend())
  }

  /// A new exam in `mode`.
  public func newExam(mode: ExamMode, at now: Date) throws -> ExamSession {
    if let offer = try recorder.unfinished(at: now) {
      try recorder.abandon(attemptID: offer.session.attemptID, at: now)
    }
    var request = request
    request.settings.mode = mode
    request.settings.seed = fixedSeed ?? Self.seed(at: now)
    let picks = try request.picks(from: questions, titles: titles)
    return try recorder.start(picks, settings: request.settings, at: now)
  }

  /// The interrupted exam.
  public func resume(at now: Date) throws -> ExamSession? {
    try recorder.unfinished(at: now)?.session
  }

  /// Saves what the session asks.
  public func perform(_ effect: ExamEffect, attemptID: Int64, at now: Date) throws {
    try recorder.perform(effect, attemptID: attemptID, at: now)
  }

  /// A retake: the same mode, the time scaled to the number of questions.
  public func retake(_ picks: [ExamPick], after settings: ExamSettings, at now: Date) throws
    -> ExamSession
  {
    var settings = settings
    settings.seed = Self.seed(at: now)
    if let limit = settings.timeLimitSeconds, request.questionCount > 0 {
      let perQuestion = Double(limit) / Double(max(1, request.questionCount))
      settings.timeLimitSeconds = max(60, Int((perQuestion * Double(picks.count)).rounded(.up)))
    }
    // Shuffled from the bank's order, as a resumed attempt rebuilds it.
    let wanted = Set(picks.map(\.question.id))
    var bankQuestions: [String: Question] = [:]
    for question in questions where wanted.contains(question.id) {
      bankQuestions[question.id] = question
    }
    let reshuffled = picks.map { pick in
      ExamPick(
        question: ExamDraw.shuffledOptions(
          bankQuestions[pick.question.id] ?? pick.question, seed: settings.seed),
        domain: pick.domain)
    }
    return try recorder.start(reshuffled, settings: settings, at: now)
  }

  /// Scores of handed-in attempts.
  public func trend() -> [Int] {
    ((try? recorder.history()) ?? []).filter(\.isFinished).map { entry in
      let total = entry.attempt.questionCount
      return total == 0 ? 0 : Int((Double(entry.correct) * 100 / Double(total)).rounded())
    }
  }

  /// A seed from the time an exam starts.
  static func seed(at now: Date) -> UInt64 {
    UInt64(truncatingIfNeeded: UTCTimestamp.unixMicros(now))
  }
}
