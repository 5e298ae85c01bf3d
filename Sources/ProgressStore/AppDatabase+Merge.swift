import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Adds answers given elsewhere (another device's event log, an Anki review log) to the log in
  /// one transaction, skipping those it already holds, and replays every touched card from its
  /// whole history in replay order (``ReplayKey``), so an answer older than the card's last one
  /// takes its place in time. Daily counters are recounted from the log.
  ///
  /// Answers to questions the store does not know are skipped and counted; a later merge (after
  /// the notes have the question) adds them.
  ///
  /// - Throws: the store's errors, or ``StoreError/scheduler(_:)`` for parameters the scheduler
  ///   refuses; nothing is written then.
  @discardableResult
  public func mergeReviews(
    _ incoming: [LoggedReview], identity: MergeIdentity, timeZone: TimeZone
  ) throws(StoreError) -> MergeReport {
    try write { db in
      var merger = try ReviewMerger(db: db, timeZone: timeZone)
      return try merger.merge(incoming, identity: identity)
    }
  }
}

/// One merge: the schedulers by parameter set, the study-day calendar, what is known.
private struct ReviewMerger {
  let db: Database
  let settings: StoreSettings
  var days: StudyDayIndex
  var schedulers: [Int64: FSRSScheduler]
  var parameterIDs: [SchedulerParameters: Int64] = [:]

  init(db: Database, timeZone: TimeZone) throws {
    self.db = db
    settings = try AppDatabase.settings(db)
    days = StudyDayIndex(timeZone: timeZone, startHour: settings.dayStartHour)
    schedulers = try AppDatabase.schedulers(db)
  }

  mutating func merge(_ incoming: [LoggedReview], identity: MergeIdentity) throws -> MergeReport {
    var report = MergeReport()
    let questions = Set(try String.fetchAll(db, sql: "SELECT id FROM question"))
    var origins = Set(try ReplayOrder.origins(db).values)
    var byQuestion: [String: [LoggedReview]] = [:]
    for review in incoming {
      guard questions.contains(review.questionID) else {
        report.unknownQuestions += 1
        continue
      }
      if identity == .origin {
        guard let origin = review.origin, origins.insert(origin).inserted else {
          report.alreadyKnown += 1
          continue
        }
      }
      byQuestion[review.questionID, default: []].append(review)
    }
    if case .nearbyAnswer(let tolerance) = identity {
      for (questionID, reviews) in byQuestion {
        let kept = try newAnswers(reviews, of: questionID, tolerance: tolerance)
        report.alreadyKnown += reviews.count - kept.count
        byQuestion[questionID] = kept
      }
    }
    for questionID in byQuestion.keys.sorted() {
      guard let reviews = byQuestion[questionID], !reviews.isEmpty else { continue }
      try mergeQuestion(questionID, reviews)
      report.added += reviews.count
      report.cardsReplayed += 1
    }
    if report.added > 0 { try recountDays() }
    return report
  }

  /// The answers among `reviews` that neither the log nor an earlier one of them holds: same
  /// rating within `tolerance` microseconds.
  private func newAnswers(_ reviews: [LoggedReview], of questionID: String, tolerance: Int64)
    throws -> [LoggedReview]
  {
    var seen = try Row.fetchAll(
      db, sql: "SELECT reviewedAt, rating FROM review WHERE questionID = ?",
      arguments: [questionID]
    ).map { row -> (Int64, Int) in (row[0], row[1]) }
    var kept: [LoggedReview] = []
    for review in reviews.sorted(by: { $0.micros < $1.micros }) {
      let duplicate = seen.contains { micros, rating in
        rating == review.rating.rawValue && abs(micros - review.micros) <= tolerance
      }
      if duplicate { continue }
      seen.append((review.micros, review.rating.rawValue))
      kept.append(review)
    }
    return kept
  }

  /// One logged or incoming answer, in the order of the replay.
  private enum Entry {
    case logged(ReviewRecord)
    case incoming(LoggedReview)
  }

