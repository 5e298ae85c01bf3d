import GRDB

/// The store's schema, as named migrations applied in order. Migrations are append-only: a
/// released one is never edited; a change of schema is a new migration at the end.
enum Migrations {
  /// The migrator for every schema change this NoteDrill knows.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-questions-cards-reviews", migrate: createStudyTables)
    migrator.registerMigration("v1-settings-counters", migrate: createBookkeepingTables)
    migrator.registerMigration("v1-checklists-exams", migrate: createActivityTables)
    migrator.registerMigration("v2-exam-domains", migrate: addExamDomains)
    migrator.registerMigration("v3-exam-progress", migrate: addExamProgress)
    migrator.registerMigration("v3-review-near-miss", migrate: addReviewNearMiss)
    migrator.registerMigration("v4-review-origin", migrate: ReviewOriginRecord.createTable)
    return migrator
  }

  /// Question snapshots, the card cache, scheduler parameter sets and the review log.
  private static func createStudyTables(_ db: Database) throws {
    try createQuestionTable(db)
    try db.create(table: "card", options: [.withoutRowID]) { t in
      t.primaryKey("questionID", .text).references("question", onDelete: .cascade)
      t.column("state", .integer).notNull().check { [1, 2, 3].contains($0) }
      t.column("step", .integer)
      t.column("stability", .double)
      t.column("difficulty", .double)
      t.column("due", .integer).notNull()
      t.column("lastReview", .integer)
      t.column("reps", .integer).notNull().defaults(to: 0)
      t.column("lapses", .integer).notNull().defaults(to: 0)
      t.column("isLeech", .boolean).notNull().defaults(to: false)
      t.column("isSuspended", .boolean).notNull().defaults(to: false)
      t.column("notePosition", .integer)
      t.column("siblingGroup", .text).notNull().defaults(to: "")
    }
    // Partial indexes hold only what a queue can pick: cards in the notes, not suspended.
    try db.execute(
      sql: """
        CREATE INDEX card_due ON card(due) WHERE lastReview IS NOT NULL
          AND isSuspended = 0 AND notePosition IS NOT NULL;
        CREATE INDEX card_new ON card(notePosition, questionID) WHERE lastReview IS NULL
          AND isSuspended = 0 AND notePosition IS NOT NULL;
        """)
    try db.create(table: "schedulerParameters") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("json", .text).notNull().unique()
    }
    try createReviewTable(db)
  }

  private static func createQuestionTable(_ db: Database) throws {
    try db.create(table: "question") { t in
      t.primaryKey("id", .text)
      t.column("kind", .text).notNull()
      t.column("format", .text).notNull()
      t.column("prompt", .text).notNull()
      t.column("keys", .jsonText).notNull()
      t.column("options", .jsonText).notNull()
      t.column("aliases", .jsonText).notNull()
      t.column("explanation", .text).notNull()
      t.column("document", .text).notNull()
      t.column("path", .text).notNull()
      t.column("line", .integer).notNull()
      t.column("headingPath", .jsonText).notNull()
      t.column("topic", .text).notNull()
      t.column("terms", .jsonText).notNull()
      t.column("siblingGroup", .text).notNull()
      t.column("language", .text).notNull()
      t.column("noteOrder", .integer).notNull()
      t.column("fingerprint", .integer).notNull()
      t.column("isOrphaned", .boolean).notNull().defaults(to: false)
      t.column("firstSeenAt", .integer).notNull()
      t.column("orphanedAt", .integer)
    }
    // Reconcile reads every question's digest: a covering index keeps it from reading the
    // texts (the table's bulk) to get them.
    try db.execute(sql: "CREATE INDEX question_digest ON question(id, fingerprint, isOrphaned)")
  }

  private static func createReviewTable(_ db: Database) throws {
    try db.create(table: "review") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("questionID", .text).notNull().references("question", onDelete: .restrict)
      t.column("reviewedAt", .integer).notNull()
      t.column("studyDay", .integer).notNull()
      t.column("rating", .integer).notNull().check { $0 >= 1 && $0 <= 4 }
      t.column("answer", .text)
      t.column("isCorrect", .boolean).notNull()
      t.column("responseMs", .integer).notNull().check { $0 >= 0 }
      t.column("mode", .text).notNull()
        .check { ["drill", "exam", "review", "checklist"].contains($0) }
      t.column("isScheduled", .boolean).notNull()
      t.column("parametersID", .integer).references("schedulerParameters")
      t.column("fuzz", .double).check { $0 == nil || ($0 >= 0 && $0 < 1) }
      t.column("stateBefore", .integer).notNull().check { $0 >= 0 && $0 <= 3 }
      t.column("retrievabilityBefore", .double).notNull()
      t.check(sql: "NOT isScheduled OR parametersID IS NOT NULL")
    }
    try db.execute(
      sql: """
        CREATE INDEX review_question ON review(questionID, id);
        CREATE INDEX review_time ON review(reviewedAt);
        CREATE TRIGGER review_append_only BEFORE UPDATE ON review
        BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
        CREATE TRIGGER review_undo_last_only BEFORE DELETE ON review
        WHEN EXISTS (SELECT 1 FROM review WHERE questionID = OLD.questionID AND id > OLD.id)
        BEGIN SELECT RAISE(ABORT, 'only the last answer to a question can be removed'); END;
        """)
  }

  /// Settings, daily counters and the store's own bookkeeping.
  private static func createBookkeepingTables(_ db: Database) throws {
    try db.create(table: "setting", options: [.withoutRowID]) { t in
      t.primaryKey("key", .text)
      t.column("value", .text).notNull()
    }
    try db.create(table: "dailyCounter", options: [.withoutRowID]) { t in
      t.primaryKey("day", .integer)
      t.column("answers", .integer).notNull().defaults(to: 0)
      t.column("reviews", .integer).notNull().defaults(to: 0)
      t.column("newCards", .integer).notNull().defaults(to: 0)
      t.column("correct", .integer).notNull().defaults(to: 0)
      t.column("responseMs", .integer).notNull().defaults(to: 0)
    }
    try db.create(table: "storeMeta", options: [.withoutRowID]) { t in
      t.primaryKey("key", .text)
      t.column("value", .text).notNull()
    }
  }

  /// Checklist item state and mock-exam attempts with every answer.
  private static func createActivityTables(_ db: Database) throws {
    try db.create(table: "checklistItem", options: [.withoutRowID]) { t in
      t.primaryKey("id", .text)
      t.column("document", .text).notNull()
      t.column("path", .text).notNull()
      t.column("line", .integer).notNull()
      t.column("text", .text).notNull()
      t.column("isChecked", .boolean).notNull()
      t.column("updatedAt", .integer).notNull()
    }
    try db.create(table: "examAttempt") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("startedAt", .integer).notNull()
      t.column("finishedAt", .integer)
      t.column("timeLimitSeconds", .integer)
      t.column("questionCount", .integer).notNull()
      t.column("affectsSchedule", .boolean).notNull().defaults(to: false)
      t.column("settings", .jsonText).notNull().defaults(to: "{}")
    }
    try db.create(table: "examAnswer") { t in
      t.column("attemptID", .integer).notNull().references("examAttempt", onDelete: .cascade)
      t.column("position", .integer).notNull()
      t.primaryKey(["attemptID", "position"])
      t.column("questionID", .text).notNull().references("question", onDelete: .restrict)
        .indexed()
      t.column("answer", .text)
      t.column("isCorrect", .boolean)
      t.column("isFlagged", .boolean).notNull().defaults(to: false)
      t.column("answeredAt", .integer)
      t.column("timeSpentMs", .integer).notNull().defaults(to: 0)
      t.column("reviewID", .integer).references("review", onDelete: .setNull)
    }
  }

  /// Each exam question remembers the domain it was drawn for, so results and reports group
  /// answers the way the exam was put together.
  private static func addExamDomains(_ db: Database) throws {
    try db.alter(table: "examAnswer") { t in
      t.add(column: "domain", .text).notNull().defaults(to: "")
    }
  }

  /// An exam under way keeps its clock, the question on screen and whether it was dropped, so
  /// an interrupted attempt can be offered again with the time it had left.
  private static func addExamProgress(_ db: Database) throws {
    try db.alter(table: "examAttempt") { t in
      t.add(column: "elapsedMs", .integer).notNull().defaults(to: 0)
      t.add(column: "currentPosition", .integer).notNull().defaults(to: 0)
      t.add(column: "abandonedAt", .integer)
    }
  }

  /// A typed answer close to the key is settled by the learner ("count it as right?"); the
  /// decision gets its own column so `answer` keeps exactly what was typed. `NULL` for every
  /// answer that was not a near miss, including all answers logged before this migration.
  private static func addReviewNearMiss(_ db: Database) throws {
    try db.alter(table: "review") { t in
      t.add(column: "nearMiss", .text)
        .check { $0 == nil || ["countedRight", "countedWrong"].contains($0) }
    }
  }
}
