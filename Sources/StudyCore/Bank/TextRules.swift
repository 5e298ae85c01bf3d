import NoteOutline

/// Markdown and HTML markup that cmark left in the text (`**` beside Hangul, `<br/>`,
/// `<span>`): cleaned out of prompts, keys and options.
struct MarkupRule: CandidateRule {
  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    candidate.prompt = Markup.clean(candidate.prompt)
    candidate.fallbackPrompt = candidate.fallbackPrompt.map(Markup.clean)
    candidate.keys = candidate.keys.map(Markup.clean)
    candidate.distractors = candidate.distractors.map(Markup.clean)
    candidate.explanation = Markup.clean(candidate.explanation)
    return nil
  }
}

/// Finds and removes markup in plain text.
enum Markup {
  /// Inline markers that are never meant to be shown (`__` is not one: `___` is our blank).
  static let markers = ["**", "~~", "`"]

  /// Whether `text` still shows Markdown or HTML markup.
  static func contains(_ text: String) -> Bool {
    markers.contains { text.hasSubstring($0) } || hasTag(text)
  }

  /// The text with markers removed and HTML tags (`<br/>`, `<span …>`) replaced by a space.
  static func clean(_ text: String) -> String {
    guard contains(text) else { return text }
    var result = text
    for marker in markers where result.hasSubstring(marker) {
      result = result.replacingAll(marker, with: "")
    }
    guard hasTag(result) else { return result }
    var cleaned = ""
    var rest = Substring(result)
    while let open = rest.firstIndex(of: "<") {
      cleaned += rest[..<open]
      let tail = rest[open...]
      guard let close = tail.firstIndex(of: ">"), isTag(tail[tail.index(after: open)..<close])
      else {
        cleaned.append("<")
        rest = rest[rest.index(after: open)...]
        continue
      }
      cleaned.append(" ")
      rest = rest[rest.index(after: close)...]
    }
    return (cleaned + rest).collapsingWhitespace()
  }

  private static func hasTag(_ text: String) -> Bool {
    text.utf8.contains(UInt8(ascii: "<"))
      && ["<br", "</", "<span", "<div", "<details", "<summary", "<b>", "<i>", "<img", "<p>"]
        .contains { text.hasSubstring($0) }
  }

  /// `br/`, `/span`, `span style="…"`: a tag name, not an arrow (`<-`) or a comparison.
  private static func isTag(_ inner: Substring) -> Bool {
    let name = inner.drop { $0 == "/" }.prefix { $0.isLetter }
    return !name.isEmpty && name.allSatisfy(\.isASCII) && inner.count < 200
  }
}

/// Drops candidates made of broken text: LaTeX (`$\times$`), a key cut off at a colon
/// (`연간 데이터량:`), a fragment of a split (`EBS = 1 : N !!!`), unbalanced brackets, or a
/// statement that leans on text not shown (`대신 …`, `다음에서 …`).
struct FragmentRule: CandidateRule {
  /// Openings that continue an earlier sentence.
  static let danglingStarts = [
    "대신", "또한", "그리고", "하지만", "그러나", "따라서", "그래서", "즉 ", "즉,", "단,", "단 ", "또는", "및 ",
    "이때", "이 경우", "여기서", "반면", "그 외", "그외", "이를", "이것", "이는", "위의", "위 ",
    "but ", "and ", "also ", "so ", "however", "instead", "then ", "which ", "it ", "is ", "are ",
  ]
  /// Phrases that point at a list or figure the question does not show.
  static let pointers = [
    "다음과 같", "다음에서", "다음의", "다음을 ", "아래와", "아래의", "아래 ", "the following", "below",
    "링크 참조", "참조)", "참고)", "글쓴이", "see link",
  ]

