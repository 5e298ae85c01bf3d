import CCmarkGFM
import Foundation

/// The only code that touches cmark-gfm: parses Markdown and converts the node tree into
/// Swift values, freeing all C memory before it returns.
struct CmarkConverter {
  /// How deep nested blocks (lists in lists, quotes in quotes) are followed; deeper content is
  /// dropped with a diagnostic so a pathological note cannot exhaust the stack.
  static let maximumNesting = 48
  /// How deep nested inline markup is followed.
  static let maximumInlineNesting = 32

  /// The GFM extensions attached to every parser.
  static let extensionNames = ["table", "tasklist", "strikethrough", "autolink"]

  /// Registers the core extensions once per process (the registry is global C state).
  private static let registered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
  }()

  let path: String
  private(set) var diagnostics: [OutlineDiagnostic] = []
  private var reportedDepth = false

  init(path: String) { self.path = path }

  /// Parses `markdown` into top-level blocks and headings in document order.
  mutating func convert(_ markdown: String) -> [TopLevel] {
    _ = Self.registered
    guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
    defer { cmark_parser_free(parser) }
    for name in Self.extensionNames {
      if let syntax = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, syntax)
      }
    }
    var text = markdown
    text.withUTF8 { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
      }
    }
    guard let document = cmark_parser_finish(parser) else { return [] }
    defer { cmark_node_free(document) }
    var result: [TopLevel] = []
    var child = cmark_node_first_child(document)
    while let node = child {
      if cmark_node_get_type(node) == CMARK_NODE_HEADING {
        let level = Int(cmark_node_get_heading_level(node))
        let text = inline(node).text.text.replacingLineBreaks()
        result.append(.heading(Heading(level: level, original: text, line: line(node))))
      } else if let block = block(node, depth: 0) {
        result.append(.block(block))
      }
      child = cmark_node_next(node)
    }
    return result
  }

  /// A top-level element: headings shape the section tree, blocks fill it.
  enum TopLevel {
    case heading(Heading)
    case block(Block)
  }

  private func line(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) }

  /// Whether cmark names the node's type `name` (extension nodes such as `table` and
  /// `tasklist` have no fixed enum value); compared in C to avoid a string per node.
  private func hasType(_ node: OpaquePointer, _ name: StaticString) -> Bool {
    guard let type = cmark_node_get_type_string(node) else { return false }
    return name.withUTF8Buffer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress else { return false }
        return strncmp(type, base, chars.count) == 0 && type[chars.count] == 0
      }
    }
  }

  private func literal(_ node: OpaquePointer) -> String {
    cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
  }

  private mutating func noteTooDeep(_ node: OpaquePointer) {
    guard !reportedDepth else { return }
    reportedDepth = true
    diagnostics.append(
      OutlineDiagnostic(
        severity: .warning, path: path, line: line(node),
        message: "nesting deeper than \(Self.maximumNesting) levels; the deeper part is skipped"))
  }

  private mutating func blocks(under parent: OpaquePointer, depth: Int) -> [Block] {
    var result: [Block] = []
    var child = cmark_node_first_child(parent)
    while let node = child {
      if let block = block(node, depth: depth) { result.append(block) }
      child = cmark_node_next(node)
    }
    return result
  }

  private mutating func block(_ node: OpaquePointer, depth: Int) -> Block? {
    if depth > Self.maximumNesting {
      noteTooDeep(node)
      return nil
    }
    switch cmark_node_get_type(node) {
    case CMARK_NODE_PARAGRAPH: return .paragraph(paragraph(node))
    case CMARK_NODE_LIST: return .list(list(node, depth: depth))
    case CMARK_NODE_CODE_BLOCK: return .code(codeBlock(node))
    case CMARK_NODE_BLOCK_QUOTE:
      return .quote(Quote(blocks: blocks(under: node, depth: depth + 1), line: line(node)))
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak(line: line(node))
    case CMARK_NODE_HTML_BLOCK: return .html(text: literal(node), line: line(node))
    case CMARK_NODE_HEADING:
      // A heading inside a list or quote: kept as a bold paragraph of its text.
      let text = inline(node).text
      return .paragraph(Paragraph(text: text, leadIn: text.text, line: line(node)))
    default:
      if hasType(node, "table") { return table(node).map(Block.table) }
      return nil
    }
  }

  private mutating func paragraph(_ node: OpaquePointer) -> Paragraph {
    let content = inline(node)
    let start = line(node)
    return Paragraph(
      text: content.text, leadIn: Self.leadIn(content.spans),
      terms: TermDetector.detectLines(content.spans, firstLine: start),
      lines: Self.sourceLines(content.spans), line: start)
  }

  /// The text of each source line, when there is more than one.
  static func sourceLines(_ spans: [InlineSpan]) -> [String] {
    guard spans.contains(where: { $0.kind == .softBreak || $0.kind == .lineBreak }) else {
      return []
    }
    var lines: [[InlineSpan]] = [[]]
    for span in spans {
      if span.kind == .softBreak || span.kind == .lineBreak {
        lines.append([])
      } else {
        lines[lines.count - 1].append(span)
      }
    }
    return lines.map { InlineSpan.inlineText($0, links: [], strongPhrases: []).text }
  }

  /// `**Label:**` or `**Label**:` alone in a paragraph.
  static func leadIn(_ spans: [InlineSpan]) -> String? {
    let pieces = spans.filter { !($0.kind == .text && $0.text.isBlank) }
    guard let first = pieces.first, first.kind == .strong else { return nil }
    if pieces.count == 2 {
      let colon = pieces[1].text.trimmingWhitespace()
      guard pieces[1].kind == .text, colon == ":" || colon == "：" else { return nil }
    } else if pieces.count > 2 {
      return nil
    }
    var label = first.text.trimmingWhitespace()
    while let last = label.unicodeScalars.last, last == ":" || last == "：" {
      label = String(label.unicodeScalars.dropLast()).trimmingWhitespace()
    }
    return label.isEmpty ? nil : label
  }

  private mutating func list(_ node: OpaquePointer, depth: Int) -> ListBlock {
    let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
    var items: [ListItem] = []
    var child = cmark_node_first_child(node)
    while let itemNode = child {
      items.append(listItem(itemNode, depth: depth + 1))
      child = cmark_node_next(itemNode)
    }
    return ListBlock(
      ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1, items: items,
      line: line(node))
  }

  private mutating func listItem(_ node: OpaquePointer, depth: Int) -> ListItem {
    var text = InlineText.empty
    var spans: [InlineSpan] = []
    var children: [Block] = []
    var child = cmark_node_first_child(node)
    if let first = child, cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
      let content = inline(first)
      text = content.text
      spans = content.spans
      child = cmark_node_next(first)
    }
    if depth > Self.maximumNesting {
      if child != nil { noteTooDeep(node) }
    } else {
      while let next = child {
        if let block = block(next, depth: depth) { children.append(block) }
        child = cmark_node_next(next)
      }
    }
    var task: Bool?
    if hasType(node, "tasklist") { task = cmark_gfm_extensions_get_tasklist_item_checked(node) }
    let start = line(node)
    var term = TermDetector.detect(spans, text: text.text, hasChildren: !children.isEmpty)
    term?.line = start
    return ListItem(text: text, term: term, task: task, children: children, line: start)
  }

  private func codeBlock(_ node: OpaquePointer) -> CodeBlock {
    let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first
      .map { String($0) }
    var code = literal(node)
    if code.hasSuffix("\n") { code.removeLast() }
    let start = line(node)
    let diagram =
      language?.lowercased() == "mermaid" ? MermaidParser.parse(code, firstLine: start + 1) : nil
    return CodeBlock(language: language, code: code, diagram: diagram, line: start)
  }

  private func table(_ node: OpaquePointer) -> Table? {
    let columns = Int(cmark_gfm_extensions_get_table_columns(node))
    var alignments: [ColumnAlignment] = []
    if let raw = cmark_gfm_extensions_get_table_alignments(node) {
      for index in 0..<columns {
        switch raw[index] {
        case UInt8(ascii: "l"): alignments.append(.left)
        case UInt8(ascii: "c"): alignments.append(.center)
        case UInt8(ascii: "r"): alignments.append(.right)
        default: alignments.append(.none)
        }
      }
    }
    var header: [String]?
    var headerLine = line(node)
    var rows: [[String]] = []
    var rowLines: [Int] = []
    var rowNode = cmark_node_first_child(node)
    while let row = rowNode {
      var cells: [String] = []
      var cellNode = cmark_node_first_child(row)
      while let cell = cellNode {
        cells.append(inline(cell).text.text)
        cellNode = cmark_node_next(cell)
      }
      cells =
        Array(cells.prefix(columns)) + Array(repeating: "", count: max(0, columns - cells.count))
      if header == nil {
        header = cells
        headerLine = line(row)
      } else {
        rows.append(cells)
        rowLines.append(line(row))
      }
      rowNode = cmark_node_next(row)
    }
    guard let header else { return nil }
    // When a table interrupts a paragraph cmark-gfm dates the table from the paragraph; the
    // header is always the line two above the first body row (the delimiter row between).
    if let first = rowLines.first { headerLine = first - 2 }
    return Table(
      header: header, rows: rows, alignments: alignments, line: headerLine, rowLines: rowLines)
  }
}