  /// Replays `questionID`'s card through its logged answers and `added`, in replay order, then
  /// inserts `added` (with what the replay says of the card before each) and stores the card.
  private mutating func mergeQuestion(_ questionID: String, _ added: [LoggedReview]) throws {
    guard let card = try CardRecord.fetchOne(db, key: questionID),
      let firstSeen = try Int64.fetchOne(
        db, sql: "SELECT firstSeenAt FROM question WHERE id = ?", arguments: [questionID])
    else { throw StoreError.unknownQuestion(questionID) }
    let origins = try ReplayOrder.origins(db, questionID: questionID)
    let logged = try ReviewRecord.filter(ReviewRecord.Columns.questionID == questionID)
      .filter(ReviewRecord.Columns.isScheduled).fetchAll(db)
    var entries: [(key: ReplayKey, entry: Entry)] = logged.map { review in
      let id = review.id ?? 0
      return (ReplayOrder.key(id: id, micros: review.reviewedAt, origins: origins), .logged(review))
    }
    for review in added {
      let key = ReplayKey(
        micros: review.micros, device: review.origin?.device ?? ReplayKey.unnamed,
        sequence: review.origin?.sequence ?? .max, id: .max)
      entries.append((key, .incoming(review)))
    }
    entries.sort { $0.key < $1.key }
    var progress = CardProgress.new(introducedAt: StoreTime.date(firstSeen))
    var rows: [(ReviewRecord, ReviewOrigin?)] = []
    for (_, entry) in entries {
      switch entry {
      case .logged(let review):
        guard let rating = review.fsrsRating, let id = review.parametersID,
          let scheduler = schedulers[id]
        else {
          throw StoreError.database(
            "review \(review.id ?? 0) cannot be replayed: bad rating or parameters")
        }
        progress = progress.applying(
          try scheduler.review(progress.card, rating: rating, at: review.date, fuzz: review.fuzz))
      case .incoming(let review):
        let (row, next) = try logRow(for: review, after: progress)
        rows.append((row, review.origin))
        progress = next
      }
    }
    for (row, origin) in rows {
      var review = row
      try review.insert(db)
      if let origin {
        try ReviewOriginRecord(
          reviewID: review.id ?? db.lastInsertedRowID, device: origin.device,
          sequence: origin.sequence
        ).insert(db)
      }
    }
    try card.holding(progress).update(db)
  }

  /// The log row for `review` given the card `before` it, and the card after it.
  private mutating func logRow(for review: LoggedReview, after before: CardProgress) throws
    -> (ReviewRecord, CardProgress)
  {
    let parameters = review.parameters ?? settings.schedulerParameters
    let id = try parametersID(parameters)
    let scheduler = schedulers[id] ?? FSRSScheduler(parameters: parameters)
    let date = StoreTime.date(review.micros)
    var after = before
    var retrievability = review.retrievabilityBefore
    if review.isScheduled {
      let outcome = try scheduler.review(
        before.card, rating: review.rating, at: date, fuzz: review.fuzz)
      retrievability = retrievability ?? outcome.retrievabilityBefore
      after = before.applying(outcome)
    }
    let record = ReviewRecord(
      id: nil, questionID: review.questionID, reviewedAt: review.micros,
      studyDay: review.studyDay ?? days.day(containing: date).number,
      rating: review.rating.rawValue, answer: review.answer, isCorrect: review.isCorrect,
      responseMs: review.responseMs, mode: review.mode.rawValue, isScheduled: review.isScheduled,
      parametersID: review.isScheduled ? id : nil, fuzz: review.fuzz,
      stateBefore: review.stateBefore ?? before.stateCode,
      retrievabilityBefore: retrievability ?? scheduler.retrievability(of: before.card, at: date),
      nearMiss: review.nearMiss?.rawValue)
    return (record, after)
  }

  /// The stored id of `parameters`, added when new.
  private mutating func parametersID(_ parameters: SchedulerParameters) throws -> Int64 {
    if let id = parameterIDs[parameters] { return id }
    let id = try AppDatabase.parametersID(db, for: parameters)
    parameterIDs[parameters] = id
    schedulers[id] = FSRSScheduler(parameters: parameters)
    return id
  }

  /// Daily counters recounted from the whole log.
  private func recountDays() throws {
    try db.execute(
      sql: """
        DELETE FROM dailyCounter;
        INSERT INTO dailyCounter (day, answers, reviews, newCards, correct, responseMs)
        SELECT studyDay, count(*), sum(isScheduled), sum(isScheduled AND stateBefore = 0),
          sum(isCorrect), sum(responseMs)
        FROM review GROUP BY studyDay;
        """)
  }
}
