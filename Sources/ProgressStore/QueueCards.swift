import Foundation
import GRDB
import StudyCore

/// The reads that give ``StudyOrder`` what it orders by: each queued card's note, topic,
/// subjects and options, from the question table.
enum QueueCards {
  /// The topic key of a question row, as ``StudyIndex/topicKey(_:)`` builds it.
  static func topicKey(document: String, topic: String) -> String {
    document + "\u{1F}" + topic
  }

  /// How many cards of each topic were studied already.
  static func introducedPerTopic(_ db: Database) throws -> [String: Int] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT q.document, q.topic, count(*) FROM card c JOIN question q ON q.id = c.questionID
        WHERE c.lastReview IS NOT NULL AND c.notePosition IS NOT NULL
        GROUP BY q.document, q.topic
        """)
    var counts: [String: Int] = [:]
    for row in rows { counts[topicKey(document: row[0], topic: row[1])] = row[2] }
    return counts
  }

  /// The full cards (subjects and options too) of `ids`.
  static func described(_ db: Database, ids: [String]) throws -> [String: StudyCard] {
    var cards: [String: StudyCard] = [:]
    for chunk in stride(from: 0, to: ids.count, by: 500).map({ ids[$0..<min($0 + 500, ids.count)] })
    {
      let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT c.questionID, c.siblingGroup, c.notePosition, q.document, q.topic, q.terms,
            q.options
          FROM card c JOIN question q ON q.id = c.questionID WHERE c.questionID IN (\(marks))
          """, arguments: StatementArguments(Array(chunk)))
      while let row = try rows.next() {
        let id: String = row[0]
        cards[id] = StudyCard(
          id: id, note: row[3], topic: topicKey(document: row[3], topic: row[4]), group: row[1],
          subjects: StudyCard.keys(JSONText.strings(row[5])),
          options: StudyCard.keys(JSONText.strings(row[6])), position: row[2] ?? 0)
      }
    }
    return cards
  }
}
