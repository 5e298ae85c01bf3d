import NoteOutline

/// Reads the facts of every note: terms, attributes, enumerations, subject statements, tables,
/// cloze sources and scenarios. Checklists and authored cards are left to their own readers.
struct FactCollector {
  private(set) var facts = FactSet()
  private var document = 0

  /// What encloses a list: the heading's subject, or a bold parent term.
  private struct Parent {
    var subject: String?
    var headingPath: [String]
  }

  mutating func collect(_ documents: [NoteDocument]) -> FactSet {
    for (index, note) in documents.enumerated() {
      document = index
      visit(note.root)
    }
    removeRepeatedFacts()
    return facts
  }

  private mutating func visit(_ section: Section) {
    let subject = section.heading.map(\.title)
    let parent = Parent(subject: subject, headingPath: section.path)
    var plainStatements: [(String, Int)] = []
    collectAuthored(section)
    for block in section.blocks {
      switch block {
      case .list(let list):
        plainStatements += visit(list, under: parent, depth: 0)
      case .paragraph(let paragraph):
        visit(paragraph, under: parent)
      case .table(let table):
        addTable(table, headingPath: section.path)
      case .code(let code):
        if case .flowchart(let chart)? = code.diagram {
          let limit = BankLimits.maximumDiagramNodes
          guard chart.nodes.count <= limit else {
            facts.limitWarnings.append(
              (
                place(code.line, section.path),
                "a diagram of \(chart.nodes.count) nodes is not asked (at most \(limit))"
              ))
            continue
          }
          facts.diagrams.append(
            DiagramFact(
              chart: chart, context: section.heading?.title ?? "",
              place: place(code.line, section.path)))
          facts.subjects += DiagramTree.subjects(
            chart, document: document, headingPath: section.path)
        }
      case .quote(let quote):
        for case .paragraph(let paragraph) in quote.blocks { visit(paragraph, under: parent) }
        // An explanation quoted under the section (`> * DAX: …`) states facts like any list.
        for case .list(let list) in quote.blocks {
          plainStatements += visit(list, under: parent, depth: 0)
        }
      default:
        break
      }
    }
    if let heading = section.heading, plainStatements.count >= 2 {
      let container = "h:\(document):" + section.path.dropLast().joined(separator: "/")
      facts.subjects.append(
        SubjectFacts(
          subject: heading.title, statements: plainStatements,
          place: FactPlace(document: document, headingPath: section.path, line: heading.line),
          container: container + "#\(heading.level)"))
    }
    section.subsections.forEach { visit($0) }
    collectScenarios(section)
  }

  private mutating func visit(_ paragraph: Paragraph, under parent: Parent) {
    for term in paragraph.terms where Labels.isLabel(term.name) && !term.definition.isEmpty {
      if let subject = parent.subject {
        facts.attributes.append(
          AttributeFact(
            subject: subject, label: Labels.normalisedLabel(term.name), value: term.definition,
            place: place(term.line, parent.headingPath)))
      }
    }
  }

  /// Visits a list; returns the plain statements directly in it (for subject facts).
  private mutating func visit(_ list: ListBlock, under parent: Parent, depth: Int)
    -> [(String, Int)]
  {
    let container = "l:\(document):\(list.line)"
    var plain: [(String, Int)] = []
    for item in list.items where item.task == nil {
      if let term = item.term {
        visitTerm(item, term, under: parent, container: container, depth: depth)
      } else {
        let text = item.text.text
        // An item with nested items is a header for them, not a statement of its own.
        if !text.isEmpty, item.children.isEmpty { plain.append((text, item.line)) }
        addCloze(item.text, context: parent.subject, line: item.line, parent.headingPath, nil)
        let inner = Parent(subject: parent.subject, headingPath: parent.headingPath)
        visitChildren(item, under: inner, depth: depth)
      }
    }
    return plain
  }

  private mutating func visitChildren(_ item: ListItem, under parent: Parent, depth: Int) {
    for child in item.children {
      if case .list(let list) = child { _ = visit(list, under: parent, depth: depth + 1) }
      if case .table(let table) = child { addTable(table, headingPath: parent.headingPath) }
      // An answer quoted under a question item (`> * DAX: …`) holds the facts.
      if case .quote(let quote) = child {
        for case .list(let list) in quote.blocks {
          _ = visit(list, under: parent, depth: depth + 1)
        }
      }
    }
  }
}

