import Foundation
import GRDB
import StudyCore

/// What the store keeps of a question (table `question`), so its history stays readable after
/// its note changes or goes away. Written by reconcile only.
public struct QuestionSnapshot: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  /// The table name.
  public static let databaseTableName = "question"

  /// The question's stable id.
  public var id: String
  /// The question kind's raw name (kept as text: a kind may be retired later).
  public var kind: String
  /// The answer format's raw name.
  public var format: String
  /// The question as shown.
  public var prompt: String
  /// The correct answers.
  public var keys: [String]
  /// The options shown.
  public var options: [String]
  /// Other accepted answers.
  public var aliases: [String]
  /// The sentence of the note it comes from.
  public var explanation: String
  /// The note's id.
  public var document: String
  /// The note's path as read.
  public var path: String
  /// The 1-based source line.
  public var line: Int
  /// Heading titles from the top of the note down to the fact.
  public var headingPath: [String]
  /// The topic (note title › heading path).
  public var topic: String
  /// Concept names the question touches.
  public var terms: [String]
  /// Questions sharing this are siblings: one of them per study day.
  public var siblingGroup: String
  /// The language code.
  public var language: String
  /// Position in note order, for introducing new cards.
  public var noteOrder: Int
  /// Digest of the fields above, to spot edits quickly.
  public var fingerprint: Int64
  /// True while the notes no longer have the question.
  public var isOrphaned: Bool
  /// When the store first saw the question (unix microseconds).
  public var firstSeenAt: Int64
  /// When it went missing from the notes (unix microseconds), while orphaned.
  public var orphanedAt: Int64?

  /// The table's columns.
  public enum Columns {
    /// `id`.
    public static let id = Column(CodingKeys.id)
    /// `topic`.
    public static let topic = Column(CodingKeys.topic)
    /// `siblingGroup`.
    public static let siblingGroup = Column(CodingKeys.siblingGroup)
    /// `noteOrder`.
    public static let noteOrder = Column(CodingKeys.noteOrder)
    /// `fingerprint`.
    public static let fingerprint = Column(CodingKeys.fingerprint)
    /// `isOrphaned`.
    public static let isOrphaned = Column(CodingKeys.isOrphaned)
  }

  /// The source as `file:line`.
  public var location: String {
    SourceReference(document: document, path: path, line: line, headingPath: headingPath)
      .location
  }

  /// The question again, when its kind and format are still known.
  public var question: Question? {
    guard let kind = QuestionKind(rawValue: kind), let format = AnswerFormat(rawValue: format),
      let language = NoteLanguage(rawValue: language)
    else { return nil }
    return Question(
      id: id, kind: kind, format: format, prompt: prompt, keys: keys, options: options,
      aliases: aliases, explanation: explanation,
      source: SourceReference(document: document, path: path, line: line, headingPath: headingPath),
      topic: topic, terms: terms, siblingGroup: siblingGroup, language: language, order: noteOrder)
  }
}
