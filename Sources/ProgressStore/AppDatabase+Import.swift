import Foundation
import GRDB
import StudyCore

/// One answer from an existing history (another app's log, a benchmark's synthetic one).
public struct ImportedAnswer: Sendable, Equatable {
  /// The question answered; it must be in the store.
  public var questionID: String
  /// The FSRS rating.
  public var rating: Rating
  /// When it was given.
  public var at: Date
  /// How long it took, in milliseconds.
  public var responseMs: Int
  /// A fuzz draw in [0, 1), or `nil`.
  public var fuzz: Double?

  /// An answer with every field given (no fuzz unless given).
  public init(
    questionID: String, rating: Rating, at: Date, responseMs: Int = 0, fuzz: Double? = nil
  ) {
    self.questionID = questionID
    self.rating = rating
    self.at = at
    self.responseMs = responseMs
    self.fuzz = fuzz
  }
}

extension AppDatabase {
  /// Appends a whole history in one transaction with prepared statements, as if each answer
  /// had been recorded in turn (drill mode, current settings): the log, the cards and the daily
  /// counters end up exactly as ``recordAnswer(_:at:timeZone:)`` would leave them.
  ///
  /// Answers to one question must come in time order; questions may interleave.
  ///
  /// - Returns: how many answers were added.
  @discardableResult
  public func importAnswers(_ answers: [ImportedAnswer], timeZone: TimeZone) throws(StoreError)
    -> Int
  {
    try write { db in
      var importer = try HistoryImporter(db: db, timeZone: timeZone)
      for answer in answers { try importer.add(answer) }
      try importer.finish()
      return answers.count
    }
  }
}

/// The prepared statements and running card states of one import.
private struct HistoryImporter {
  let db: Database
  let scheduler: FSRSScheduler
  let parametersID: Int64
  let insertReview: Statement
  var days: StudyDayIndex
  var cards: [String: CardRecord] = [:]
  var touched: Set<String> = []

  init(db: Database, timeZone: TimeZone) throws {
    self.db = db
    let settings = try AppDatabase.settings(db)
    scheduler = FSRSScheduler(parameters: settings.schedulerParameters)
    parametersID = try AppDatabase.parametersID(db, for: scheduler.parameters)
    days = StudyDayIndex(timeZone: timeZone, startHour: settings.dayStartHour)
    insertReview = try db.makeStatement(
      sql: """
        INSERT INTO review (questionID, reviewedAt, studyDay, rating, isCorrect, responseMs,
          mode, isScheduled, parametersID, fuzz, stateBefore, retrievabilityBefore)
        VALUES (?, ?, ?, ?, ?, ?, 'drill', 1, ?, ?, ?, ?)
        """)
    let rows = try CardRecord.fetchCursor(db)
    while let card = try rows.next() { cards[card.questionID] = card }
  }

  mutating func add(_ answer: ImportedAnswer) throws {
    guard let card = cards[answer.questionID] else {
      throw StoreError.unknownQuestion(answer.questionID)
    }
    guard card.notePosition != nil else { throw StoreError.orphanedQuestion(answer.questionID) }
    let now = StoreTime.rounded(answer.at)
    let before = card.progress
    let outcome = try scheduler.review(
      before.card, rating: answer.rating, at: now, fuzz: answer.fuzz)
    try insertReview.execute(arguments: [
      answer.questionID, StoreTime.micros(now), days.day(containing: now).number,
      answer.rating.rawValue, answer.rating.isRecall, max(0, answer.responseMs), parametersID,
      answer.fuzz, before.stateCode, outcome.retrievabilityBefore,
    ])
    cards[answer.questionID] = card.holding(before.applying(outcome))
    touched.insert(answer.questionID)
  }

  /// Writes the touched cards and recounts the days from the log.
  func finish() throws {
    for id in touched { try cards[id]?.update(db) }
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

/// Study days looked up by instant, each worked out with the calendar once: a history of a
/// million answers spans only a few thousand days.
struct StudyDayIndex {
  let timeZone: TimeZone
  let startHour: Int
  private var known: [StudyDay] = []

  init(timeZone: TimeZone, startHour: Int) {
    self.timeZone = timeZone
    self.startHour = startHour
  }

  /// The study day containing `date`.
  mutating func day(containing date: Date) -> StudyDay {
    var low = 0
    var high = known.count
    while low < high {
      let middle = (low + high) / 2
      if known[middle].end <= date { low = middle + 1 } else { high = middle }
    }
    if low < known.count, known[low].start <= date { return known[low] }
    let day = StudyDay(containing: date, timeZone: timeZone, startHour: startHour)
    known.insert(day, at: low)
    return day
  }
}