extension FactCollector {
  private mutating func visitTerm(
    _ item: ListItem, _ term: TermDefinition, under parent: Parent, container: String, depth: Int
  ) {
    let here = place(item.line, parent.headingPath)
    if Labels.isLabel(term.name) {
      facts.labelTerms.append((term.name, here))
      addAttribute(item, term, subject: parent.subject, here)
      visitChildren(item, under: parent, depth: depth)
      return
    }
    let context = term.name
    if let (subject, label) = Labels.splitAttributeSuffix(term.name), !term.definition.isEmpty {
      // `Lambda 특징: …` is an attribute of Lambda, not a term to define.
      facts.attributes.append(
        AttributeFact(subject: subject, label: label, value: term.definition, place: here))
    } else if let members = Labels.inlineMembers(term.definition, name: term.name) {
      facts.enumerations.append(
        EnumerationFact(
          name: term.name, category: Labels.category(ofEnumeration: term.name), members: members,
          place: here))
    } else if !term.definition.isEmpty, !Labels.isOrdinalLabel(term.name) {
      facts.terms.append(
        TermFact(
          name: term.name, parenthetical: term.parenthetical, definition: term.definition,
          place: here, container: container))
      addCloze(
        item.text, context: parent.subject ?? context, line: item.line,
        parent.headingPath, term.term)
    }
    collectChildren(of: item, term, parent: parent, container: container, depth: depth)
  }

  /// A parent term's nested items: an enumeration of short names, or statements about it.
  private mutating func collectChildren(
    of item: ListItem, _ term: TermDefinition, parent: Parent, container: String, depth: Int
  ) {
    let subitems = item.subitems.filter { $0.task == nil }
    let plain = subitems.filter { $0.term == nil && !$0.text.text.isEmpty && $0.children.isEmpty }
    let here = place(item.line, parent.headingPath)
    let allPlain = subitems.allSatisfy { $0.term == nil }
    if term.definition.isEmpty, plain.count >= 3, plain.count == subitems.count, allPlain,
      plain.allSatisfy({ Labels.isMemberLike($0.text.text) })
    {
      facts.enumerations.append(
        EnumerationFact(
          name: term.name, category: Labels.category(ofEnumeration: term.name),
          members: plain.map(\.text.text), place: here))
    } else if plain.count >= 1, !Labels.isOrdinalLabel(term.name) {
      facts.subjects.append(
        SubjectFacts(
          subject: term.name, statements: plain.map { ($0.text.text, $0.line) }, place: here,
          container: container))
    }
    let inner = Parent(subject: term.name, headingPath: parent.headingPath)
    for child in item.children {
      if case .list(let list) = child {
        // Plain children were taken above as statements; visit for their own terms and clozes.
        _ = visit(list, under: inner, depth: depth + 1)
      }
      if case .table(let table) = child { addTable(table, headingPath: parent.headingPath) }
    }
  }

  private mutating func addAttribute(
    _ item: ListItem, _ term: TermDefinition, subject: String?, _ here: FactPlace
  ) {
    guard let subject else { return }
    let label = Labels.normalisedLabel(term.name)
    if !term.definition.isEmpty {
      facts.attributes.append(
        AttributeFact(subject: subject, label: label, value: term.definition, place: here))
      return
    }
    let values = item.subitems.filter { $0.term == nil }.map(\.text.text).filter { !$0.isEmpty }
    if values.count >= 3, values.allSatisfy(Labels.isMemberLike) {
      facts.enumerations.append(
        EnumerationFact(
          name: "\(subject)의 \(label)", category: "\(subject)의 \(label)", members: values,
          place: here))
    } else if !values.isEmpty {
      facts.attributes.append(
        AttributeFact(
          subject: subject, label: label, value: values.joined(separator: ", "), place: here))
    }
  }

  private mutating func addTable(_ table: Table, headingPath: [String]) {
    let here = place(table.line, headingPath)
    let limit = BankLimits.maximumTableColumns
    let shape = TableShape.classify(table)
    guard table.header.count > limit else {
      facts.tables.append(TableFact(table: table, shape: shape, place: here))
      return
    }
    let width = table.header.count
    if shape == .comparison {
      facts.limitWarnings.append(
        (here, "a comparison table of \(width) columns is not asked (at most \(limit))"))
      return
    }
    var cut = table
    cut.header = Array(table.header.prefix(limit))
    cut.rows = table.rows.map { Array($0.prefix(limit)) }
    cut.alignments = Array(table.alignments.prefix(limit))
    facts.limitWarnings.append(
      (here, "a table of \(width) columns is asked on its first \(limit) only"))
    facts.tables.append(TableFact(table: cut, shape: shape, place: here))
  }

  private mutating func addCloze(
    _ text: InlineText, context: String?, line: Int, _ headingPath: [String], _ term: String?
  ) {
    guard let context else { return }
    facts.clozes.append(
      ClozeSource(
        text: text, context: context, place: place(line, headingPath), leadingTerm: term))
  }

  private func place(_ line: Int, _ headingPath: [String]) -> FactPlace {
    FactPlace(document: document, headingPath: headingPath, line: line)
  }

