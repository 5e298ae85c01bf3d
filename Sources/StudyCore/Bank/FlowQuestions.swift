import NoteOutline

/// Questions from mermaid flowcharts: what comes right after or before a node, which label an
/// edge carries, and the order of a chain of 3–5 nodes (never from diagrams with cycles).
extension BankBuilder {
  mutating func generateFlowQuestions() {
    for diagram in facts.diagrams {
      let flow = Flow(diagram.chart)
      guard flow.labels.count >= 3 else { continue }
      let shape = FlowShape(flow, diagram.chart)
      guard shape.isSequence else {
        // A tree, mind map or decision guide has no "next": its edges are categories or
        // answers, so it is not asked as a sequence at all.
        report.drop(
          .diagramShape, kind: nil, subject: diagram.context, source: source(diagram.place))
        continue
      }
      let structure: SourceStructure = shape == .path ? .diagramPath : .diagram
      nextAndPrevious(diagram, flow, structure)
      edgeLabels(diagram, flow, structure)
      if !flow.hasCycle { ordering(diagram, flow, structure) }
    }
  }

  /// Whether a node may be the key of a diagram question: not who starts the flow, not a
  /// numbered copy, not the diagram's title or its root, and (outside pipelines) a named thing.
  private func askable(_ id: String, in flow: Flow, _ diagram: DiagramFact, path: Bool) -> Bool {
    let label = flow.label(id)
    guard !FlowNodes.isActor(label), !FlowNodes.isNumberedCopy(label),
      TextNormalizer.key(label) != TextNormalizer.key(diagram.context),
      !(flow.predecessors(id).isEmpty && flow.successors(id).count > 1)
    else { return false }
    return path || FlowNodes.namesThing(label)
  }

  private mutating func nextAndPrevious(
    _ diagram: DiagramFact, _ flow: Flow, _ structure: SourceStructure
  ) {
    let lang = language(diagram.place)
    let path = structure == .diagramPath
    for edge in flow.edges {
      let from = flow.label(edge.from)
      let to = flow.label(edge.to)
      // A copy (`웹서버 2`) on either end makes the edge a detail of the picture.
      guard !FlowNodes.isNumberedCopy(from), !FlowNodes.isNumberedCopy(to) else { continue }
      let place = FactPlace(
        document: diagram.place.document, headingPath: diagram.place.headingPath, line: edge.line)
      let fact = [
        "flow", TextNormalizer.key(diagram.context), TextNormalizer.key(from),
        TextNormalizer.key(to),
      ]
      let explanation =
        "\(diagram.context): \(from) → \(to)" + (edge.label.map { " (\($0))" } ?? "")
      if flow.successors(edge.from).count == 1, askable(edge.to, in: flow, diagram, path: path) {
        let drawn = flow.neighbourhood(asking: edge.to, after: edge.from, before: nil)
        let excluded = Set(([edge.to] + drawn.shown).map(flow.label))
        emit(
          structure,
          Candidate(
            kind: .flowNext, format: .singleChoice,
            prompt: Templates.flowQuestion(drawn.line, context: diagram.context, lang), keys: [to],
            distractors: flow.pick(excluding: excluded, seed: StableID.hash(fact + ["next"])),
            minimumDistractors: 2, explanation: explanation, place: place, terms: [from, to],
            fact: fact, identity: fact + ["next"], secrets: [to]))
      }
      if flow.predecessors(edge.to).count == 1, askable(edge.from, in: flow, diagram, path: path) {
        let drawn = flow.neighbourhood(asking: edge.from, after: nil, before: edge.to)
        let excluded = Set(([edge.from] + drawn.shown).map(flow.label))
        emit(
          structure,
          Candidate(
            kind: .flowPrevious, format: .singleChoice,
            prompt: Templates.flowQuestion(drawn.line, context: diagram.context, lang),
            keys: [from],
            distractors: flow.pick(excluding: excluded, seed: StableID.hash(fact + ["prev"])),
            minimumDistractors: 2, explanation: explanation, place: place, terms: [from, to],
            fact: fact, identity: fact + ["prev"], secrets: [from]))
      }
    }
  }

  private mutating func edgeLabels(
    _ diagram: DiagramFact, _ flow: Flow, _ structure: SourceStructure
  ) {
    let labels = BankBuilder.unique(flow.edges.compactMap(\.label))
    guard labels.count >= 3 else { return }
    let lang = language(diagram.place)
    for edge in flow.edges {
      guard let label = edge.label else { continue }
      let from = flow.label(edge.from)
      let to = flow.label(edge.to)
      let place = FactPlace(
        document: diagram.place.document, headingPath: diagram.place.headingPath, line: edge.line)
      let fact = [
        "flow", TextNormalizer.key(diagram.context), TextNormalizer.key(from),
        TextNormalizer.key(to),
      ]
      let picker = DistractorPicker(
        cache: cache, key: label, count: 3, seed: StableID.hash(fact + ["label"]),
        rejects: { _ in false })
      emit(
        structure,
        Candidate(
          kind: .flowEdgeLabel, format: .singleChoice,
          prompt: Templates.flowEdgeLabel(from, to, context: diagram.context, lang),
          keys: [label], distractors: picker.pick([labels.filter { $0 != label }]),
          minimumDistractors: 2, explanation: "\(diagram.context): \(from) → \(to) (\(label))",
          place: place, terms: [from, to], fact: fact, identity: fact + ["label"], secrets: []))
    }
  }

  private mutating func ordering(
    _ diagram: DiagramFact, _ flow: Flow, _ structure: SourceStructure
  ) {
    let lang = language(diagram.place)
    // One ordering per diagram: the chain from its first starting node (the others overlap it).
    for chain in flow.chains().prefix(1) {
      // Who starts the flow (`개발자`, `사용자`) is no step to put in order.
      let labels = Array(chain.map(flow.label).drop(while: FlowNodes.isActor))
      guard labels.count >= 3 else { continue }
      let fact = ["order", TextNormalizer.key(diagram.context)] + labels.map(TextNormalizer.key)
      var options = labels
      var generator = SeededGenerator(seed: StableID.hash(fact))
      // Shown shuffled, never already in order.
      repeat { options.shuffle(using: &generator) } while options == labels
      emit(
        structure,
        Candidate(
          kind: .flowOrder, format: .ordering,
          prompt: Templates.flowOrder(context: diagram.context, lang), keys: labels,
          distractors: [], explanation: "\(diagram.context): " + labels.joined(separator: " → "),
          place: diagram.place, terms: labels, fact: fact, identity: fact, secrets: [],
          presetOptions: options))
    }
  }
}
