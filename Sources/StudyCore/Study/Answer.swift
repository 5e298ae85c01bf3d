import Foundation

/// Where an answer was given.
public enum StudyMode: String, Sendable, Codable, CaseIterable {
  /// The daily drill.
  case drill
  /// A mock exam.
  case exam
  /// Weak-topic review.
  case review
  /// A checklist quiz.
  case checklist
}

/// One answer to record.
public struct Answer: Sendable, Equatable {
  /// The question answered.
  public var questionID: String
  /// The FSRS rating it earns.
  public var rating: Rating
  /// What the learner gave (typed text, chosen options), when there was something to give.
  public var given: String?
  /// Whether the answer was right.
  public var isCorrect: Bool
  /// How long the learner took, in milliseconds.
  public var responseMs: Int
  /// Where it was given.
  public var mode: StudyMode
  /// Whether it goes through the scheduler; exam answers do not unless asked.
  public var affectsSchedule: Bool
  /// A uniform draw in [0, 1) to spread the interval, or `nil` for none.
  public var fuzz: Double?
  /// How the learner settled a near miss, when the typed answer was one.
  public var nearMiss: NearMissDecision?

  /// An answer; `isCorrect` defaults to whether the rating is a recall, `affectsSchedule` to
  /// true outside exams.
  public init(
    questionID: String, rating: Rating, given: String? = nil, isCorrect: Bool? = nil,
    responseMs: Int = 0, mode: StudyMode = .drill, affectsSchedule: Bool? = nil,
    fuzz: Double? = nil, nearMiss: NearMissDecision? = nil
  ) {
    self.questionID = questionID
    self.rating = rating
    self.given = given
    self.isCorrect = isCorrect ?? rating.isRecall
    self.responseMs = max(0, responseMs)
    self.mode = mode
    self.affectsSchedule = affectsSchedule ?? (mode != .exam)
    self.fuzz = fuzz
    self.nearMiss = nearMiss
  }
}
