import Foundation

/// The two note types NoteDrill writes: one for questions answered by picking options, one for
/// typed and flip cards. Their ids are fixed, so a second export updates the first one's notes.
public enum AnkiNoteType: Int64, Sendable, CaseIterable {
  /// Prompt, options, answer, explanation, source, question id.
  case choice = 1_420_070_400_001
  /// Prompt, answer, typed flag, explanation, source, question id.
  case card = 1_420_070_400_002

  /// The name shown in Anki.
  public var name: String {
    switch self {
    case .choice: "NoteDrill Choice"
    case .card: "NoteDrill Card"
    }
  }

  /// The field names, in order.
  public var fields: [String] {
    switch self {
    case .choice: ["Prompt", "Options", "Answer", "Explanation", "Source", "QuestionID"]
    case .card: ["Prompt", "Answer", "Typed", "Explanation", "Source", "QuestionID"]
    }
  }

  /// The front template.
  var questionTemplate: String {
    switch self {
    case .choice:
      "<div class=prompt>{{Prompt}}</div>\n<div class=options>{{Options}}</div>"
    case .card:
      "<div class=prompt>{{Prompt}}</div>\n{{#Typed}}<br>{{type:Answer}}{{/Typed}}"
    }
  }

  /// The back template.
  var answerTemplate: String {
    let tail =
      "<div class=explanation>{{Explanation}}</div>\n<div class=source>{{Source}}</div>"
    switch self {
    case .choice:
      return "{{FrontSide}}\n<hr id=answer>\n<div class=answer>{{Answer}}</div>\n" + tail
    case .card:
      return "<div class=prompt>{{Prompt}}</div>\n<hr id=answer>\n"
        + "{{#Typed}}{{type:Answer}}{{/Typed}}{{^Typed}}<div class=answer>{{Answer}}</div>"
        + "{{/Typed}}\n" + tail
    }
  }
}

/// One note to write: a question.
public struct AnkiNote: Sendable, Equatable {
  /// The note id (stable, from the question id).
  public var id: Int64
  /// The note's GUID: `nd-` and the question id, so an import updates the same note.
  public var guid: String
  /// Which note type.
  public var type: AnkiNoteType
  /// The field values (HTML), in the note type's order.
  public var fields: [String]
  /// Tags (kind and topic).
  public var tags: [String]
  /// The deck id of its one card.
  public var deckID: Int64
}

/// One card's scheduling as Anki stores it (schema 11 `cards` columns).
public struct AnkiCard: Sendable, Equatable {
  /// The card id (stable, from the question id).
  public var id: Int64
  /// The note.
  public var noteID: Int64
  /// The deck.
  public var deckID: Int64
  /// 0 new, 1 learning, 2 review, 3 relearning.
  public var type: Int
  /// -1 suspended, 0 new, 1 learning, 2 review.
  public var queue: Int
  /// New: position; learning: unix seconds; review: days since the collection's creation day.
  public var due: Int64
  /// The interval in days.
  public var interval: Int
  /// Ease in permille (unused by FSRS; 2500 as Anki writes it).
  public var factor: Int
  /// Scheduled answers.
  public var reps: Int
  /// Lapses.
  public var lapses: Int
  /// Learning steps left.
  public var left: Int
  /// The `data` JSON: FSRS memory state (`s`, `d`), desired retention, decay, last review.
  public var data: String
}

/// One review log entry (schema 11 `revlog` columns).
public struct AnkiReview: Sendable, Equatable {
  /// Milliseconds since 1970 of the answer (made unique).
  public var id: Int64
  /// The card.
  public var cardID: Int64
  /// The rating, 1 to 4.
  public var ease: Int
  /// The interval after: days, or negative seconds while learning.
  public var interval: Int
  /// The interval before.
  public var lastInterval: Int
  /// FSRS difficulty × 100 after the answer (what Anki logs with FSRS on).
  public var factor: Int
  /// Milliseconds taken (capped at a minute, as Anki does).
  public var time: Int
  /// 0 learning, 1 review, 2 relearning.
  public var type: Int
}

/// A deck (its parents are listed too).
public struct AnkiDeck: Sendable, Equatable {
  /// A stable id from the name.
  public var id: Int64
  /// The full name, levels joined by `::`.
  public var name: String
}

/// Everything a package holds.
public struct AnkiCollection: Sendable, Equatable {
  /// The creation instant (unix seconds): the start of the first study day the package
  /// mentions; review cards' due days count from it.
  public var creation: Int64
  /// Minutes west of UTC at `creation` (Anki's `creationOffset`).
  public var creationMinutesWest: Int
  /// The hour a day starts (Anki's `rollover`).
  public var rolloverHour: Int
  /// When it was written (unix seconds): the notes' modification time.
  public var modified: Int64
  /// Decks, parents first.
  public var decks: [AnkiDeck]
  /// Notes.
  public var notes: [AnkiNote]
  /// Cards, one a note.
  public var cards: [AnkiCard]
  /// Review log (empty without progress).
  public var reviews: [AnkiReview]
}
