import NoteOutline

/// Drops what is not worth a learner's time: anything in a resource, bibliography or roadmap
/// section; statistics and cost-example tables; vague or pictorial cost cells; numbers given
/// as examples (`예: 최장 24시간`) or inside URLs; the note's own metaphors and easy-words
/// retellings (`비유`, `쉬운 설명`).
struct TriviaRule: CandidateRule {
  /// Heading words of sections that list resources, study plans or previews, not facts.
  static let resourceHeadings = [
    "참고 자료", "참고자료", "참고 문헌", "학습 자료", "추천 도서", "추천 자료", "로드맵", "관련 링크", "링크",
    "출처", "미리보기", "목차", "커뮤니티", "학습 동영상", "공식 문서", "학습 시간", "도구 및 리소스", "유용한 도구",
    "references",
    "bibliography", "resources", "further reading", "links",
  ]
  /// Heading or column words of statistics and cost examples.
  static let statisticWords = ["통계", "사용률", "점유율", "순위", "활용도", "인기", "예상 비용", "비용 계산", "월별"]
  /// Heading words of worked examples (cost estimates, calculations): their figures are the
  /// example's, not facts.
  static let workedExampleHeadings = [
    "계산", "산출", "견적", "예상 비용", "절감 효과", "시뮬레이션", "calculation", "estimate",
  ]
  /// Column headers of prices.
  static let costWords = ["비용", "가격", "단가", "요금", "cost", "price", "pricing"]
  /// Labels and columns that hold the note's own metaphors or retellings.
  static let metaphorLabels: Set<String> = [
    "비유", "쉽게 말하면", "쉬운 설명", "쉬운 예시", "analogy", "in plain words",
  ]
  /// Words that introduce an example value.
  static let exampleMarkers = ["예:", "예)", "예를 들어", "예시:", "e.g.", "ex)", "ex.", "eg."]

  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    guard candidate.structure != .authored else { return nil }
    let path = candidate.place.headingPath.map { $0.lowercased() }
    if Self.mentions(path, Self.resourceHeadings) { return .trivia }
    if Self.isStatistic(candidate, path) || Self.isMetaphor(candidate) { return .trivia }
    if Self.mentions(path, Self.workedExampleHeadings) { return .trivia }
    if candidate.kind == .numericCloze, Self.isExampleNumber(candidate.prompt) { return .trivia }
    if candidate.kind == .numericCloze || candidate.kind == .termCloze,
      let sentence = FragmentRule.quoted(candidate.prompt), Self.isQuestionStem(sentence)
    {
      return .trivia
    }
    if Self.isPrice(candidate) { return .trivia }
    return nil
  }

  /// Endings of a practice question's stem (`… 보관해야 할 때 운영 효율성이 높은 방법.`): its
  /// numbers and phrases set up a scenario; they are not facts to remember.
  static let stemEndings = ["방법", "방법.", "하려면", "하려면?", "경우", "경우.", "?", "할 때", "할 때."]

  static func isQuestionStem(_ sentence: String) -> Bool {
    let trimmed = sentence.trimmingWhitespace()
    return stemEndings.contains { trimmed.hasSuffix($0) }
  }

  /// Words that make a value a price.
  static let priceMarks = ["$", "USD", "usd", "₩", "달러", "per hour", "/월", "/시간", "시간당 $"]

  /// A key or a definition that is a price (`0.015 per hour`, `월 약 $0.10 내외`): prices change
  /// and were examples in the note.
  static func isPrice(_ candidate: Candidate) -> Bool {
    let texts = candidate.keys + [candidate.auditStatement ?? ""]
    return texts.contains { text in
      text.count <= 40 && priceMarks.contains { text.hasSubstring($0) }
        && text.unicodeScalars.contains { ("0"..."9").contains($0) }
    }
  }

  /// Whether any heading of `path` (lowercased) holds one of `words`.
  static func mentions(_ path: [String], _ words: [String]) -> Bool {
    path.contains { heading in words.contains { heading.hasSubstring($0) } }
  }

  static func isStatistic(_ candidate: Candidate, _ path: [String]) -> Bool {
    let tableKinds: Set<QuestionKind> = [
      .tableCell, .tableRowKey, .comparisonSide, .comparisonTrueFalse,
    ]
    guard tableKinds.contains(candidate.kind) else { return false }
    let column = (candidate.auditQualifier ?? "").lowercased()
    // `필수 서비스 (사용률 90% 이상)`: a gloss about usage does not make the facts statistics.
    if let heading = path.last.map({ ConceptNames.splitParenthetical($0).name }),
      statisticWords.contains(where: { heading.hasSubstring($0) })
    {
      return true
    }
    if statisticWords.contains(where: { column.hasSubstring($0) }) { return true }
    guard costWords.contains(where: { column.hasSubstring($0) }) else { return false }
    // A cost column is worth asking when it names a pricing model (`쿼리 수 + 호스팅 영역`),
    // not when it is a price, a row of coins or `다양`.
    let values = candidate.kind == .tableCell ? candidate.keys : [candidate.auditStatement ?? ""]
    return values.contains { value in
      let words = value.removingEmoji().trimmingWhitespace()
      return words.isEmpty || ["다양", "다양함", "varies"].contains(words)
        || words.unicodeScalars.contains { $0 == "$" || $0 == "₩" || $0 == "원" }
        || !words.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
    }
  }

  static func isMetaphor(_ candidate: Candidate) -> Bool {
    switch candidate.kind {
    case .attribute, .attributeToSubject:
      // The label is the last word of the identity (`attr`, subject, label).
      return candidate.identity.last.map { label in
        metaphorLabels.contains { TextNormalizer.key($0) == label }
      } ?? false
    case .tableCell, .tableRowKey:
      let column = (candidate.auditQualifier ?? "").lowercased()
      return metaphorLabels.contains(column)
    default:
      return false
    }
  }

  /// A blanked number that follows an example marker, or sits inside a URL.
  static func isExampleNumber(_ prompt: String) -> Bool {
    guard let blank = prompt.range(of: "___") else { return false }
    let before = prompt[..<blank.lowerBound].suffix(16).lowercased()
    if exampleMarkers.contains(where: { before.hasSubstring($0) }) { return true }
    // The token around the blank: a URL or a path holds numbers that are not facts.
    let start =
      prompt[..<blank.lowerBound].lastIndex(where: { $0.isWhitespace || $0 == "“" })
      ?? prompt.startIndex
    let end =
      prompt[blank.upperBound...].firstIndex(where: { $0.isWhitespace || $0 == "”" })
      ?? prompt.endIndex
    let token = prompt[start..<end].lowercased()
    if ["http", "www.", ".com", ".io", ".org", "://"].contains(where: { token.hasSubstring($0) }) {
      return true
    }
    return token.utf8.filter { $0 == UInt8(ascii: "/") }.count >= 2
  }
}
