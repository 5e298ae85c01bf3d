import GRDB

#if canImport(GRDBSQLite)
  import GRDBSQLite
#else
  import SQLite3
#endif

/// Steps through a statement's rows with SQLite's own column functions, for the few reads that
/// walk the whole review log: no row value or `String` is made per row.
struct RawRows {
  private let statement: Statement

  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
  }

  /// Calls `body` with each row; stops with an error when SQLite reports one.
  func forEach(_ body: (RawRow) throws -> Void) throws {
    let handle = statement.sqliteStatement
    sqlite3_reset(handle)
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "report read failed")
      }
      try body(RawRow(handle: handle))
    }
    sqlite3_reset(handle)
  }
}

/// One row of ``RawRows``, valid only inside the closure.
struct RawRow {
  let handle: SQLiteStatement

  func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
  func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
  func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  /// The column's text as bytes (UTF-8), valid until the next step.
  func bytes(_ column: Int32) -> UnsafeRawBufferPointer {
    guard let text = sqlite3_column_text(handle, column) else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
  }

  /// The column's text.
  func string(_ column: Int32) -> String {
    String(decoding: bytes(column), as: UTF8.self)
  }
}
