import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// What the store knows about each studied question at `now`, for the mastery model:
  /// retrievability from the card, lapses, and the answers of the last `recentDays` days
  /// (drills, reviews, checklist quizzes, and exam answers that did not go into the review
  /// log, so none is counted twice). Questions never studied are absent.
  public func masteryEvidence(at now: Date, recentDays: Int = 30) throws(StoreError)
    -> [String: QuestionEvidence]
  {
    let now = StoreTime.rounded(now)
    return try read { db in
      let settings = try AppDatabase.settings(db)
      let scheduler = FSRSScheduler(parameters: settings.schedulerParameters)
      var result: [String: QuestionEvidence] = [:]
      let cards = try Row.fetchCursor(
        db,
        sql: """
          SELECT questionID, lastReview, stability, lapses FROM card
          WHERE lastReview IS NOT NULL AND stability IS NOT NULL
          """)
      while let row = try cards.next() {
        let id: String = row[0]
        let last: Int64 = row[1]
        let stability: Double = row[2]
        let card = SchedulingCard(
          state: .review, step: nil, memory: MemoryState(stability: stability, difficulty: 5),
          due: now, lastReview: StoreTime.date(last))
        result[id] = QuestionEvidence(
          questionID: id, retrievability: scheduler.retrievability(of: card, at: now),
          lapses: row[3])
      }
      // By time first: grouping through the per-question index would read the whole log.
      let since = StoreTime.micros(now) - Int64(max(0, recentDays)) * 86_400_000_000
      let answers = try Row.fetchAll(
        db,
        sql: """
          SELECT questionID, count(*), sum(NOT isCorrect) FROM review INDEXED BY review_time
          WHERE reviewedAt > ? GROUP BY questionID
          UNION ALL
          SELECT questionID, count(*), sum(NOT isCorrect) FROM examAnswer
          WHERE isCorrect IS NOT NULL AND reviewID IS NULL AND answeredAt > ?
          GROUP BY questionID
          """, arguments: [since, since])
      for row in answers {
        let id: String = row[0]
        var evidence = result[id] ?? .unstudied(id)
        evidence.recentAnswers += row[1] as Int
        evidence.recentWrong += (row[2] as Int?) ?? 0
        result[id] = evidence
      }
      return result
    }
  }
}
