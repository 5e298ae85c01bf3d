import Foundation
import NoteOutline

/// Cleaning and comparing concept names: diagram labels, parenthesised expansions, acronyms.
enum ConceptNames {
  /// A diagram label's name: emoji removed, the first line only (`<br/>` is a line break).
  static func diagramLabel(_ label: String) -> String {
    guard label.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == 0x0A }) else {
      return label.removingEmoji()
    }
    var text = label
    for tag in ["<br/>", "<br />", "<br>", "<BR/>", "<BR>"] {
      text = text.replacingAll(tag, with: "\n")
    }
    for line in text.split(separator: "\n") {
      let cleaned = String(line).removingEmoji().trimmingWhitespace()
      if !cleaned.isEmpty { return cleaned }
    }
    return ""
  }

  /// Splits `RDS(Relational Database Service)` into the name and the parenthesised part.
  static func splitParenthetical(_ text: String) -> (name: String, parenthetical: String?) {
    let trimmed = text.trimmingWhitespace()
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else {
      return (trimmed, nil)
    }
    let name = String(trimmed[..<open]).trimmingWhitespace()
    let inner = String(
      trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    )
    .trimmingWhitespace()
    guard !name.isEmpty, !inner.isEmpty, !inner.contains("(") else { return (trimmed, nil) }
    return (name, inner)
  }

  /// A cheap first look at a diagram id before ``isAcronymPair(_:_:)``: 2 to 8 ASCII letters
  /// and digits with a capital (`ALB`, `R53`), different from the label. Ids like `A` or
  /// `web1` never abbreviate anything.
  static func mayAbbreviate(_ id: String, _ label: String) -> Bool {
    let bytes = id.utf8
    guard (2...8).contains(bytes.count), id != label else { return false }
    var capital = false
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): capital = true
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
      default: return false
      }
    }
    return capital
  }

  /// Whether one of the two is the other's acronym (`ALB` / `Application Load Balancer`,
  /// `IaaS` / `Infrastructure as a Service`): only then is a parenthesis an alias, so that
  /// `Lambda (서버리스)` and `Fargate (서버리스)` stay apart.
  static func isAcronymPair(_ first: String, _ second: String) -> Bool {
    acronym(first, of: second) || acronym(second, of: first)
  }

  private static func acronym(_ short: String, of long: String) -> Bool {
    let letters = short.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.lowercased()
    guard letters.count >= 2, letters.count == short.filter({ !$0.isWhitespace }).count else {
      return false
    }
    var words = long.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    if let first = words.first, ["amazon", "aws"].contains(first.lowercased()), words.count > 2 {
      let withPrefix = String(words.compactMap(\.first)).lowercased()
      if withPrefix == letters { return true }
      words.removeFirst()
    }
    guard words.count >= 2 else { return false }
    return String(words.compactMap(\.first)).lowercased() == letters
  }

  /// Whether a name is an AWS service or product: in the alias list, or named like one. The
  /// concept graph and the bank's option kinds both go by this.
  static func isService(_ name: String, aliases: AliasTable) -> Bool {
    aliases.canonical(name) != nil || looksLikeService(name)
  }

  /// Whether a name looks like an AWS product: `Amazon …`/`AWS …`, an acronym (`ECS`, `S3`),
  /// or a CamelCase word (`CloudFront`, `DynamoDB`).
  static func looksLikeService(_ name: String) -> Bool {
    if name.hasPrefix("Amazon ") || name.hasPrefix("AWS ") { return true }
    let words = name.split(separator: " ")
    guard let first = words.first, words.count <= 3, first.allSatisfy(\.isASCII) else {
      return false
    }
    let upper = first.filter(\.isUppercase).count
    let allCapsAcronym =
      first.count >= 2 && first.count <= 6
      && first.allSatisfy { $0.isUppercase || $0.isNumber } && upper >= 1
    let camel =
      first.count >= 4 && (first.first?.isUppercase ?? false) && upper >= 2
      && first.allSatisfy { $0.isLetter || $0.isNumber }
    return allCapsAcronym || camel
  }

  /// Heading words of study notes that mark a section as organisation (scenarios, reading
  /// lists, study checks), beyond those the bank already treats as generic.
  static let organisationalHeadingWords = [
    "시나리오", "한눈에", "추천", "자료", "리소스", "커뮤니티", "문서", "동영상", "도서", "학습", "핵심 개념",
    "핵심 용어", "알아 둘", "the user's",
  ]

  /// Whether a heading names a subject (`로드 밸런싱`, `Lambda 요금`) rather than a place in the
  /// notes (`개요`, `학습 점검`, `1단계: 기본 인프라 구성`, `Day 16: CloudFront & CDN`): only
  /// subjects become concepts, so that two notes' "학습 점검" are not one concept.
  static func isSubjectHeading(_ title: String) -> Bool {
    guard Labels.isSubjectName(title), !startsWithOrdinal(title) else { return false }
    let folded = title.lowercased()
    return !organisationalHeadingWords.contains { folded.hasSubstring($0) }
  }

  /// `1단계 …`, `2위: …`, `3일차`, `4주차`: a number with a counter word at the start.
  private static func startsWithOrdinal(_ title: String) -> Bool {
    let digits = title.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty else { return false }
    let rest = title.dropFirst(digits.count)
    return ["단계", "위", "일차", "주차", "장", "부", "차"].contains { rest.hasPrefix($0) }
  }

  /// The words of a heading `A vs B` (also `A vs. B`, `A VS B`), when it has that shape.
  static func versusParts(_ title: String) -> [String] {
    // Most headings hold no `vs` at all: one byte scan settles them.
    let bytes = Array(title.utf8)
    let mayCompare = bytes.indices.dropLast().contains {
      (bytes[$0] | 0x20) == UInt8(ascii: "v") && (bytes[$0 + 1] | 0x20) == UInt8(ascii: "s")
    }
    guard mayCompare else { return [] }
    var text = title
    for separator in [" vs. ", " VS. ", " VS ", " Vs ", " vs "] {
      text = text.replacingAll(separator, with: "\u{1F}")
    }
    let parts = text.split(separator: "\u{1F}").map { String($0).trimmingWhitespace() }
      .filter { !$0.isEmpty }
    return parts.count >= 2 ? parts : []
  }
}

extension String {
  /// Every occurrence of `target` replaced (plain, byte for byte).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, hasSubstring(target) else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
