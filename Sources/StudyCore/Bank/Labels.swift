import NoteOutline

/// Words that notes use as labels, lead-ins or generic headings rather than as names of things.
enum Labels {
  /// Bold lead-ins that are attributes of the enclosing subject, never terms to define.
  static let attributeLabels: Set<String> = [
    "쉽게 말하면", "역할", "장점", "단점", "예시", "예", "핵심", "언제 사용?", "언제 사용", "비유", "특징",
    "주요 기능", "사용 사례", "사용사례", "용도", "목적", "정의", "개념", "원리", "구성", "구성 요소", "효과",
    "주의", "주의사항", "참고", "팁", "요구사항", "권장 아키텍처", "비용", "비용 모델", "장단점", "한계",
    "동작 방식", "작동 방식", "기본값", "예시 용도", "적합한 경우", "사용 시점", "포인트", "요약", "결과",
    "문제", "해결", "해결책", "이유", "차이", "차이점", "비교", "대안", "기능", "제한", "제약", "대상",
    "쉬운 설명", "쉬운 예시", "when to use", "role", "pros", "cons", "example", "examples", "note", "tip",
    "summary",
    "use case", "use cases", "features", "benefits", "analogy", "definition",
  ]

  /// Whether `name` is a label (compared without trailing `?`/`:` and case).
  static func isLabel(_ name: String) -> Bool {
    // Labels are a few words; a long name is never one (and this runs for every term).
    if name.utf8.count > 40 { return false }
    let folded = name.trimmingWhitespace().lowercased()
    if attributeLabels.contains(folded) { return true }
    let stripped = folded.trimmingCharacters(in: ["?", ":", "："])
    return attributeLabels.contains(stripped)
  }

  /// Words that, ending a bold lead-in (`Lambda 특징`, `컨테이너 기본 개념`), make it an attribute
  /// of the words before them rather than a term.
  static let attributeSuffixes: Set<String> = [
    "특징", "장점", "단점", "역할", "개념", "기본 개념", "장단점", "용도", "목적", "효과", "한계",
  ]

  private static let sortedSuffixes = attributeSuffixes.sorted { ($0.count, $0) > ($1.count, $1) }

  /// `Lambda 특징` → (`Lambda`, `특징`); `nil` when the name does not end in such a word.
  static func splitAttributeSuffix(_ name: String) -> (subject: String, label: String)? {
    guard let lastSpace = name.lastIndex(of: " ") else { return nil }
    let lastWord = String(name[name.index(after: lastSpace)...])
    guard attributeSuffixes.contains(lastWord) else { return nil }
    for suffix in sortedSuffixes where name.hasSuffix(" " + suffix) {
      let subject = String(name.dropLast(suffix.count + 1)).trimmingWhitespace()
      if !subject.isEmpty { return (subject, suffix) }
    }
    return nil
  }

  /// Heading words that mark a section as organisational (goals, summaries, checklists), not a
  /// subject that facts are about.
  static let genericHeadingWords = [
    "학습 목표", "목표", "요약", "정리", "개요", "목차", "점검", "체크", "참고", "미리보기", "다음 단계",
    "마무리", "결론", "소개", "들어가며", "부록", "예시", "사례", "팁", "명령어", "실습", "연습",
    "summary", "overview", "checklist", "contents", "introduction", "next steps",
  ]