  /// Whether an option is broken text that no rule would let stand as a key.
  static func isBrokenOption(_ text: String) -> Bool {
    isLaTeX(text) || isBrokenKey(text) || leansOnContext(text) || !isBalanced(text)
  }

  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    guard candidate.structure != .authored else { return nil }
    let statement = Self.quoted(candidate.prompt)
    let texts = candidate.keys + (statement.map { [$0] } ?? [])
    if texts.contains(where: Self.isLaTeX) || Self.isLaTeX(candidate.prompt) { return .fragment }
    if candidate.format != .trueFalse, candidate.keys.contains(where: Self.isBrokenKey) {
      return .fragment
    }
    for text in texts where Self.leansOnContext(text) || !Self.isBalanced(text) {
      return .fragment
    }
    // `Elastic○○`: a name masked inside a longer word leaves a broken word behind.
    if Self.masksInsideWord(candidate.prompt) { return .fragment }
    if Self.termKinds.contains(candidate.kind),
      let definition = candidate.auditStatement
        ?? (candidate.kind == .termToDefinition ? candidate.keys.first : nil),
      Self.saysTooLittle(definition)
    {
      return .fragment
    }
    return nil
  }

  static let termKinds: Set<QuestionKind> = [.termToDefinition, .definitionToTerm, .termRecall]

  /// A definition that is a bare value (`200`, `20`) or a single word (`게임시스템`) defines
  /// nothing: the "term" is a row label or a heading of a list of examples.
  static func saysTooLittle(_ definition: String) -> Bool {
    let letters = definition.unicodeScalars.filter { $0.properties.isAlphabetic }.count
    if letters < 2 { return true }
    let words = definition.split(separator: " ")
    return words.count == 1 && definition.count < 6
  }

  static func masksInsideWord(_ text: String) -> Bool {
    var previous: Character = " "
    var index = text.startIndex
    while let range = text[index...].range(of: Templates.blank) {
      if range.lowerBound > text.startIndex {
        previous = text[text.index(before: range.lowerBound)]
        if previous.isASCII && previous.isLetter { return true }
      }
      if range.upperBound < text.endIndex {
        let next = text[range.upperBound]
        if next.isASCII && next.isLetter { return true }
      }
      index = range.upperBound
    }
    return false
  }

  /// The text between `“` and `”` in a prompt, if any.
  static func quoted(_ prompt: String) -> String? {
    guard let open = prompt.firstIndex(of: "“"), let close = prompt.lastIndex(of: "”"),
      open < close
    else { return nil }
    return String(prompt[prompt.index(after: open)..<close])
  }

  static func isLaTeX(_ text: String) -> Bool {
    guard text.utf8.contains(UInt8(ascii: "\\")) || text.utf8.contains(UInt8(ascii: "$")) else {
      return false
    }
    return ["\\times", "\\approx", "\\text", "\\mathbf", "\\frac", "\\cdot", "$\\", "\\("]
      .contains { text.hasSubstring($0) }
  }

  /// A key that ends at a colon, carries `!!`, or is one side of an equation.
  static func isBrokenKey(_ key: String) -> Bool {
    let trimmed = key.trimmingWhitespace()
    if let last = trimmed.unicodeScalars.last, last == ":" || last == "：" || last == "→" {
      return true
    }
    return trimmed.hasSubstring("!!") || trimmed.hasSubstring(" = ") || trimmed.hasPrefix("= ")
  }

  static func leansOnContext(_ text: String) -> Bool {
    let folded = text.trimmingWhitespace().lowercased()
    if danglingStarts.contains(where: { folded.hasPrefix($0) }) { return true }
    if let last = folded.unicodeScalars.last, last == ":" || last == "：" { return true }
    return pointers.contains { folded.hasSubstring($0) }
  }

  /// Whether round and square brackets and quotes open and close in pairs.
  static func isBalanced(_ text: String) -> Bool {
    var round = 0
    var square = 0
    var quotes = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "("): round += 1
      case UInt8(ascii: ")"): round -= 1
      case UInt8(ascii: "["): square += 1
      case UInt8(ascii: "]"): square -= 1
      case UInt8(ascii: "\""): quotes += 1
      default: break
      }
      if round < 0 || square < 0 { return false }
    }
    return round == 0 && square == 0 && quotes % 2 == 0
  }
}
