/// The words of a text that can give an answer away, reduced to stems so that `이벤트에` meets
/// `이벤트` and `caching` meets `cache`: the first two syllables of a Hangul word, the first four
/// letters of a longer Latin word, a three- or four-letter Latin word whole (`SNS`, `Edge`).
enum DistinctiveWords {
  /// Stems that tell nothing: function words, and the words of our own prompt templates
  /// (`다음 설명에 해당하는 것은?`), which every question shares.
  static let common: Set<String> = [
    "aws", "amaz", "the", "and", "for", "with", "from", "that", "this", "into", "your", "whic",
    "what", "term", "thes", "desc", "fill", "blan", "stat", "abou", "come", "unde", "flow",
    "goes", "name", "true", "fals", "sele", "ever", "item", "one", "label",
    "위한", "위해", "있는", "있음", "하는", "통한", "통해", "대한", "모든", "다른", "같은", "여러", "이상", "이하",
    "경우", "다음", "설명", "알맞", "것은", "해당", "용어", "쓰세", "빈칸", "들어", "흐름", "항목", "속하", "어느",
    "관한", "내용", "가진", "모두", "고르", "하지", "않는", "화살", "적힌",
  ]

  /// The stems of `text`'s distinctive words, in order.
  static func stems(_ text: String) -> [String] {
    // `Lambda@Edge` is two words here: either may be what the prompt echoes.
    MentionScanner.wordKeys(text.replacingAll("@", with: " ")).compactMap(stem)
  }

  /// The stem of one folded word, or `nil` when it is too short or too common.
  static func stem(_ word: String) -> String? {
    guard let first = word.utf8.first else { return nil }
    let stem: String
    if first >= 0x80 {
      let scalars = word.unicodeScalars
      guard scalars.count >= 2 else { return nil }
      stem = String(String.UnicodeScalarView(scalars.prefix(2)))
    } else {
      guard word.utf8.count >= 3, !word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
        return nil
      }
      stem = word.utf8.count >= 5 ? String(word.prefix(4)) : word
    }
    return common.contains(stem) || common.contains(word) ? nil : stem
  }
}