  /// Whether a heading or parent term can stand as a subject of "which one is this about?".
  static func isSubjectName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard !name.isEmpty, words.count <= 6, name.unicodeScalars.count <= 40 else { return false }
    if isLabel(name) || isOrdinalLabel(name) { return false }
    let folded = name.lowercased()
    return !genericHeadingWords.contains { folded.hasSubstring($0) }
  }

  /// `Day 22`, `Week 4`, `시나리오 1`, `단계 3`, `사용사례 2. …`: positions, not things.
  static func isOrdinalLabel(_ name: String) -> Bool {
    // Only names with a digit can be positions: most are not.
    guard name.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return false
    }
    let prefixes = [
      "day", "week", "step", "단계", "시나리오", "사용사례", "사용 사례", "예시", "실습", "lab", "part",
    ]
    let folded = name.lowercased().trimmingWhitespace()
    for prefix in prefixes where folded.hasPrefix(prefix) {
      let rest = folded.dropFirst(prefix.count).trimmingWhitespace()
      if let first = rest.first, first.isNumber { return true }
    }
    return false
  }

  /// Splits an enumeration written inline (`7가지 라우팅 정책: Simple, Weighted, Latency`) into
  /// its members. The list must be named as a list (`N가지 …`, `… 종류`) or its members must be
  /// mostly names (`CodeCommit, CodeBuild, …`); a feature list such as `Layer 4 로드 밸런싱,
  /// 초고성능, 고정 IP` is a definition, not an enumeration.
  static func inlineMembers(_ text: String, name: String) -> [String]? {
    guard let members = inlineMembers(text) else { return nil }
    if isNamedList(name) { return members }
    let names = members.filter(looksLikeName).count
    return names * 5 >= members.count * 4 ? members : nil
  }

  /// `7가지 라우팅 정책`, `배포 유형`, `스토리지 클래스 종류`: a name that announces a list.
  static func isNamedList(_ name: String) -> Bool {
    let markers = ["가지", "종류", "유형", "목록", "types", "kinds"]
    return markers.contains { name.hasSubstring($0) }
  }

  /// A proper name: starts with a Latin capital letter and has no Hangul (`CodeBuild`, `Blue/Green`).
  static func looksLikeName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.properties.isUppercase, first.isASCII else {
      return false
    }
    return !text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
  }

  static func inlineMembers(_ text: String) -> [String]? {
    guard text.utf8.contains(UInt8(ascii: ",")) || text.hasSubstring("、") || text.hasSubstring("·")
    else { return nil }
    // Split at separators outside parentheses: `DAX(DynamoDB 앞단, 캐시)` stays whole. Scanned
    // as UTF-8: `,` `(` `)` are single bytes, `、` `·` `（` `）` fixed multi-byte sequences.
    let bytes = Array(text.utf8)
    var parts: [String] = []
    var start = 0
    var depth = 0
    var index = 0
    func cut(_ end: Int, skip: Int) {
      parts.append(String(decoding: bytes[start..<end], as: UTF8.self).trimmingWhitespace())
      start = end + skip
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "(") { depth += 1 }
      if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
      if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC {
        if bytes[index + 2] == 0x88 { depth += 1 }
        if bytes[index + 2] == 0x89 { depth = max(0, depth - 1) }
      }
      if depth == 0 {
        if byte == UInt8(ascii: ",") {
          cut(index, skip: 1)
        } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xB7 {
          cut(index, skip: 2)
        } else if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0x81
        {
          cut(index, skip: 3)
        }
      }
      index += 1
    }
    cut(bytes.count, skip: 0)
    guard parts.count >= 3, parts.allSatisfy(isMemberLike) else { return nil }
    return parts
  }

  /// A short name-like phrase: at most four words and 30 characters, no sentence ending.
  static func isMemberLike(_ text: String) -> Bool {
    guard !text.isEmpty, text.unicodeScalars.count <= 30 else { return false }
    if text.split(separator: " ").count > 4 { return false }
    let endings = ["다", "요", "음", "함", "됨", ".", "!", "?"]
    return !endings.contains { text.hasSuffix($0) } || text.hasSuffix("서비스")
  }

  /// The category of a named list: `7가지 라우팅 정책` → `라우팅 정책`,
  /// `Well-Architected Framework 다섯 가지 핵심 요소` → kept whole.
  static func category(ofEnumeration name: String) -> String {
    let words = name.split(separator: " ").filter { word in
      // `7가지`, `3가지`: the count is not part of what the members are.
      !(word.hasSuffix("가지") && word.count > 2 && word.dropLast(2).allSatisfy(\.isNumber))
    }
    return words.isEmpty ? name : words.joined(separator: " ")
  }
}

extension Labels {
  /// A label as used in prompts: trailing `?`/`:` removed, `사용사례` spelled `사용 사례`.
  static func normalisedLabel(_ name: String) -> String {
    var label = name.trimmingWhitespace()
    while let last = label.last, last == ":" || last == "：" { label.removeLast() }
    if label == "사용사례" { return "사용 사례" }
    return label.trimmingWhitespace()
  }
}

/// Whether a table holds data, compares sides, or is only layout.
enum TableShape {
  /// Header words for a first column that lists properties compared across sides.
  static let propertyHeaders: Set<String> = [
    "", "항목", "속성", "구분", "비교", "비교 항목", "특징", "기준", "특성", "feature", "property", "aspect",
  ]

  static func classify(_ table: Table) -> TableFact.Shape {
    let cells = table.rows.flatMap { $0 }
    let arrows = ["<--", "-->", "←", "→", "⟶", "<->", "↔"]
    let hasArrows = (table.header + cells).contains { cell in
      arrows.contains { cell.hasSubstring($0) }
    }
    let empty = cells.filter { $0.trimmingWhitespace().isEmpty || $0 == "-" }.count
    if hasArrows || table.rows.count < 2 || table.header.count < 2
      || Double(empty) > Double(max(cells.count, 1)) * 0.4
    {
      return .layout
    }
    let first = table.header[0].trimmingWhitespace().lowercased()
    if table.header.count >= 3, propertyHeaders.contains(first) || first.hasSubstring(" vs ") {
      return .comparison
    }
    return .data
  }
}
