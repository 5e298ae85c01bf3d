/// Renders a document as an indented text tree with source line numbers.
public enum OutlineRenderer {
  /// The whole outline of `document`, one element per line: `  LINE │ indent element`.
  public static func render(_ document: NoteDocument) -> String {
    var lines: [String] = []
    var header = "\(document.path) — \(document.title)"
    if !document.tags.isEmpty { header += "  [tags: \(document.tags.joined(separator: ", "))]" }
    lines.append(header)
    var writer = Writer()
    writer.section(document.root, depth: 0)
    lines.append(contentsOf: writer.lines)
    return lines.joined(separator: "\n")
  }

  /// A one-line count of what a document holds.
  public static func summary(_ document: NoteDocument) -> String {
    let stats = OutlineStatistics(document)
    return
      "\(document.path): \(document.title) — \(stats.sections) sections, \(stats.terms) terms, "
      + "\(stats.listItems) list items, \(stats.tables) tables, \(stats.diagrams) diagrams, "
      + "\(stats.tasks) checklist items"
  }

  private struct Writer {
    var lines: [String] = []

    mutating func emit(_ line: Int, _ depth: Int, _ text: String) {
      let number = String(line)
      let padded = String(repeating: " ", count: max(0, 6 - number.count)) + number
      let flat = text.replacingLineBreaks()
      lines.append("\(padded) │ \(String(repeating: "  ", count: depth))\(flat)")
    }

    mutating func section(_ section: Section, depth: Int) {
      var childDepth = depth
      if let heading = section.heading {
        var text = String(repeating: "#", count: heading.level) + " " + heading.title
        if heading.original != heading.title { text += "   (written: \(heading.original))" }
        emit(heading.line, depth, text)
        childDepth += 1
      }
      for block in section.blocks { self.block(block, depth: childDepth) }
      for subsection in section.subsections { self.section(subsection, depth: childDepth) }
    }

    mutating func block(_ block: Block, depth: Int) {
      switch block {
      case .paragraph(let paragraph):
        if !paragraph.terms.isEmpty {
          for term in paragraph.terms { emit(term.line, depth, "¶ " + describe(term)) }
        } else if let leadIn = paragraph.leadIn {
          emit(paragraph.line, depth, "¶ [label] \(leadIn)")
        } else {
          emit(paragraph.line, depth, "¶ " + clip(paragraph.text.text))
        }
      case .list(let list):
        for item in list.items { self.item(item, ordered: list.ordered, depth: depth) }
      case .table(let table):
        emit(
          table.line, depth,
          "▦ table \(table.header.count)×\(table.rows.count): "
            + table.header.joined(separator: " | "))
        for (row, line) in zip(table.rows, table.rowLines) {
          emit(line, depth + 1, "│ " + row.joined(separator: " | "))
        }
      case .code(let code):
        self.code(code, depth: depth)
      case .quote(let quote):
        emit(quote.line, depth, "> quote")
        for inner in quote.blocks { self.block(inner, depth: depth + 1) }
      case .thematicBreak(let line):
        emit(line, depth, "———")
      case .html(let text, let line):
        emit(line, depth, "<html> " + clip(text))
      }
    }

    mutating func item(_ item: ListItem, ordered: Bool, depth: Int) {
      var marker = ordered ? "1." : "•"
      if let task = item.task { marker = task ? "[x]" : "[ ]" }
      let text = item.term.map(describe) ?? clip(item.text.text)
      emit(item.line, depth, "\(marker) \(text)")
      for child in item.children { block(child, depth: depth + 1) }
    }

    mutating func code(_ code: CodeBlock, depth: Int) {
      switch code.diagram {
      case .flowchart(let chart):
        emit(
          code.line, depth,
          "◇ mermaid \(chart.keyword): \(chart.nodes.count) nodes, \(chart.edges.count) edges, "
            + "\(chart.subgraphs.count) subgraphs")
        let labels = Dictionary(
          chart.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        for edge in chart.edges {
          let from = labels[edge.from] ?? edge.from
          let to = labels[edge.to] ?? edge.to
          let label = edge.label.map { " [\($0)]" } ?? ""
          emit(edge.line, depth + 1, "\(from) → \(to)\(label)")
        }
      case .mindmap(let root):
        emit(code.line, depth, "◇ mermaid mindmap")
        mindmap(root, depth: depth + 1)
      case .other(let kind, _):
        emit(code.line, depth, "◇ mermaid \(kind.isEmpty ? "(empty)" : kind) (kept as text)")
      case nil:
        let lineCount = code.code.split(separator: "\n", omittingEmptySubsequences: false).count
        emit(code.line, depth, "``` \(code.language ?? "code") (\(lineCount) lines)")
      }
    }

    mutating func mindmap(_ node: MindmapNode, depth: Int) {
      emit(node.line, depth, "○ " + node.text)
      for child in node.children { mindmap(child, depth: depth + 1) }
    }

    func describe(_ term: TermDefinition) -> String {
      var text = "[term] \(term.name)"
      if let parenthetical = term.parenthetical { text += " (\(parenthetical))" }
      if !term.definition.isEmpty { text += " := " + clip(term.definition) }
      return text
    }

    func clip(_ text: String) -> String {
      let flat = text.replacingLineBreaks()
      return flat.count > 100 ? String(flat.prefix(99)) + "…" : flat
    }
  }
}

/// Counts of what a note holds.
public struct OutlineStatistics: Equatable, Sendable {
  /// Headings.
  public var sections = 0
  /// Term/definition pairs (list items and paragraphs).
  public var terms = 0
  /// List items, at every depth.
  public var listItems = 0
  /// Tables.
  public var tables = 0
  /// Mermaid diagrams.
  public var diagrams = 0
  /// Task-list items.
  public var tasks = 0

  /// Counts everything in `document`.
  public init(_ document: NoteDocument) {
    for section in document.allSections {
      if section.heading != nil { sections += 1 }
      section.blocks.forEach { count($0) }
    }
  }

  private mutating func count(_ block: Block) {
    switch block {
    case .paragraph(let paragraph): terms += paragraph.terms.count
    case .list(let list):
      for item in list.items {
        listItems += 1
        if item.term != nil { terms += 1 }
        if item.task != nil { tasks += 1 }
        item.children.forEach { count($0) }
      }
    case .table: tables += 1
    case .code(let code): if code.diagram != nil { diagrams += 1 }
    case .quote(let quote): quote.blocks.forEach { count($0) }
    case .thematicBreak, .html: break
    }
  }
}
