import GRDB

/// Where a logged answer came from once it has been through `notedrill sync` (table
/// `reviewOrigin`): the device that gave it and its place in that device's event log. An answer
/// given here has no row until a sync writes it out; an answer read from another device's log
/// comes with one. The pair (device, sequence) names an answer on every machine.
struct ReviewOriginRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "reviewOrigin"

  /// The review's id in this store's log.
  var reviewID: Int64
  /// The device id.
  var device: String
  /// The answer's number in that device's log, from 1.
  var sequence: Int64

  enum Columns {
    static let reviewID = Column(CodingKeys.reviewID)
    static let device = Column(CodingKeys.device)
    static let sequence = Column(CodingKeys.sequence)
  }

  /// The migration that adds the table (append-only schema: `v4-review-origin`).
  static func createTable(_ db: Database) throws {
    try db.create(table: databaseTableName, options: [.withoutRowID]) { t in
      t.primaryKey("reviewID", .integer).references("review", onDelete: .cascade)
      t.column("device", .text).notNull()
      t.column("sequence", .integer).notNull().check { $0 >= 1 }
      t.uniqueKey(["device", "sequence"])
    }
  }
}
