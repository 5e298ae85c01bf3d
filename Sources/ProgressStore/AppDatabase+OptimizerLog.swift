import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// The scheduled answers to `questionIDs` as the FSRS optimizer reads them (exam answers that
  /// did not move the schedule are left out), in log order, with each card's state before.
  public func optimizerReviews(questionIDs: Set<String>) throws(StoreError) -> [OptimizerReview] {
    try read { db in
      var reviews: [OptimizerReview] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT questionID, rating, reviewedAt, stateBefore FROM review
          WHERE isScheduled ORDER BY id
          """)
      while let row = try rows.next() {
        let question: String = row[0]
        guard questionIDs.contains(question), let rating = Rating(rawValue: row[1]) else {
          continue
        }
        reviews.append(
          OptimizerReview(card: question, rating: rating, time: row[2], stateBefore: row[3]))
      }
      return reviews
    }
  }
}
