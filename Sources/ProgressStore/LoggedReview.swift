import Foundation
import StudyCore

/// An answer's name on every machine: the device that gave it and its number in that device's
/// event log.
public struct ReviewOrigin: Sendable, Hashable, Codable {
  /// The device id.
  public var device: String
  /// The answer's number in that device's log, from 1.
  public var sequence: Int64

  /// An origin.
  public init(device: String, sequence: Int64) {
    self.device = device
    self.sequence = sequence
  }
}

/// One answer as it travels between stores (a device's event log, an Anki review log): what was
/// answered, when and how, without this store's row ids. Fields a source cannot know (the study
/// day, the card's state before) are `nil` and worked out when the answer is merged.
public struct LoggedReview: Sendable, Equatable, Codable {
  /// The question answered.
  public var questionID: String
  /// When, in microseconds since 1970.
  public var micros: Int64
  /// The study day it counted for, or `nil` to take the day containing it here.
  public var studyDay: Int?
  /// The FSRS rating.
  public var rating: Rating
  /// What the learner gave, when there was something to give.
  public var answer: String?
  /// Whether the answer was right.
  public var isCorrect: Bool
  /// How long the learner took, in milliseconds.
  public var responseMs: Int
  /// Where it was given.
  public var mode: StudyMode
  /// Whether it went through the scheduler.
  public var isScheduled: Bool
  /// The scheduler parameters used (`nil` for an unscheduled answer, or to use this store's).
  public var parameters: SchedulerParameters?
  /// The fuzz draw used, for an exact replay.
  public var fuzz: Double?
  /// The card's state before (0 new, 1 learning, 2 review, 3 relearning), or `nil` to work it
  /// out from the replay.
  public var stateBefore: Int?
  /// The probability of recall just before, or `nil` to work it out from the replay.
  public var retrievabilityBefore: Double?
  /// A near miss's decision.
  public var nearMiss: NearMissDecision?
  /// Where it came from once synced; `nil` for an answer no sync has named yet.
  public var origin: ReviewOrigin?

  /// An answer; what is not given is worked out when it is merged.
  public init(
    questionID: String, micros: Int64, rating: Rating, isCorrect: Bool? = nil,
    responseMs: Int = 0, mode: StudyMode = .drill, isScheduled: Bool = true,
    studyDay: Int? = nil, answer: String? = nil, parameters: SchedulerParameters? = nil,
    fuzz: Double? = nil, stateBefore: Int? = nil, retrievabilityBefore: Double? = nil,
    nearMiss: NearMissDecision? = nil, origin: ReviewOrigin? = nil
  ) {
    self.questionID = questionID
    self.micros = micros
    self.rating = rating
    self.isCorrect = isCorrect ?? rating.isRecall
    self.responseMs = max(0, responseMs)
    self.mode = mode
    self.isScheduled = isScheduled
    self.studyDay = studyDay
    self.answer = answer
    self.parameters = parameters
    self.fuzz = fuzz
    self.stateBefore = stateBefore
    self.retrievabilityBefore = retrievabilityBefore
    self.nearMiss = nearMiss
    self.origin = origin
  }

  /// When, as a date.
  public var date: Date { StoreTime.date(micros) }
}

/// What a merge did.
public struct MergeReport: Sendable, Equatable, Codable {
  /// Answers added to the log.
  public var added: Int
  /// Answers the log already held (skipped).
  public var alreadyKnown: Int
  /// Answers to questions this store does not know (skipped; a later merge can add them).
  public var unknownQuestions: Int
  /// Cards replayed from their whole history.
  public var cardsReplayed: Int

  /// A report.
  public init(
    added: Int = 0, alreadyKnown: Int = 0, unknownQuestions: Int = 0, cardsReplayed: Int = 0
  ) {
    self.added = added
    self.alreadyKnown = alreadyKnown
    self.unknownQuestions = unknownQuestions
    self.cardsReplayed = cardsReplayed
  }
}

/// How a merge recognises an answer the log already holds.
public enum MergeIdentity: Sendable, Equatable {
  /// By origin (device and sequence): answers from another device's event log.
  case origin
  /// By question, rating and time within `toleranceMicros`: answers from another app's log,
  /// which keeps times at a coarser resolution (Anki: milliseconds).
  case nearbyAnswer(toleranceMicros: Int64)
}
