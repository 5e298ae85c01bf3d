import Foundation

/// Korean particles chosen from how the preceding word ends (받침), so prompts read naturally
/// and never give the answer away by a particle that fits only one option.
public enum KoreanParticle {
  /// A particle pair: the form after a final consonant, and after a vowel.
  public enum Pair: Sendable {
    /// 은/는 (topic)
    case topic
    /// 이/가 (subject)
    case subject
    /// 을/를 (object)
    case object
    /// 과/와 (and, with)
    case and
    /// 으로/로 (by, as)
    case by
    /// 이다/다 (copula)
    case copula

    var forms: (afterConsonant: String, afterVowel: String) {
      switch self {
      case .topic: ("은", "는")
      case .subject: ("이", "가")
      case .object: ("을", "를")
      case .and: ("과", "와")
      case .by: ("으로", "로")
      case .copula: ("이다", "다")
      }
    }

    /// The neutral written form when the ending cannot be known: `은(는)`.
    var neutral: String {
      let forms = forms
      return "\(forms.afterConsonant)(\(forms.afterVowel))"
    }
  }

  /// What a word ends with, as far as particles care.
  enum Ending { case consonant, rieul, vowel, unknown }

  /// `word` followed by the right form of `pair`.
  public static func attach(_ pair: Pair, to word: String) -> String {
    word + particle(pair, after: word)
  }

  /// The form of `pair` that follows `word`.
  public static func particle(_ pair: Pair, after word: String) -> String {
    let forms = pair.forms
    switch ending(of: word) {
    case .consonant: return forms.afterConsonant
    case .rieul: return pair == .by ? forms.afterVowel : forms.afterConsonant
    case .vowel: return forms.afterVowel
    case .unknown: return pair.neutral
    }
  }

  /// How `word` ends when read aloud: Hangul by its final consonant, digits and Latin
  /// acronyms by their Korean names, Latin words by their last letters.
  static func ending(of word: String) -> Ending {
    // A gloss in parentheses is not read aloud: `빠른 개발 환경 (CI/CD)` takes 환경's 은.
    let spoken = word.trimmingCharacters(in: .whitespaces)
    if spoken.hasSuffix(")"), let open = spoken.lastIndex(of: "("),
      !spoken[..<open].trimmingCharacters(in: .whitespaces).isEmpty
    {
      return ending(of: String(spoken[..<open]))
    }
    let trimmed = word.trimmingCharacters(
      in: .whitespaces.union(CharacterSet(charactersIn: ")]\"'”’")))
    guard let last = trimmed.unicodeScalars.last else { return .unknown }
    let value = last.value
    if (0xAC00...0xD7A3).contains(value) {
      let final = (value - 0xAC00) % 28
      if final == 0 { return .vowel }
      return final == 8 ? .rieul : .consonant
    }
    if let digit = Int(String(last)) {
      // `EC2`, `S3`, `Route 53` are read in English by some and in Korean by others.
      if trimmed.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) {
        return .unknown
      }
      return digitEnding(digit, in: trimmed)
    }
    guard last.isASCII, last.properties.isAlphabetic else { return .unknown }
    return latinEnding(trimmed)
  }

  private static func digitEnding(_ digit: Int, in word: String) -> Ending {
    // 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant (일, 칠, 팔 in ㄹ); 10 십.
    if digit == 0 {
      let digits = word.reversed().prefix(while: { $0.isNumber })
      if digits.count >= 2 { return .consonant }  // 십, 백, 천 … all end in a consonant
    }
    switch digit {
    case 1, 7, 8: return .rieul
    case 0, 3, 6: return .consonant
    default: return .vowel
    }
  }

  private static func latinEnding(_ word: String) -> Ending {
    let letters = word.reversed().prefix(while: { $0.isLetter && $0.isASCII })
    let token = String(letters.reversed())
    if token.count >= 2, token == token.uppercased() {
      // An acronym is read letter by letter: L 엘, M 엠, N 엔, R 알 end in a consonant.
      switch token.last {
      case "L", "R": return .rieul
      case "M", "N": return .consonant
      default: return .vowel
      }
    }
    let lower = token.lowercased()
    if lower.hasSuffix("ng") || lower.hasSuffix("m") || lower.hasSuffix("n") { return .consonant }
    if lower.hasSuffix("l") || lower.hasSuffix("le") { return .rieul }
    return .vowel  // -t 트, -k 크, -s 스, -e, -a … read with a final vowel
  }
}
