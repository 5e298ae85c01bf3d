import GRDB

/// The order a question's answers are replayed in: by time; answers given at the same
/// microsecond on two devices by device id and sequence, so every machine that holds the same
/// answers replays them the same way (an answer no sync has named yet comes after the named
/// ones, as it was recorded after them); then by log id. On one machine the log id already follows
/// time (the scheduler refuses an answer older than the card's last review), so for a store
/// that never synced this is the log order.
struct ReplayKey: Comparable, Sendable {
  /// When, in microseconds.
  var micros: Int64
  /// The device that gave it; ``unnamed`` while it has not been synced.
  var device: String
  /// Its number in that device's log (the log id while it has not been synced).
  var sequence: Int64
  /// The log id (`Int64.max` for an answer not yet inserted).
  var id: Int64

  /// The device of an answer no sync has named: after every device id (letters, digits, `-`).
  static let unnamed = "~"

  static func < (lhs: ReplayKey, rhs: ReplayKey) -> Bool {
    (lhs.micros, lhs.device, lhs.sequence, lhs.id) < (rhs.micros, rhs.device, rhs.sequence, rhs.id)
  }
}

enum ReplayOrder {
  /// Every synced answer's origin, by log id (empty for a store that never synced).
  static func origins(_ db: Database) throws -> [Int64: ReviewOrigin] {
    var origins: [Int64: ReviewOrigin] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT reviewID, device, sequence FROM reviewOrigin")
    while let row = try rows.next() {
      origins[row[0]] = ReviewOrigin(device: row[1], sequence: row[2])
    }
    return origins
  }

  /// The origins of one question's synced answers, by log id.
  static func origins(_ db: Database, questionID: String) throws -> [Int64: ReviewOrigin] {
    var origins: [Int64: ReviewOrigin] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT o.reviewID, o.device, o.sequence FROM reviewOrigin o
        JOIN review r ON r.id = o.reviewID WHERE r.questionID = ?
        """, arguments: [questionID])
    while let row = try rows.next() {
      origins[row[0]] = ReviewOrigin(device: row[1], sequence: row[2])
    }
    return origins
  }

  /// The key of the logged answer `id` at `micros`.
  static func key(id: Int64, micros: Int64, origins: [Int64: ReviewOrigin]) -> ReplayKey {
    let origin = origins[id]
    return ReplayKey(
      micros: micros, device: origin?.device ?? ReplayKey.unnamed, sequence: origin?.sequence ?? id,
      id: id)
  }

  /// Sorts `items` by `key` unless they are in order already (the usual case, checked in one
  /// pass).
  static func sort<T>(_ items: inout [T], by key: (T) -> ReplayKey) {
    guard items.count > 1 else { return }
    var ordered = true
    var previous = key(items[0])
    for item in items.dropFirst() {
      let current = key(item)
      if current < previous {
        ordered = false
        break
      }
      previous = current
    }
    if !ordered { items.sort { key($0) < key($1) } }
  }
}
