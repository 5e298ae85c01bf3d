/// Prompt templates in the note's language, Korean particles chosen from the word before them.
enum Templates {
  /// A context line such as `[Day 17: Route 53 & DNS]` followed by the question.
  static func withContext(_ context: String?, _ question: String) -> String {
    guard let context, !context.isEmpty else { return question }
    return "[\(context)] \(question)"
  }

  static func quoted(_ text: String) -> String { "“\(text)”" }

  static func termToDefinition(_ term: String, _ language: NoteLanguage) -> String {
    switch language {
    case .korean: "다음 중 \(term)에 대한 설명으로 알맞은 것은?"
    case .english: "Which of these describes \(term)?"
    }
  }

  static func definitionToTerm(_ definition: String, context: String?, _ language: NoteLanguage)
    -> String
  {
    switch language {
    case .korean: withContext(context, "다음 설명에 해당하는 것은?\n" + quoted(definition))
    case .english: withContext(context, "Which term fits this description?\n" + quoted(definition))
    }
  }

  static func termRecall(_ definition: String, context: String?, _ language: NoteLanguage)
    -> String
  {
    switch language {
    case .korean: withContext(context, "다음 설명에 해당하는 용어를 쓰세요.\n" + quoted(definition))
    case .english: withContext(context, "Name the term this describes.\n" + quoted(definition))
    }
  }

  /// Replaces each secret (case-insensitively) with `○○`, longest first, so a definition that
  /// names its own term can still be asked.
  static func mask(_ text: String, _ secrets: [String]) -> String {
    var result = text
    for secret in secrets.sorted(by: { $0.count > $1.count }) where secret.count >= 2 {
      while let range = result.range(of: secret, options: [.caseInsensitive]) {
        result.replaceSubrange(range, with: "○○")
      }
    }
    return result
  }
}

import Foundation
