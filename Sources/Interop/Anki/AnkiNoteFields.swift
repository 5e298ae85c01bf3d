import Foundation
import StudyCore

/// A question's fields and tags as an Anki note.
enum AnkiNoteFields {
  /// The note for `question` in deck `deckID`.
  static func note(for question: Question, deckID: Int64) -> AnkiNote {
    let type = noteType(question.format)
    let source = html(question.source.location)
    let fields: [String]
    switch type {
    case .choice:
      let options = question.options.map { "<li>\(html($0))</li>" }.joined()
      fields = [
        html(question.prompt), options.isEmpty ? "" : "<ol>\(options)</ol>",
        question.keys.map(html).joined(separator: "<br>"), html(question.explanation), source,
        question.id,
      ]
    case .card:
      fields = [
        html(question.prompt), question.keys.map(html).joined(separator: ", "),
        question.format == .typed ? "y" : "", html(question.explanation), source, question.id,
      ]
    }
    return AnkiNote(
      id: AnkiCollectionPlan.stableID(question.id, salt: "note"),
      guid: AnkiCollectionPlan.guidPrefix + question.id, type: type, fields: fields,
      tags: tags(question), deckID: deckID)
  }

  /// Choice questions go to the choice type; typed and flip cards to the card type.
  static func noteType(_ format: AnswerFormat) -> AnkiNoteType {
    switch format {
    case .singleChoice, .multipleChoice, .trueFalse, .ordering: .choice
    case .typed, .flip: .card
    }
  }

  /// `notedrill`, `kind::<kind>` and `topic::<heading>::<heading>` (spaces as `_`: Anki
  /// separates tags with spaces).
  static func tags(_ question: Question) -> [String] {
    let topic = question.source.headingPath.map(tagWord).filter { !$0.isEmpty }
    var tags = ["notedrill", "kind::" + question.kind.rawValue]
    if !topic.isEmpty { tags.append((["topic"] + topic).joined(separator: "::")) }
    return tags
  }

  private static func tagWord(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0.isWhitespace || $0 == ":" || $0 == "\"" })
    return words.joined(separator: "_")
  }

  /// Text as HTML: `&`, `<` and `>` escaped, line breaks as `<br>`.
  static func html(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\n": out += "<br>"
      default: out.append(character)
      }
    }
    return out
  }
}