  /// `요구사항` followed by `권장 아키텍처`: a scenario, titled by its heading, or by the list item
  /// the pair is nested under.
  private mutating func collectScenarios(_ section: Section) {
    guard let heading = section.heading else { return }
    var pairs: [TermDefinition] = []
    for block in section.blocks {
      if case .paragraph(let paragraph) = block { pairs += paragraph.terms }
      if case .list(let list) = block { pairs += list.items.compactMap(\.term) }
    }
    addScenarios(pairs, title: heading.title, path: section.path)
    for item in section.listItems where !item.subitems.isEmpty {
      let title = item.term?.name ?? item.text.text
      addScenarios(item.subitems.compactMap(\.term), title: title, path: section.path)
    }
  }

  private mutating func addScenarios(_ pairs: [TermDefinition], title: String, path: [String]) {
    var requirement: TermDefinition?
    for term in pairs {
      let label = Labels.normalisedLabel(term.name)
      if label == "요구사항" { requirement = term }
      if label == "권장 아키텍처", let need = requirement, !term.definition.isEmpty {
        facts.scenarios.append(
          ScenarioFact(
            title: title, requirement: need.definition, recommendation: term.definition,
            place: place(need.line, path)))
        requirement = nil
      }
    }
  }

  /// A fact written word for word in several notes (a copied section, a duplicated file) is
  /// asked once, from its first place: the copies would only make duplicate questions.
  private mutating func removeRepeatedFacts() {
    func unique<T>(_ items: [T], _ parts: (T) -> [String]) -> [T] {
      var seen: Set<UInt64> = []
      return items.filter { seen.insert(StableID.hash(parts($0))).inserted }
    }
    facts.terms = unique(facts.terms) { [$0.name, $0.parenthetical ?? "", $0.definition] }
    facts.attributes = unique(facts.attributes) { [$0.subject, $0.label, $0.value] }
    facts.enumerations = unique(facts.enumerations) { [$0.name] + $0.members }
    facts.subjects = unique(facts.subjects) { [$0.subject] + $0.statements.map(\.text) }
    facts.tables = unique(facts.tables) { $0.table.header + $0.table.rows.flatMap { $0 } }
    facts.clozes = unique(facts.clozes) { [$0.context, $0.text.text] }
    facts.scenarios = unique(facts.scenarios) { [$0.title, $0.requirement, $0.recommendation] }
    facts.diagrams = unique(facts.diagrams) { diagram in
      [diagram.context] + diagram.chart.nodes.map { $0.id + "\u{1F}" + $0.label }
        + diagram.chart.edges.map { $0.from + "\u{1F}" + $0.to + "\u{1F}" + ($0.label ?? "") }
    }
  }

  /// Cards and choice questions written by the learner in this section (not its subsections).
  private mutating func collectAuthored(_ section: Section) {
    for block in section.blocks {
      switch block {
      case .paragraph(let paragraph):
        authored(paragraph.text, lines: paragraph.lines, line: paragraph.line, section.path)
      case .list(let list):
        authoredItems(list, section.path)
      default:
        break
      }
    }
    // Quiz questions with their options or answers: choice questions and flip cards.
    for entry in QuizReader.entries(in: section.blocks) {
      switch entry {
      case .card(let front, let back, let line):
        facts.authored.append(
          AuthoredFact(
            shape: .card(AuthoredCards.Card(front: front, back: back, bothWays: false)),
            place: place(line, section.path)))
      case .choice(let question, let options, let keys, let line):
        facts.authored.append(
          AuthoredFact(
            shape: .choice(question: question, options: options, keys: keys),
            place: place(line, section.path)))
      }
    }
  }

  /// The items of a list and of the lists nested in it.
  private mutating func authoredItems(_ list: ListBlock, _ path: [String]) {
    for item in list.items where item.task == nil {
      authored(item.text, lines: [], line: item.line, path)
      for case .list(let inner) in item.children {
        authoredItems(inner, path)
      }
    }
  }

  private mutating func authored(
    _ text: InlineText, lines: [String], line: Int, _ path: [String]
  ) {
    // Most text holds neither `::`, `?` lines nor `==`: skip it cheaply.
    let raw = text.text
    guard raw.hasSubstring("::") || raw.hasSubstring("==") || !lines.isEmpty else { return }
    let here = place(line, path)
    if let card = AuthoredCards.multiLineCard(lines)
      ?? AuthoredCards.inlineCard(text.text, code: text.code)
    {
      facts.authored.append(AuthoredFact(shape: .card(card), place: here))
    }
    for (prompt, answer) in AuthoredCards.clozes(text.text) {
      facts.authored.append(
        AuthoredFact(shape: .cloze(prompt: prompt, answer: answer), place: here))
    }
  }

}
