import Foundation
import GRDB
import ProgressStore
import StudyCore

/// Reads the answers given in Anki to cards that came from NoteDrill (notes whose GUID starts
/// with ``AnkiCollectionPlan/guidPrefix``).
public enum AnkiReviewReader {
  /// What a package holds for NoteDrill.
  public struct Contents: Sendable, Equatable {
    /// Answers, oldest first: rating, time (Anki keeps milliseconds), time taken.
    public var reviews: [LoggedReview]
    /// NoteDrill notes in the package.
    public var notes: Int
    /// Notes from elsewhere (ignored).
    public var otherNotes: Int
  }

  /// The NoteDrill answers in the package at `url`. Only real answers count (ratings 1–4 in
  /// learning, review, relearning or a filtered deck); Anki's manual reschedulings do not.
  public static func read(_ url: URL) throws(AnkiPackageError) -> Contents {
    let fileManager = FileManager.default
    let work = fileManager.temporaryDirectory
      .appendingPathComponent("notedrill-import-\(UUID().uuidString)")
    do {
      try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
    } catch {
      throw .notAPackage(path: url.path, reason: "no temporary folder: \(error)")
    }
    defer { try? fileManager.removeItem(at: work) }
    let collection = try AnkiPackage.extractCollection(url, into: work)
    do {
      var configuration = Configuration()
      configuration.readonly = true
      let queue = try DatabaseQueue(path: collection.path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in try contents(db) }
    } catch {
      throw .notAPackage(path: url.path, reason: "its collection cannot be read: \(error)")
    }
  }

  private static func contents(_ db: Database) throws -> Contents {
    let prefix = AnkiCollectionPlan.guidPrefix
    let pattern = prefix + "%"
    let notes =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM notes WHERE guid LIKE ?", arguments: [pattern]) ?? 0
    let all = try Int.fetchOne(db, sql: "SELECT count(*) FROM notes") ?? 0
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT n.guid, r.id, r.ease, r.time FROM revlog r
        JOIN cards c ON c.id = r.cid JOIN notes n ON n.id = c.nid
        WHERE n.guid LIKE ? AND r.ease BETWEEN 1 AND 4 AND r.type BETWEEN 0 AND 3
        ORDER BY r.id
        """, arguments: [pattern])
    let reviews = rows.compactMap { row -> LoggedReview? in
      let guid: String = row[0]
      let millis: Int64 = row[1]
      let ease: Int = row[2]
      let time: Int = row[3]
      guard guid.hasPrefix(prefix), let rating = Rating(rawValue: ease) else { return nil }
      return LoggedReview(
        questionID: String(guid.dropFirst(prefix.count)), micros: millis * 1000,
        rating: rating, responseMs: time)
    }
    return Contents(reviews: reviews, notes: notes, otherNotes: all - notes)
  }
}
