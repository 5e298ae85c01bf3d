import GRDB

/// A checklist item's state as the learner last set it (table `checklistItem`).
public struct ChecklistItemState: Codable, Sendable, Equatable, FetchableRecord,
  PersistableRecord
{
  /// The table name.
  public static let databaseTableName = "checklistItem"

  /// Stable id of the item (from its note and text).
  public var id: String
  /// The note's id.
  public var document: String
  /// The note's path.
  public var path: String
  /// The item's 1-based line.
  public var line: Int
  /// The item's text.
  public var text: String
  /// Whether it is checked.
  public var isChecked: Bool
  /// When it was last set (unix microseconds).
  public var updatedAt: Int64

  /// The table's columns.
  public enum Columns {
    /// `document`.
    public static let document = Column(CodingKeys.document)
    /// `line`.
    public static let line = Column(CodingKeys.line)
  }

  /// An item state with every field given.
  public init(
    id: String, document: String, path: String, line: Int, text: String, isChecked: Bool,
    updatedAt: Int64
  ) {
    self.id = id
    self.document = document
    self.path = path
    self.line = line
    self.text = text
    self.isChecked = isChecked
    self.updatedAt = updatedAt
  }
}

/// One mock-exam attempt (table `examAttempt`).
public struct ExamAttempt: Codable, Sendable, Equatable, FetchableRecord,
  MutablePersistableRecord
{
  /// The table name.
  public static let databaseTableName = "examAttempt"

  /// Increasing id.
  public var id: Int64?
  /// When it began (unix microseconds).
  public var startedAt: Int64
  /// When it was handed in (unix microseconds), `nil` while under way or abandoned.
  public var finishedAt: Int64?
  /// The time allowed, if any, in seconds.
  public var timeLimitSeconds: Int?
  /// How many questions it asks.
  public var questionCount: Int
  /// Whether its answers go through the scheduler when it is handed in.
  public var affectsSchedule: Bool
  /// How it was put together (filters, seed, ...), as JSON for the exam screen.
  public var settings: String

  /// The table's columns.
  public enum Columns {
    /// `id`.
    public static let id = Column(CodingKeys.id)
  }

  /// Takes the id SQLite gave the new row.
  public mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }
}

/// One question of an exam attempt and the answer given (table `examAnswer`).
public struct ExamAnswer: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  /// The table name.
  public static let databaseTableName = "examAnswer"

  /// The attempt.
  public var attemptID: Int64
  /// The question's place in the exam, from 0.
  public var position: Int
  /// The question.
  public var questionID: String
  /// What was given, `nil` while unanswered.
  public var answer: String?
  /// Whether it was right, `nil` while unanswered.
  public var isCorrect: Bool?
  /// Marked for a second look.
  public var isFlagged: Bool
  /// When it was last answered (unix microseconds).
  public var answeredAt: Int64?
  /// Time spent on the question, in milliseconds, over every visit.
  public var timeSpentMs: Int
  /// The review this answer produced when the exam counted for the schedule.
  public var reviewID: Int64?
  /// The domain the question was drawn for (empty for attempts from before domains were kept).
  public var domain: String

  /// The table's columns.
  public enum Columns {
    /// `attemptID`.
    public static let attemptID = Column(CodingKeys.attemptID)
    /// `position`.
    public static let position = Column(CodingKeys.position)
  }
}
