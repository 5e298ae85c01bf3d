import GRDB

/// What one study day saw (table `dailyCounter`); kept in the answer's transaction and
/// rebuildable from the log.
public struct DailyCounter: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  /// The table name.
  public static let databaseTableName = "dailyCounter"

  /// The study day (days since 1970-01-01 of the local date).
  public var day: Int
  /// Every answer logged that day.
  public var answers: Int
  /// Answers that went through the scheduler.
  public var reviews: Int
  /// Cards answered for the first time.
  public var newCards: Int
  /// Answers that were right.
  public var correct: Int
  /// Time spent answering, in milliseconds.
  public var responseMs: Int

  /// The table's columns.
  public enum Columns {
    /// `day`.
    public static let day = Column(CodingKeys.day)
  }
}

/// One user setting (table `setting`), stored as text and checked when read and written.
struct SettingRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "setting"
  var key: String
  var value: String
}

/// The store's own bookkeeping (table `storeMeta`), such as the digest of the last bank seen.
struct StoreMetaRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "storeMeta"
  var key: String
  var value: String

  /// The digest of the bank the store was last reconciled with.
  static let bankFingerprint = "bankFingerprint"
}

/// One set of scheduler parameters, referenced by the reviews it scheduled (table
/// `schedulerParameters`), so a replay uses what was in force at each answer.
struct SchedulerParametersRecord: Codable, Sendable, Equatable, FetchableRecord,
  MutablePersistableRecord
{
  static let databaseTableName = "schedulerParameters"
  var id: Int64?
  var json: String

  enum Columns {
    static let json = Column(CodingKeys.json)
  }

  mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }
}
