import Foundation
import GRDB

/// Writes an ``AnkiCollection`` as an Anki collection file (SQLite, schema 11: the form every
/// Anki since 2.1 and AnkiDroid import from a `.apkg`).
enum AnkiCollectionWriter {
  /// Creates the collection file at `url` (which must not exist) in one transaction.
  static func write(_ collection: AnkiCollection, to url: URL) throws {
    let queue = try DatabaseQueue(path: url.path)
    try queue.write { db in
      try db.execute(sql: schema)
      try insertHeader(collection, db)
      for note in collection.notes { try insert(note, modified: collection.modified, db) }
      for card in collection.cards { try insert(card, modified: collection.modified, db) }
      for review in collection.reviews { try insert(review, db) }
    }
    try queue.close()
  }

  /// The schema 11 tables and indexes.
  static let schema = """
    CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
      scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
      ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
      dconf text NOT NULL, tags text NOT NULL);
    CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
      mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
      sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
    CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
      ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
      queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL,
      factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
      left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
      flags integer NOT NULL, data text NOT NULL);
    CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
      ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL,
      factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
    CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
    CREATE INDEX ix_notes_usn ON notes (usn);
    CREATE INDEX ix_cards_usn ON cards (usn);
    CREATE INDEX ix_revlog_usn ON revlog (usn);
    CREATE INDEX ix_cards_nid ON cards (nid);
    CREATE INDEX ix_cards_sched ON cards (did, queue, due);
    CREATE INDEX ix_revlog_cid ON revlog (cid);
    CREATE INDEX ix_notes_csum ON notes (csum);
    """

  private static func insertHeader(_ collection: AnkiCollection, _ db: Database) throws {
    let json = AnkiCollectionJSON(collection: collection)
    try db.execute(
      sql: """
        INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
        VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')
        """,
      arguments: [
        collection.creation, collection.modified * 1000, collection.modified * 1000,
        try json.configuration(), try json.models(), try json.decks(),
        try json.deckConfigurations(),
      ])
  }

  private static func insert(_ note: AnkiNote, modified: Int64, _ db: Database) throws {
    let tags = note.tags.isEmpty ? "" : " " + note.tags.joined(separator: " ") + " "
    try db.execute(
      sql: """
        INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
        VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')
        """,
      arguments: [
        note.id, note.guid, note.type.rawValue, modified, tags,
        note.fields.joined(separator: "\u{1F}"), note.fields.first ?? "",
      ])
  }

  private static func insert(_ card: AnkiCard, modified: Int64, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps,
          lapses, left, odue, odid, flags, data)
        VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)
        """,
      arguments: [
        card.id, card.noteID, card.deckID, modified, card.type, card.queue, card.due,
        card.interval, card.factor, card.reps, card.lapses, card.left, card.data,
      ])
  }

  private static func insert(_ review: AnkiReview, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)
        VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        review.id, review.cardID, review.ease, review.interval, review.lastInterval,
        review.factor, review.time, review.type,
      ])
  }
}
