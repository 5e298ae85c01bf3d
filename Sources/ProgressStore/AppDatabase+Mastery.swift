import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// What the store knows about each studied question at `now`, for the mastery model:
  /// retrievability from the card, lapses, the answers of the last `recentDays` days (drills,
  /// reviews, checklist quizzes and exam answers recorded as reviews), and apart from those the
  /// exam answers kept out of the review log and the questions handed in blank (so none is
  /// counted twice). Questions never met are absent.
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
          """, arguments: [since])
      for row in answers {
        let id: String = row[0]
        var evidence = result[id] ?? .unstudied(id)
        evidence.recentAnswers += row[1] as Int
        evidence.recentWrong += (row[2] as Int?) ?? 0
        result[id] = evidence
      }
      let exams = try Row.fetchAll(
        db,
        sql: """
          SELECT e.questionID, sum(e.isCorrect IS NOT NULL), sum(e.isCorrect = 0),
            sum(e.answer IS NULL AND a.finishedAt IS NOT NULL)
          FROM examAnswer e JOIN examAttempt a ON a.id = e.attemptID
          WHERE e.reviewID IS NULL AND coalesce(e.answeredAt, a.finishedAt) > ?
          GROUP BY e.questionID
          """, arguments: [since])
      for row in exams {
        let id: String = row[0]
        let (given, wrong, skipped) = (
          row[1] as Int? ?? 0, row[2] as Int? ?? 0, row[3] as Int? ?? 0
        )
        guard given + skipped > 0 else { continue }
        var evidence = result[id] ?? .unstudied(id)
        evidence.examAnswers += given
        evidence.examWrong += wrong
        evidence.examSkips += skipped
        result[id] = evidence
      }
      return result
    }
  }
}
