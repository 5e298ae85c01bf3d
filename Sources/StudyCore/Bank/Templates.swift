import Foundation

/// Prompt templates in the note's language, Korean particles chosen from the word before them.
enum Templates {
  /// The "true" option of true/false questions, per language.
  static let trueWords: Set<String> = ["참", "True"]

  /// A context line such as `[Day 17: Route 53 & DNS]` followed by the question.
  static func withContext(_ context: String?, _ question: String) -> String {
    guard let context, !context.isEmpty else { return question }
    return "[\(context)] \(question)"
  }

  static func quoted(_ text: String) -> String { "“\(text)”" }

  static func termToDefinition(_ term: String, context: String?, _ language: NoteLanguage)
    -> String
  {
    switch language {
    case .korean: withContext(context, "다음 중 \(term)에 대한 설명으로 알맞은 것은?")
    case .english: withContext(context, "Which of these describes \(term)?")
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
  /// names its own term can still be asked. A particle right after the blank is written in its
  /// neutral form (`○○은(는)`), so it does not tell whether the answer ends in a consonant.
  static func mask(_ text: String, _ secrets: [String]) -> String {
    var result = text
    for secret in secrets.sorted(by: { $0.count > $1.count })
    where secret.count >= 2 && containsIgnoringASCIICase(result, secret) {
      while let range = result.range(of: secret, options: [.caseInsensitive]) {
        result.replaceSubrange(range, with: blank)
      }
    }
    return neutraliseParticles(after: blank, in: result)
  }

  static let blank = "○○"

  /// A quick byte search, ASCII letters compared without case: most texts do not contain the
  /// secret, and Foundation's case-insensitive search is only needed when they might.
  static func containsIgnoringASCIICase(_ text: String, _ needle: String) -> Bool {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return false }
    func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    let first = fold(pattern[0])
    for start in 0...(haystack.count - pattern.count) where fold(haystack[start]) == first {
      var matched = true
      for offset in 1..<pattern.count where fold(haystack[start + offset]) != fold(pattern[offset])
      {
        matched = false
        break
      }
      if matched { return true }
    }
    return false
  }

  /// Particles and their neutral forms, longest first.
  static let particleForms: [(String, String)] = [
    ("으로", "(으)로"), ("은", "은(는)"), ("는", "은(는)"), ("이", "이(가)"), ("가", "이(가)"),
    ("을", "을(를)"), ("를", "을(를)"), ("과", "과(와)"), ("와", "과(와)"), ("로", "(으)로"),
  ]

  /// Rewrites a particle directly after `marker` (then a space, punctuation or the end).
  static func neutraliseParticles(after marker: String, in text: String) -> String {
    guard text.hasSubstring(marker) else { return text }
    var result = ""
    var rest = Substring(text)
    while let range = rest.range(of: marker) {
      result += rest[..<range.upperBound]
      rest = rest[range.upperBound...]
      for (particle, neutral) in particleForms where rest.hasPrefix(particle) {
        let after = rest.dropFirst(particle.count).first
        if after == nil || after?.isWhitespace == true || after?.isPunctuation == true {
          result += neutral
          rest = rest.dropFirst(particle.count)
        }
        break
      }
    }
    return result + rest
  }
}

extension Templates {
  static func attribute(_ subject: String, _ label: String, _ language: NoteLanguage) -> String {
    guard language == .korean else { return "What is the \(label) of \(subject)?" }
    let bare = label.trimmingCharacters(in: CharacterSet(charactersIn: "?？ "))
    switch bare {
    case "언제 사용": return "\(KoreanParticle.attach(.topic, to: subject)) 언제 사용하나요?"
    case "비유": return "\(KoreanParticle.attach(.object, to: subject)) 무엇에 비유할 수 있나요?"
    case "쉽게 말하면": return "\(KoreanParticle.attach(.object, to: subject)) 쉽게 말하면?"
    default: return "\(subject)의 \(KoreanParticle.attach(.topic, to: bare))?"
    }
  }

  static func attributeToSubject(
    _ label: String, _ value: String, context: String?, _ language: NoteLanguage
  ) -> String {
    guard language == .korean else {
      return withContext(context, "Which one has this \(label)?\n" + quoted(value))
    }
    let bare = label.trimmingCharacters(in: CharacterSet(charactersIn: "?？ "))
    let question: String
    switch bare {
    case "언제 사용": question = "다음과 같은 경우에 사용하는 것은?"
    case "비유": question = "다음에 비유할 수 있는 것은?"
    case "쉽게 말하면": question = "쉽게 말해 다음과 같은 것은?"
    default: question = "다음 \(KoreanParticle.attach(.object, to: bare)) 가진 것은?"
    }
    return withContext(context, question + "\n" + quoted(value))
  }
}
