/// One top-level piece of a paragraph's inline content, as cmark reported it.
struct InlineSpan {
  enum Kind {
    case text, strong, emphasis, code, link, image, lineBreak, softBreak, other
  }

  var kind: Kind
  /// The piece's text with nested markup reduced.
  var text: String

  /// Joins spans into `InlineText`, collecting bold and code phrases and links.
  static func inlineText(_ spans: [InlineSpan], links: [Link], strongPhrases: [String])
    -> InlineText
  {
    if spans.count == 1, spans[0].kind == .text || spans[0].kind == .strong {
      return InlineText(
        text: spans[0].text.trimmingWhitespaceKeepingBreaks(), strong: strongPhrases, links: links)
    }
    var text = ""
    var code: [String] = []
    for span in spans {
      switch span.kind {
      case .softBreak: text += " "
      case .lineBreak: text += "\n"
      case .code:
        code.append(span.text)
        text += span.text
      default: text += span.text
      }
    }
    return InlineText(
      text: text.trimmingWhitespaceKeepingBreaks(), strong: strongPhrases, code: code, links: links)
  }
}

extension String {
  /// Trims white space at both ends and folds spaces inside each line, keeping line breaks.
  func trimmingWhitespaceKeepingBreaks() -> String {
    guard let collapsed = UTF8Space.collapsed(self) else { return self }
    guard utf8.contains(UInt8(ascii: "\n")) else { return collapsed }
    return split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.collapsingWhitespace() }
      .joined(separator: "\n")
      .trimmingWhitespace()
  }
}
