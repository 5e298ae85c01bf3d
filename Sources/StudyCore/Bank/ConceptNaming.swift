import NoteOutline

/// Whether a heading, a bold lead-in or a list title names a concept (`Amazon Aurora`,
/// `라우팅 테이블`) or only organises the note (`핵심 개념 설명`, `CloudWatch 용어`, `AWS 클라우드란?`,
/// `기존 방식`, `NAT Gateway vs NAT Instance`). Organising names are never keys or options.
enum ConceptNaming {
  /// Last words that make a name organisational: what the section holds, not a thing.
  static let organisingWords: Set<String> = [
    "설명", "방식", "방법", "용어", "리소스", "기능", "키워드", "구성", "정리", "개요", "요약", "특징", "종류",
    "유형", "예제", "예시", "사례", "목록", "단계", "과정", "절차", "구현", "구축", "비교", "차이", "차이점",
    "장점", "단점", "장단점", "활용", "활용도", "가이드", "소개", "기초", "심화", "항목", "통계", "자료",
    "체크리스트", "점검", "로드맵", "정보", "내용", "설정", "이해", "원리", "동작", "의미", "옵션", "예",
    "overview", "summary", "features", "concepts", "basics", "introduction", "example",
    "examples", "terms", "resources", "comparison", "guide", "tips", "notes", "checklist",
  ]

  /// The name without leading section numbers (`11-1. `, `3-1 `, `11 `, `1위: `, `2장 `) and
  /// emoji: `11-1. ElasticSearch` → `ElasticSearch`. Numbers that belong to the name
  /// (`3-Tier 아키텍처`, `S3`, `7가지 …`) stay.
  static func cleanName(_ name: String) -> String {
    let text = name.removingEmoji()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var digits = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if ("0"..."9").contains(scalar) {
        digits += 1
      } else if scalar == "-" || scalar == ".", digits > 0, index + 1 < scalars.count,
        ("0"..."9").contains(scalars[index + 1]) || scalars[index + 1] == " "
      {
        digits = 0
      } else {
        break
      }
      index += 1
    }
    guard index > 0, index < scalars.count, digits <= 3 else { return text }
    var rest = String(String.UnicodeScalarView(scalars[index...]))
    for marker in ["위:", "위.", "장:", "장 ", ".", ")", ":"] where rest.hasPrefix(marker) {
      rest = String(rest.dropFirst(marker.count))
      break
    }
    guard let first = rest.unicodeScalars.first, first == " " else { return text }
    let cleaned = rest.trimmingWhitespace()
    return cleaned.isEmpty ? text : cleaned
  }

  /// Whether `name` (a heading or a bold lead-in) names a concept that can be a key or option.
  static func namesConcept(_ name: String) -> Bool {
    let clean = cleanName(name)
    guard !clean.isEmpty, clean.unicodeScalars.count <= 60 else { return false }
    if Labels.isLabel(clean) || Labels.isOrdinalLabel(clean) { return false }
    if let last = clean.unicodeScalars.last, last == "?" || last == "？" { return false }
    let folded = clean.lowercased()
    if folded.hasSubstring(" vs") || folded.hasSubstring("vs ") || folded.hasSubstring(" 대 ") {
      return false
    }
    // `2장`, `Part 3`, `12`: a position in the note.
    if !clean.unicodeScalars.contains(where: { $0.properties.isAlphabetic && !isChapterMark($0) }) {
      return false
    }
    // `이벤트 사이트 (단일 서버 구성)`: the gloss does not decide what the name is.
    let bare = ConceptNames.splitParenthetical(folded).name
    let words = (bare.isEmpty ? folded : bare).split(separator: " ")
    guard words.count <= 6, let last = words.last else { return false }
    let lastWord = last.trimmingCharacters(in: ["(", ")", ":", ",", "."])
    return !organisingWords.contains(lastWord)
  }

  /// Whether a heading names a concept: as `namesConcept`, and without the words of generic
  /// sections (`학습 목표`, `요약`, `실습`, …) anywhere in it.
  static func headingNamesConcept(_ heading: String) -> Bool {
    guard namesConcept(heading) else { return false }
    let folded = heading.lowercased()
    return !Labels.genericHeadingWords.contains { folded.hasSubstring($0) }
  }

  private static func isChapterMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "장" || scalar == "절" || scalar == "편"
  }
}
