import CCmarkGFM

/// Inline content of one block: the joined text and its top-level spans.
struct InlineContent {
  var text: InlineText
  var spans: [InlineSpan]
}

extension CmarkConverter {
  /// Converts the inline children of `node` (a paragraph, heading or table cell).
  func inline(_ node: OpaquePointer) -> InlineContent {
    var collector = InlineCollector()
    var spans: [InlineSpan] = []
    var child = cmark_node_first_child(node)
    while let current = child {
      spans.append(collector.span(current, depth: 0))
      child = cmark_node_next(current)
    }
    return InlineContent(
      text: InlineSpan.inlineText(
        spans, links: collector.links, strongPhrases: collector.strongPhrases),
      spans: spans)
  }
}

/// Walks inline nodes, flattening nested markup into text and noting bold phrases and links.
struct InlineCollector {
  var links: [Link] = []
  var strongPhrases: [String] = []

  mutating func span(_ node: OpaquePointer, depth: Int) -> InlineSpan {
    let type = cmark_node_get_type(node)
    switch type {
    case CMARK_NODE_TEXT: return InlineSpan(kind: .text, text: literal(node))
    case CMARK_NODE_CODE: return InlineSpan(kind: .code, text: literal(node))
    case CMARK_NODE_SOFTBREAK: return InlineSpan(kind: .softBreak, text: " ")
    case CMARK_NODE_LINEBREAK: return InlineSpan(kind: .lineBreak, text: "\n")
    case CMARK_NODE_HTML_INLINE:
      return InlineSpan(kind: .other, text: Self.isLineBreakTag(literal(node)) ? "\n" : "")
    case CMARK_NODE_STRONG:
      let text = childrenText(node, depth: depth).trimmingWhitespaceKeepingBreaks()
      if !text.isEmpty { strongPhrases.append(text) }
      return InlineSpan(kind: .strong, text: text)
    case CMARK_NODE_EMPH:
      return InlineSpan(kind: .emphasis, text: childrenText(node, depth: depth))
    case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
      let text = childrenText(node, depth: depth)
      let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
      let isImage = type == CMARK_NODE_IMAGE
      links.append(Link(text: text, destination: url, isImage: isImage))
      return InlineSpan(kind: isImage ? .image : .link, text: text)
    default:
      // Extension inlines (strikethrough) and anything else: keep their text.
      return InlineSpan(kind: .other, text: childrenText(node, depth: depth))
    }
  }

  private mutating func childrenText(_ node: OpaquePointer, depth: Int) -> String {
    guard depth < CmarkConverter.maximumInlineNesting else { return "" }
    var text = ""
    var child = cmark_node_first_child(node)
    while let current = child {
      text += span(current, depth: depth + 1).text
      child = cmark_node_next(current)
    }
    return text
  }

  private func literal(_ node: OpaquePointer) -> String {
    cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
  }

  /// `<br>`, `<br/>`, `<br />` in any case.
  static func isLineBreakTag(_ html: String) -> Bool {
    let folded = html.lowercased().filter { $0 != " " }
    return folded == "<br>" || folded == "<br/>"
  }
}

extension String {
  /// Line breaks replaced by spaces (for headings).
  func replacingLineBreaks() -> String {
    contains("\n") ? split(separator: "\n").joined(separator: " ").collapsingWhitespace() : self
  }
}
