import Foundation

/// Timed like the real exam, or practice: the answer after each question and pause allowed.
public enum ExamMode: String, Equatable, Sendable, Codable {
  /// The clock runs and cannot be paused; answers are shown after handing in.
  case timed
  /// Each answer is shown at once; the clock can be paused.
  case practice
}

/// How an exam was put together; stored with the attempt as JSON.
public struct ExamSettings: Equatable, Sendable, Codable {
  /// The seed of the draw and of the option order.
  public var seed: UInt64
  /// Timed or practice.
  public var mode: ExamMode
  /// The time allowed in seconds, `nil` for no limit.
  public var timeLimitSeconds: Int?
  /// How domains were formed.
  public var grouping: ExamDomainGrouping
  /// Whether handing in records the answers as reviews.
  public var countAsReviews: Bool

  /// Creates settings.
  public init(
    seed: UInt64, mode: ExamMode = .timed, timeLimitSeconds: Int? = 130 * 60,
    grouping: ExamDomainGrouping = .sections, countAsReviews: Bool = false
  ) {
    self.seed = seed
    self.mode = mode
    self.timeLimitSeconds = timeLimitSeconds
    self.grouping = grouping
    self.countAsReviews = countAsReviews
  }

  /// The settings as the JSON text stored with the attempt.
  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }

  /// Settings read back from an attempt's JSON, `nil` when it is not ours.
  public static func decode(_ json: String) -> ExamSettings? {
    try? JSONDecoder().decode(ExamSettings.self, from: Data(json.utf8))
  }
}

/// One question slot of an exam: what was given, its grade and flag, time spent.
public struct ExamSlot: Equatable, Sendable {
  /// The question (options in this attempt's order) and its domain.
  public var pick: ExamPick
  /// The answer given, `nil` while blank.
  public var response: DrillResponse?
  /// The answer as logged (option texts).
  public var given: String?
  /// Whether the answer is right, `nil` while blank.
  public var isCorrect: Bool?
  /// Marked for review.
  public var isFlagged = false
  /// Time spent on the question, over every visit.
  public var timeSpentMs = 0

  /// A blank slot for `pick`.
  public init(pick: ExamPick) {
    self.pick = pick
  }

  /// The slot as the store keeps it.
  public func update(position: Int) -> ExamAnswerUpdate {
    ExamAnswerUpdate(
      position: position, answer: given, isCorrect: isCorrect, isFlagged: isFlagged,
      timeSpentMs: timeSpentMs)
  }

  /// How the navigator shows it.
  public var status: ExamSlotStatus {
    if isFlagged { return given == nil ? .flaggedBlank : .flaggedAnswered }
    return given == nil ? .blank : .answered
  }
}

/// A slot's state in the navigator.
public enum ExamSlotStatus: Equatable, Sendable {
  /// Not answered.
  case blank
  /// Answered.
  case answered
  /// Flagged, not answered.
  case flaggedBlank
  /// Flagged and answered.
  case flaggedAnswered
}

/// Where an exam is.
public enum ExamPhase: Equatable, Sendable {
  /// A question on screen.
  case question
  /// The navigator of every question.
  case navigator
  /// "Hand in?", listing blank and flagged questions.
  case confirmSubmit
  /// Practice only: the clock is stopped.
  case paused
  /// Handed in: results and review.
  case results(ExamSessionResult)
}

/// The score of a handed-in exam.
public struct ExamSessionResult: Equatable, Sendable {
  /// Questions right.
  public var correct: Int
  /// Questions asked.
  public var total: Int
  /// The estimated scaled score, 100–1000.
  public var scaledEstimate: Int
  /// Per domain, in the order domains first appear.
  public var domains: [ExamDomainScore]
  /// Time used in milliseconds.
  public var elapsedMs: Int
  /// Whether the clock ran out (auto-submitted).
  public var timedOut: Bool

  /// The share right, as a whole percentage.
  public var percent: Int {
    total == 0 ? 0 : Int((Double(correct) * 100 / Double(total)).rounded())
  }
  /// Whether the estimate reaches the pass line.
  public var passes: Bool { scaledEstimate >= ExamScore.passLine }
}

/// What the exam asks its runner to do.
public enum ExamEffect: Equatable, Sendable {
  /// Save the clock, the position and these slots (one transaction).
  case saveProgress(elapsedMs: Int, position: Int, answers: [ExamAnswerUpdate])
  /// Hand the attempt in (after saving every slot).
  case handIn(elapsedMs: Int, answers: [ExamAnswerUpdate])
  /// Start a new exam over these questions (retake missed or flagged).
  case retake([ExamPick])
  /// Leave the exam.
  case close
}
