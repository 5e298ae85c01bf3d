import NoteOutline

/// One name seen in a note, before names are merged into concepts.
struct NameRecord: Sendable {
  var name: String
  var parenthetical: String?
  var kind: ConceptKind
  var occurrence: ConceptOccurrence
}

/// An edge between two names, before names are resolved to concepts.
struct EdgeDraft: Sendable {
  var from: String
  var to: String
  var kind: EdgeKind
  var label: String?
  var context: String?
  /// The note's index in ``GraphCollector/notes``; -1 for none.
  var note: Int
}

/// Walks parsed notes once and collects names, edges and definitions.
struct GraphCollector {
  private(set) var records: [NameRecord] = []
  private(set) var edges: [EdgeDraft] = []
  /// Definitions to scan for mentions: the owner's name and the text.
  private(set) var definitions: [(owner: String, text: String, note: Int)] = []
  /// The ids of the notes collected, in order; edges and definitions refer to them by index.
  private(set) var notes: [String] = []
  private var note = ""
  private var noteIndex = -1
  /// Headings already judged subject or not: the same titles recur across notes.
  private var subjectHeadings: [RawName: Bool] = [:]
  private var path: [String] = []

  /// Names longer than this are sentences, not concepts.
  static let maximumNameLength = 60

  mutating func collect(_ document: NoteDocument) {
    note = document.id
    noteIndex = notes.count
    notes.append(document.id)
    visit(document.root, parent: nil)
  }

  private mutating func visit(_ section: Section, parent: String?) {
    path = section.path
    var owner = parent
    if let heading = section.heading {
      let parts = ConceptNames.versusParts(heading.title)
      if parts.isEmpty {
        // A heading that only organises the notes is no concept: what is under it belongs to
        // the subject above.
        if isSubjectHeading(heading.title),
          let name = add(heading.title, kind: .heading, line: heading.line)
        {
          if let parent { link(name, parent, .partOf) }
          owner = name
        }
      } else {
        let names = parts.compactMap { add($0, kind: .term, line: heading.line) }
        compare(names)
      }
    }
    for block in section.blocks { visit(block, owner: owner) }
    for subsection in section.subsections { visit(subsection, parent: owner) }
  }

  private mutating func visit(_ block: Block, owner: String?) {
    switch block {
    case .list(let list):
      for item in list.items { visit(item, owner: owner) }
    case .paragraph(let paragraph):
      for term in paragraph.terms { addTerm(term, owner: owner) }
    case .table(let table):
      visit(table, owner: owner)
    case .code(let code):
      switch code.diagram {
      case .flowchart(let chart): visit(chart)
      case .mindmap(let root): visit(root, parent: nil)
      default: break
      }
    case .quote(let quote):
      for inner in quote.blocks { visit(inner, owner: owner) }
    case .thematicBreak, .html:
      break
    }
  }

  private mutating func visit(_ item: ListItem, owner: String?) {
    var childOwner = owner
    if let term = item.term { childOwner = addTerm(term, owner: owner) ?? owner }
    for child in item.children { visit(child, owner: childOwner) }
  }

  @discardableResult
  private mutating func addTerm(_ term: TermDefinition, owner: String?) -> String? {
    guard let name = add(term.name, parenthetical: term.parenthetical, kind: .term, line: term.line)
    else { return nil }
    if let owner { link(name, owner, .partOf) }
    if !term.definition.isEmpty { definitions.append((name, term.definition, noteIndex)) }
    return name
  }

  private mutating func visit(_ table: Table, owner: String?) {
    let first = TextNormalizer.key(table.header.first ?? "")
    let comparison = ["", "항목", "속성", "구분", "비교"].contains(first) && table.header.count >= 3
    if comparison {
      compare(table.header.dropFirst().compactMap { add($0, kind: .term, line: table.line) })
      return
    }
    for (index, row) in table.rows.enumerated() {
      guard let key = row.first else { continue }
      let line = index < table.rowLines.count ? table.rowLines[index] : table.line
      guard let name = add(key, kind: .term, line: line) else { continue }
      if let owner { link(name, owner, .partOf) }
      let rest = row.dropFirst().joined(separator: " ")
      if !rest.isEmpty { definitions.append((name, rest, noteIndex)) }
    }
  }

  private mutating func visit(_ chart: Flowchart) {
    var names: [String: String] = [:]
    for node in chart.nodes {
      let label = ConceptNames.diagramLabel(node.label)
      // An id that abbreviates its label (`ALB[Application Load Balancer]`) is one more
      // spelling of it; ids like `A` or `web1` are not.
      let id =
        ConceptNames.mayAbbreviate(node.id, label) && ConceptNames.isAcronymPair(node.id, label)
        ? node.id : nil
      names[node.id] = add(label, parenthetical: id, kind: .diagramNode, line: node.line)
    }
    let context = path.last
    for edge in chart.edges {
      guard let from = names[edge.from], let to = names[edge.to] else { continue }
      edges.append(
        EdgeDraft(
          from: from, to: to, kind: .flowsTo, label: edge.label?.removingEmoji().nonEmpty,
          context: context, note: noteIndex))
    }
  }

  private mutating func isSubjectHeading(_ title: String) -> Bool {
    let raw = RawName(title)
    if let known = subjectHeadings[raw] { return known }
    let subject = ConceptNames.isSubjectHeading(title)
    subjectHeadings[raw] = subject
    return subject
  }

  /// A mindmap node is a concept, part of the node it hangs from.
  private mutating func visit(_ node: MindmapNode, parent: String?) {
    let name = add(ConceptNames.diagramLabel(node.text), kind: .diagramNode, line: node.line)
    if let name, let parent { link(name, parent, .partOf) }
    for child in node.children { visit(child, parent: name ?? parent) }
  }

  /// Records a name; returns the name used for edges, or `nil` when it is no concept.
  private mutating func add(
    _ raw: String, parenthetical: String? = nil, kind: ConceptKind, line: Int
  ) -> String? {
    // Emoji gone, white space folded and trimmed.
    var name = raw.removingEmoji()
    var inner = parenthetical
    if inner == nil { (name, inner) = ConceptNames.splitParenthetical(name) }
    guard !name.isEmpty, name.count <= Self.maximumNameLength,
      name.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
      )
    else { return nil }
    let occurrence = ConceptOccurrence(note: note, line: line, headingPath: path)
    records.append(NameRecord(name: name, parenthetical: inner, kind: kind, occurrence: occurrence))
    return name
  }

  private mutating func link(_ from: String, _ to: String, _ kind: EdgeKind) {
    // Only comparisons say where they were made; a part knows its whole already.
    let context = kind == .comparedWith ? path.last : nil
    edges.append(EdgeDraft(from: from, to: to, kind: kind, context: context, note: noteIndex))
  }

  private mutating func compare(_ names: [String]) {
    for (offset, first) in names.enumerated() {
      for second in names.dropFirst(offset + 1) { link(first, second, .comparedWith) }
    }
  }
}

extension String {
  /// The text, or `nil` when it is blank.
  var nonEmpty: String? {
    let trimmed = trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
