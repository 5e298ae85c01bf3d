import Foundation
import GRDB
import StudyCore

/// What a reconcile with the notes changed.
public struct ReconcileSummary: Sendable, Equatable, Codable {
  /// Questions seen for the first time: new cards.
  public var added = 0
  /// Questions whose text, source or order changed (progress kept).
  public var updated = 0
  /// Questions gone from the notes: orphans now.
  public var orphaned = 0
  /// Orphans back in the notes.
  public var revived = 0
  /// Questions as they were.
  public var unchanged = 0

  /// A summary with every count given (zero when omitted).
  public init(
    added: Int = 0, updated: Int = 0, orphaned: Int = 0, revived: Int = 0,
    unchanged: Int = 0
  ) {
    self.added = added
    self.updated = updated
    self.orphaned = orphaned
    self.revived = revived
    self.unchanged = unchanged
  }
}

extension AppDatabase {
  /// Brings the store in line with the questions the notes give now, in one transaction: new
  /// questions become new cards, questions gone become orphans (history kept, never queued),
  /// orphans that return are revived, edited questions get a fresh snapshot.
  ///
  /// When the bank is the one last reconciled (same ids and digests in the same order) nothing
  /// is read back or written.
  public func reconcile(with questions: [Question], at now: Date) throws(StoreError)
    -> ReconcileSummary
  {
    let fingerprints = QuestionFingerprint.of(all: questions)
    let bank = String(
      QuestionFingerprint.ofBank(zip(questions.map(\.id), fingerprints).map { ($0, $1) }))
    let nowMicros = StoreTime.micros(now)
    return try write { db in
      // The stored value is "digest/count of distinct questions".
      let last = try StoreMetaRecord.fetchOne(db, key: StoreMetaRecord.bankFingerprint)
      let parts = last?.value.split(separator: "/") ?? []
      if parts.count == 2, parts[0] == bank, let count = Int(parts[1]) {
        return ReconcileSummary(unchanged: count)
      }
      var writer = try ReconcileWriter(db: db, now: nowMicros)
      let summary = try writer.apply(questions, fingerprints: fingerprints)
      let distinct = summary.added + summary.updated + summary.revived + summary.unchanged
      try StoreMetaRecord(key: StoreMetaRecord.bankFingerprint, value: "\(bank)/\(distinct)")
        .save(db)
      return summary
    }
  }
}

/// The statements of one reconcile, prepared once and run for each question.
private struct ReconcileWriter {
  let db: Database
  let now: Int64
  let insertQuestion: Statement
  let updateQuestion: Statement
  let insertCard: Statement
  let placeCard: Statement
  let unplaceCard: Statement
  let orphanQuestion: Statement

  private static let questionColumns = [
    "kind", "format", "prompt", "keys", "options", "aliases", "explanation", "document", "path",
    "line", "headingPath", "topic", "terms", "siblingGroup", "language", "noteOrder", "fingerprint",
  ]

  init(db: Database, now: Int64) throws {
    self.db = db
    self.now = now
    let columns = Self.questionColumns
    let marks = Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")
    insertQuestion = try db.makeStatement(
      sql: "INSERT INTO question (id, \(columns.joined(separator: ", ")), firstSeenAt) "
        + "VALUES (\(marks))")
    updateQuestion = try db.makeStatement(
      sql: "UPDATE question SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")), "
        + "isOrphaned = 0, orphanedAt = NULL WHERE id = ?")
    insertCard = try db.makeStatement(
      sql: "INSERT INTO card (questionID, state, step, due, notePosition, siblingGroup) "
        + "VALUES (?, 1, 0, ?, ?, ?)")
    placeCard = try db.makeStatement(
      sql: "UPDATE card SET notePosition = ?, siblingGroup = ? WHERE questionID = ?")
    unplaceCard = try db.makeStatement(
      sql: "UPDATE card SET notePosition = NULL WHERE questionID = ?")
    orphanQuestion = try db.makeStatement(
      sql: "UPDATE question SET isOrphaned = 1, orphanedAt = ? WHERE id = ?")
  }

  /// What the store holds of a question, and whether this reconcile has met it yet.
  struct Stored {
    var fingerprint: Int64
    var isOrphaned: Bool
    var seen = false
  }

  mutating func apply(_ questions: [Question], fingerprints: [Int64]) throws -> ReconcileSummary {
    var stored = try storedQuestions(expected: questions.count)
    var summary = ReconcileSummary()
    for index in questions.indices {
      let id = questions[index].id
      guard let slot = stored.index(forKey: id) else {
        try insert(questions[index], fingerprint: fingerprints[index])
        stored[id] = Stored(fingerprint: fingerprints[index], isOrphaned: false, seen: true)
        summary.added += 1
        continue
      }
      let old = stored.values[slot]
      if old.seen { continue }  // the same id twice in the bank: the first one counts
      stored.values[slot].seen = true
      if old.fingerprint == fingerprints[index], !old.isOrphaned {
        summary.unchanged += 1
        continue
      }
      try update(questions[index], fingerprint: fingerprints[index])
      if old.isOrphaned { summary.revived += 1 } else { summary.updated += 1 }
    }
    for (id, old) in stored where !old.seen && !old.isOrphaned {
      try orphanQuestion.execute(arguments: [now, id])
      try unplaceCard.execute(arguments: [id])
      summary.orphaned += 1
    }
    return summary
  }

  private func storedQuestions(expected: Int) throws -> [String: Stored] {
    var stored: [String: Stored] = [:]
    stored.reserveCapacity(expected)
    let rows = try Row.fetchCursor(db, sql: "SELECT id, fingerprint, isOrphaned FROM question")
    while let row = try rows.next() {
      stored[row[0]] = Stored(fingerprint: row[1], isOrphaned: row[2])
    }
    return stored
  }

  private func update(_ question: Question, fingerprint: Int64) throws {
    try updateQuestion.execute(arguments: Self.fields(question, fingerprint) + [question.id])
    try placeCard.execute(arguments: [question.order, question.siblingGroup, question.id])
  }

  private func insert(_ question: Question, fingerprint: Int64) throws {
    try insertQuestion.execute(
      arguments: [question.id] + Self.fields(question, fingerprint) + [now])
    try insertCard.execute(arguments: [question.id, now, question.order, question.siblingGroup])
  }

  private static func fields(_ question: Question, _ fingerprint: Int64) -> StatementArguments {
    let source = question.source
    return [
      question.kind.rawValue, question.format.rawValue, question.prompt,
      JSONText.array(question.keys), JSONText.array(question.options),
      JSONText.array(question.aliases), question.explanation, source.document, source.path,
      source.line, JSONText.array(source.headingPath), question.topic,
      JSONText.array(question.terms), question.siblingGroup, question.language.rawValue,
      question.order, fingerprint,
    ]
  }
}
