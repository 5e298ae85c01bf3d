/// Reads a list item's or paragraph's opening as a term and its definition.
///
/// Recognised shapes: `**Term**: text`, `**Term:** text`, `**Term** - text`, `Term: text`,
/// `Term : text`, a bold or colon-ended term alone whose nested items define it, each
/// optionally after an icon (`🔍 **label**: text`).
enum TermDetector {
  /// The longest term, in unicode scalars, still read as a term (longer is a sentence).
  static let maximumTermLength = 80
  /// The most words a plain (not bold) term may have.
  static let maximumPlainTermWords = 6

  /// Term pairs of a paragraph, one per source line, when its first line is one; a line
  /// without the shape continues the previous definition.
  static func detectLines(_ spans: [InlineSpan], firstLine: Int) -> [TermDefinition] {
    var lines: [[InlineSpan]] = [[]]
    for span in spans {
      if span.kind == .softBreak || span.kind == .lineBreak {
        lines.append([])
      } else {
        lines[lines.count - 1].append(span)
      }
    }
    var terms: [TermDefinition] = []
    for (offset, line) in lines.enumerated() where !line.isEmpty {
      if var term = detect(line, hasChildren: false) {
        term.line = firstLine + offset
        terms.append(term)
      } else if let last = terms.indices.last {
        let extra = InlineSpan.inlineText(line, links: [], strongPhrases: []).text
        terms[last].definition = (terms[last].definition + " " + extra).trimmingWhitespace()
      } else {
        return []
      }
    }
    return terms
  }

  /// `text` is the spans' joined text when the caller already has it (saves joining again).
  static func detect(_ spans: [InlineSpan], text: String? = nil, hasChildren: Bool)
    -> TermDefinition?
  {
    var pieces = spans.filter { !($0.kind == .text && $0.text.isBlank) }
    var icon: String?
    if let first = pieces.first, first.kind == .text {
      let (leading, rest) = splitLeadingIcon(first.text)
      if let leading {
        icon = leading
        if rest.isEmpty {
          pieces.removeFirst()
        } else {
          pieces[0].text = rest
        }
      }
    }
    guard let first = pieces.first else { return nil }
    if first.kind == .strong {
      let rest =
        icon == nil ? text.flatMap { remainder(of: $0, after: first.text) } : nil
      return boldTerm(
        first.text,
        rest: rest
          ?? InlineSpan.inlineText(Array(pieces.dropFirst()), links: [], strongPhrases: []).text,
        icon: icon, hasChildren: hasChildren)
    }
    if first.kind == .text, pieces.contains(where: { $0.kind == .text && hasColon($0.text) }) {
      let whole = InlineSpan.inlineText(pieces, links: [], strongPhrases: []).text
      return plainTerm(whole, icon: icon, hasChildren: hasChildren)
    }
    return nil
  }

  private static func boldTerm(_ bold: String, rest: String, icon: String?, hasChildren: Bool)
    -> TermDefinition?
  {
    var term = bold.trimmingWhitespace()
    var definition: String
    if let last = term.unicodeScalars.last, last == ":" || last == "：" {
      term = String(term.unicodeScalars.dropLast()).trimmingWhitespace()
      definition = rest
    } else if let afterColon = dropping(prefixes: [":", "："], from: rest) {
      definition = afterColon
    } else if let afterDash = dropping(prefixes: ["- ", "– ", "— "], from: rest) {
      definition = afterDash
    } else if rest.isEmpty, hasChildren {
      definition = ""
    } else {
      return nil
    }
    definition = definition.trimmingWhitespace()
    guard acceptable(term) else { return nil }
    if definition.isEmpty, !hasChildren { return nil }
    return TermDefinition(
      term: term, definition: definition, icon: icon,
      form: definition.isEmpty ? .parent : .boldColon)
  }

  private static func plainTerm(_ text: String, icon: String?, hasChildren: Bool)
    -> TermDefinition?
  {
    let scalars = Array(text.unicodeScalars)
    guard let colon = scalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
    let afterIndex = colon + 1
    // A colon inside a word (`http://`, `14:00`, `a:b`) is not a separator.
    if afterIndex < scalars.count, !scalars[afterIndex].isSpaceLike { return nil }
    // A colon inside a parenthesis (`AWS 리소스(예: S3, Glacier, KMS)`) introduces examples of
    // the words before it, not a definition of them.
    let opened = scalars[..<colon].filter { $0 == "(" || $0 == "（" }.count
    let closed = scalars[..<colon].filter { $0 == ")" || $0 == "）" }.count
    if opened > closed { return nil }
    let term = String(String.UnicodeScalarView(scalars[..<colon])).trimmingWhitespace()
    let definition = String(String.UnicodeScalarView(scalars[afterIndex...])).trimmingWhitespace()
    guard acceptable(term),
      term.split(separator: " ").count <= maximumPlainTermWords,
      !term.unicodeScalars.contains(where: { ".,!?;\"`".unicodeScalars.contains($0) })
    else { return nil }
    if definition.isEmpty {
      return hasChildren
        ? TermDefinition(term: term, definition: "", icon: icon, form: .parent) : nil
    }
    return TermDefinition(term: term, definition: definition, icon: icon, form: .plainColon)
  }

  /// What follows `prefix` in `text`, trimmed; `nil` when `text` does not start with it.
  private static func remainder(of text: String, after prefix: String) -> String? {
    let utf8 = text.utf8
    guard utf8.starts(with: prefix.utf8) else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: prefix.utf8.count)
    return UTF8Space.trimmed(String(text[start...]))
  }

  /// Whether `text` holds `:` or `：` (checked on bytes: this runs for every list item).
  private static func hasColon(_ text: String) -> Bool {
    text.utf8.contains(UInt8(ascii: ":")) || text.unicodeScalars.contains("：")
  }

  private static func acceptable(_ term: String) -> Bool {
    let bytes = term.utf8.count
    if bytes == 0 { return false }
    // Up to 4 bytes a scalar: only long terms need the exact count.
    return bytes <= maximumTermLength || term.unicodeScalars.count <= maximumTermLength
  }

  private static func dropping(prefixes: [String], from text: String) -> String? {
    let trimmed = text.trimmingWhitespace()
    for prefix in prefixes where trimmed.utf8.starts(with: prefix.utf8) {
      let utf8 = trimmed.utf8
      return String(trimmed[utf8.index(utf8.startIndex, offsetBy: prefix.utf8.count)...])
    }
    if trimmed == ":" || trimmed == "：" { return "" }
    return nil
  }

  /// Splits a leading emoji (and the space after it) from the text.
  static func splitLeadingIcon(_ text: String) -> (icon: String?, rest: String) {
    guard let lead = text.unicodeScalars.first(where: { !$0.isSpaceLike }), lead.isEmojiPart
    else { return (nil, text) }
    let trimmed = text.trimmingWhitespace()
    let iconScalars = trimmed.unicodeScalars.prefix(while: { $0.isEmojiPart })
    guard !iconScalars.isEmpty else { return (nil, text) }
    let rest = String(trimmed.unicodeScalars.dropFirst(iconScalars.count)).trimmingWhitespace()
    return (String(String.UnicodeScalarView(iconScalars)), rest)
  }
}
