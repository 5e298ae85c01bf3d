import Foundation
import GRDB
import StudyCore

/// One answer in the append-only review log (table `review`), the store's source of truth.
public struct ReviewRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord
{
  /// The table name.
  public static let databaseTableName = "review"

  /// Increasing id; never reused, even after an undo.
  public var id: Int64?
  /// The question answered.
  public var questionID: String
  /// When (unix microseconds).
  public var reviewedAt: Int64
  /// The study day it counted for (days since 1970-01-01 of the local date).
  public var studyDay: Int
  /// The FSRS rating, 1 to 4.
  public var rating: Int
  /// What the learner gave, when there was something to give.
  public var answer: String?
  /// Whether the answer was right.
  public var isCorrect: Bool
  /// How long the learner took, in milliseconds.
  public var responseMs: Int
  /// Where it was given: `drill`, `exam`, `review` or `checklist`.
  public var mode: String
  /// Whether it went through the scheduler (exam answers do not, unless asked).
  public var isScheduled: Bool
  /// The scheduler parameter set used, for an exact replay.
  public var parametersID: Int64?
  /// The fuzz draw used, for an exact replay.
  public var fuzz: Double?
  /// The card's state before: 0 new, 1 learning, 2 review, 3 relearning.
  public var stateBefore: Int
  /// The probability of recall just before the answer.
  public var retrievabilityBefore: Double
  /// A near miss's decision, `countedRight` or `countedWrong`; `nil` when the answer was not
  /// a near miss. `answer` holds what was typed either way.
  public var nearMiss: String? = nil

  /// The table's columns.
  public enum Columns {
    /// `id`.
    public static let id = Column(CodingKeys.id)
    /// `questionID`.
    public static let questionID = Column(CodingKeys.questionID)
    /// `reviewedAt`.
    public static let reviewedAt = Column(CodingKeys.reviewedAt)
    /// `studyDay`.
    public static let studyDay = Column(CodingKeys.studyDay)
    /// `isScheduled`.
    public static let isScheduled = Column(CodingKeys.isScheduled)
  }

  /// Takes the id SQLite gave the new row.
  public mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }

  /// The rating as the scheduler's enum.
  public var fsrsRating: Rating? { Rating(rawValue: rating) }

  /// The near-miss decision as the store's enum (`nil` when not a near miss).
  public var nearMissDecision: NearMissDecision? {
    nearMiss.flatMap { NearMissDecision(rawValue: $0) }
  }

  /// When, as a date.
  public var date: Date { StoreTime.date(reviewedAt) }
}

extension ReviewRecord {
  /// The row for a log entry the review policy decided, with the id of the scheduler
  /// parameters it used (`nil` when it did not go through the scheduler).
  init(_ entry: ReviewLogEntry, parametersID: Int64?) {
    self.init(
      id: nil, questionID: entry.questionID, reviewedAt: StoreTime.micros(entry.reviewedAt),
      studyDay: entry.studyDay, rating: entry.rating.rawValue, answer: entry.given,
      isCorrect: entry.isCorrect, responseMs: entry.responseMs, mode: entry.mode.rawValue,
      isScheduled: entry.isScheduled, parametersID: parametersID, fuzz: entry.fuzz,
      stateBefore: entry.stateBefore, retrievabilityBefore: entry.retrievabilityBefore,
      nearMiss: entry.nearMiss?.rawValue)
  }
}
