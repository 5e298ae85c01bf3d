import NoteOutline

/// Organising headings and labels (`핵심 개념 설명`, `기존 방식`, `CloudWatch 용어`, `AWS 클라우드란?`)
/// are never the answer, nor the term a question is about.
struct HeadingKeyRule: CandidateRule {
  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    switch candidate.kind {
    case .termToDefinition, .definitionToTerm, .termRecall:
      return ConceptNaming.namesConcept(candidate.terms.first ?? "") ? nil : .headingKey
    case .termCloze:
      return ConceptNaming.namesConcept(candidate.keys.first ?? "") ? nil : .headingKey
    case .attribute:
      // Subjects of attributes and statements are often headings: the stricter test.
      return ConceptNaming.headingNamesConcept(candidate.terms.first ?? "") ? nil : .headingKey
    case .subjectFact, .attributeToSubject:
      return ConceptNaming.headingNamesConcept(candidate.keys.first ?? "") ? nil : .headingKey
    default:
      return nil
    }
  }
}

/// A typed answer must be a short term a learner can type: at most three words, no `및`/`and`
/// compounds, not a clause (`실시간으로 감시`, `소스 코드로 취급`) or a benefit phrase (`운영 부담
/// 감소`). Compound keys stay asked as choices. A glossed key (`자가 치유(Self-healing) 아키텍처`)
/// accepts every part: `자가 치유 아키텍처`, `Self-healing 아키텍처`, `자가 치유`, `Self-healing`.
struct TypedAnswerRule: CandidateRule {
  /// Marks of a compound (two things in one answer).
  static let compoundMarks = [" 및 ", " and ", "&", ",", "+", " 또는 ", " or ", "·", "、"]
  /// Endings of a word that make it part of a clause, not of a name.
  static let clauseEndings = ["으로", "로", "의", "을", "를", "에", "에서", "하게", "하고", "하여", "적으로", "히"]
  /// Last words that make a phrase an outcome or an action, not a name.
  static let actionWords: Set<String> = [
    "감소", "증가", "향상", "절감", "단축", "개선", "취급", "처리", "제공", "지원", "보장", "가능", "불필요",
    "필요", "감시", "확보", "방지", "유지", "실행", "저장", "의미",
  ]

  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    guard candidate.format == .typed, [.termRecall, .termCloze].contains(candidate.kind),
      let key = candidate.keys.first
    else { return nil }
    let parts = Gloss.parts(key)
    let bare = parts.first ?? key
    guard context.aliases.canonical(key) != nil || Self.isTermLike(bare) else {
      return .untypeable
    }
    let accepted = Set(candidate.aliases + parts).subtracting([key])
    candidate.aliases = accepted.sorted()
    return nil
  }

  /// Whether `name` (without a gloss) reads as a term: short, one thing, not a clause.
  static func isTermLike(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard !words.isEmpty, words.count <= 3, name.count <= 25 else { return false }
    if compoundMarks.contains(where: { name.hasSubstring($0) }) { return false }
    let latin = name.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
    // `CI/CD` is one name; `관리형/비관리형` is two.
    if latin { return true }
    if name.hasSubstring("/") { return false }
    for word in words.dropLast() where clauseEndings.contains(where: { word.hasSuffix($0) }) {
      return false
    }
    guard let last = words.last.map(String.init) else { return false }
    if actionWords.contains(last) { return false }
    return !["다", "함", "됨", "음", "기"].contains { last.hasSuffix($0) && last.count > 1 }
  }
}

/// Splits a key glossed in parentheses into every form a learner may type.
enum Gloss {
  /// `자가 치유(Self-healing) 아키텍처` → [`자가 치유 아키텍처`, `Self-healing 아키텍처`, `자가 치유`,
  /// `Self-healing`]; a key without a gloss gives itself alone.
  static func parts(_ key: String) -> [String] {
    guard let open = key.firstIndex(of: "("), let close = key[open...].firstIndex(of: ")"),
      open > key.startIndex
    else { return [key] }
    let head = key[..<open].trimmingWhitespace()
    let gloss = key[key.index(after: open)..<close].trimmingWhitespace()
    let tail = key[key.index(after: close)...].trimmingWhitespace()
    guard !head.isEmpty, !gloss.isEmpty else { return [key] }
    let joined = { (first: String) in tail.isEmpty ? first : first + " " + tail }
    var parts = [joined(head), joined(gloss)]
    if !tail.isEmpty { parts += [head, gloss] }
    return BankBuilder.unique(parts)
  }
}

/// A blank in the subject's place (`___은(는) 프라이빗 서브넷에 배치하여 보안을 강화합니다`) whose
/// sentence names nothing else fits several subjects of the note: not asked.
struct AmbiguousBlankRule: CandidateRule {
  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    guard candidate.kind == .termCloze, let quoted = FragmentRule.quoted(candidate.prompt)
    else { return nil }
    // `데이터베이스 계층: ___은(는) …`: the blank opens the sentence after a lead-in.
    let sentence = quoted.range(of: ": ").map { String(quoted[$0.upperBound...]) } ?? quoted
    guard sentence.hasPrefix("___") else { return nil }
    let rest = sentence.dropFirst(3)
    let namesOther = rest.split(separator: " ").contains { word in
      word.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count >= 2
    }
    return namesOther ? nil : .ambiguous
  }
}
