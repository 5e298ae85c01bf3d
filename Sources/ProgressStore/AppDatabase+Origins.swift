import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Names this device's answers for a sync: every answer no sync has named yet gets `device`
  /// and the next sequence numbers (in log order, after `floor` and after every number already
  /// given), in one transaction. Returns every answer `device` gave, in sequence order.
  public func claimLocalReviews(device: String, after floor: Int64) throws(StoreError)
    -> [LoggedReview]
  {
    try write { db in
      let highest =
        try Int64.fetchOne(
          db, sql: "SELECT max(sequence) FROM reviewOrigin WHERE device = ?", arguments: [device])
        ?? 0
      var next = max(highest, floor)
      let unnamed = try Int64.fetchAll(
        db,
        sql: """
          SELECT id FROM review WHERE id NOT IN (SELECT reviewID FROM reviewOrigin) ORDER BY id
          """)
      for id in unnamed {
        next += 1
        try ReviewOriginRecord(reviewID: id, device: device, sequence: next).insert(db)
      }
      try Self.replayTies(db, among: unnamed)
      return try Self.loggedReviews(
        db, where: "o.device = ?", arguments: [device], order: "o.sequence")
    }
  }

  /// The whole log as it travels between stores, in replay order (``ReplayKey``): what a sync
  /// compares and an export writes.
  public func loggedReviews() throws(StoreError) -> [LoggedReview] {
    try read { db in
      var reviews = try Self.loggedReviews(db, where: "1", arguments: [], order: "r.id")
      reviews.sort { first, second in
        Self.key(first) < Self.key(second)
      }
      return reviews
    }
  }

  /// Replays the cards of answers in `ids` that share their microsecond with another answer to
  /// the same question: naming them can change their place among such ties.
  private static func replayTies(_ db: Database, among ids: [Int64]) throws {
    guard !ids.isEmpty else { return }
    let tied = try String.fetchAll(
      db,
      sql: """
        SELECT DISTINCT r.questionID FROM review r JOIN review other
          ON other.questionID = r.questionID AND other.reviewedAt = r.reviewedAt
          AND other.id != r.id
        WHERE r.id >= ?
        """, arguments: [ids[0]])
    for questionID in tied {
      guard let card = try CardRecord.fetchOne(db, key: questionID) else { continue }
      try card.holding(try replayedCard(db, questionID: questionID)).update(db)
    }
  }

  /// Every card by question id.
  public func allCards() throws(StoreError) -> [String: CardProgress] {
    try read { db in
      var cards: [String: CardProgress] = [:]
      let rows = try CardRecord.fetchCursor(db)
      while let card = try rows.next() { cards[card.questionID] = card.progress }
      return cards
    }
  }

  private static func key(_ review: LoggedReview) -> ReplayKey {
    ReplayKey(
      micros: review.micros, device: review.origin?.device ?? ReplayKey.unnamed,
      sequence: review.origin?.sequence ?? 0, id: 0)
  }

  private static func loggedReviews(
    _ db: Database, where condition: String, arguments: StatementArguments, order: String
  ) throws -> [LoggedReview] {
    var parameters: [Int64: SchedulerParameters] = [:]
    for record in try SchedulerParametersRecord.fetchAll(db) {
      guard let id = record.id else { continue }
      parameters[id] = try JSONDecoder().decode(
        SchedulerParameters.self, from: Data(record.json.utf8))
    }
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT r.questionID, r.reviewedAt, r.studyDay, r.rating, r.answer, r.isCorrect,
          r.responseMs, r.mode, r.isScheduled, r.parametersID, r.fuzz, r.stateBefore,
          r.retrievabilityBefore, r.nearMiss, o.device, o.sequence, r.id
        FROM review r LEFT JOIN reviewOrigin o ON o.reviewID = r.id
        WHERE \(condition) ORDER BY \(order)
        """, arguments: arguments)
    var reviews: [LoggedReview] = []
    while let row = try rows.next() {
      let device: String? = row[14]
      let sequence: Int64? = row[15]
      let parametersID: Int64? = row[9]
      let ratingValue: Int = row[3]
      let modeValue: String = row[7]
      let nearMiss: String? = row[13]
      guard let rating = Rating(rawValue: ratingValue), let mode = StudyMode(rawValue: modeValue)
      else {
        let id: Int64 = row[16]
        throw StoreError.database("review \(id) has an unknown rating or mode")
      }
      reviews.append(
        LoggedReview(
          questionID: row[0], micros: row[1], rating: rating, isCorrect: row[5],
          responseMs: row[6], mode: mode, isScheduled: row[8], studyDay: row[2],
          answer: row[4], parameters: parametersID.flatMap { parameters[$0] }, fuzz: row[10],
          stateBefore: row[11], retrievabilityBefore: row[12],
          nearMiss: nearMiss.flatMap(NearMissDecision.init(rawValue:)),
          origin: zip(device, sequence).map { ReviewOrigin(device: $0, sequence: $1) }))
    }
    return reviews
  }
}

private func zip(_ device: String?, _ sequence: Int64?) -> (String, Int64)? {
  guard let device, let sequence else { return nil }
  return (device, sequence)
}
