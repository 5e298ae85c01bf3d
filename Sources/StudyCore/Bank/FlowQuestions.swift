import NoteOutline

/// Questions from mermaid flowcharts: what comes right after or before a node, which label an
/// edge carries, and the order of a chain of 3–5 nodes (never from diagrams with cycles).
extension BankBuilder {
  mutating func generateFlowQuestions() {
    for diagram in facts.diagrams {
      let flow = Flow(diagram.chart)
      guard flow.labels.count >= 3 else { continue }
      nextAndPrevious(diagram, flow)
      edgeLabels(diagram, flow)
      if !flow.hasCycle { ordering(diagram, flow) }
    }
  }

  private mutating func nextAndPrevious(_ diagram: DiagramFact, _ flow: Flow) {
    let lang = language(diagram.place)
    for edge in flow.edges {
      let from = flow.label(edge.from)
      let to = flow.label(edge.to)
      let place = FactPlace(
        document: diagram.place.document, headingPath: diagram.place.headingPath, line: edge.line)
      let fact = [
        "flow", TextNormalizer.key(diagram.context), TextNormalizer.key(from),
        TextNormalizer.key(to),
      ]
      let explanation =
        "\(diagram.context): \(from) → \(to)" + (edge.label.map { " (\($0))" } ?? "")
      if flow.successors(edge.from).count == 1 {
        let excluded = Set([from, to])
        emit(
          Candidate(
            kind: .flowNext, format: .singleChoice,
            prompt: Templates.flowNext(from, context: diagram.context, lang), keys: [to],
            distractors: flow.pick(excluding: excluded, seed: StableID.hash(fact + ["next"])),
            minimumDistractors: 2, explanation: explanation, place: place, terms: [from, to],
            fact: fact, identity: fact + ["next"], secrets: [to]))
      }
      if flow.predecessors(edge.to).count == 1 {
        let excluded = Set([from, to])
        emit(
          Candidate(
            kind: .flowPrevious, format: .singleChoice,
            prompt: Templates.flowPrevious(to, context: diagram.context, lang), keys: [from],
            distractors: flow.pick(excluding: excluded, seed: StableID.hash(fact + ["prev"])),
            minimumDistractors: 2, explanation: explanation, place: place, terms: [from, to],
            fact: fact, identity: fact + ["prev"], secrets: [from]))
      }
    }
  }

  private mutating func edgeLabels(_ diagram: DiagramFact, _ flow: Flow) {
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
        Candidate(
          kind: .flowEdgeLabel, format: .singleChoice,
          prompt: Templates.flowEdgeLabel(from, to, context: diagram.context, lang),
          keys: [label], distractors: picker.pick([labels.filter { $0 != label }]),
          minimumDistractors: 2, explanation: "\(diagram.context): \(from) → \(to) (\(label))",
          place: place, terms: [from, to], fact: fact, identity: fact + ["label"], secrets: []))
    }
  }

  private mutating func ordering(_ diagram: DiagramFact, _ flow: Flow) {
    let lang = language(diagram.place)
    // One ordering per diagram: the chain from its first starting node (the others overlap it).
    for chain in flow.chains().prefix(1) {
      let labels = chain.map(flow.label)
      let fact = ["order", TextNormalizer.key(diagram.context)] + labels.map(TextNormalizer.key)
      var options = labels
      var generator = SeededGenerator(seed: StableID.hash(fact))
      // Shown shuffled, never already in order.
      repeat { options.shuffle(using: &generator) } while options == labels
      emit(
        Candidate(
          kind: .flowOrder, format: .ordering,
          prompt: Templates.flowOrder(context: diagram.context, lang), keys: labels,
          distractors: [], explanation: "\(diagram.context): " + labels.joined(separator: " → "),
          place: diagram.place, terms: labels, fact: fact, identity: fact, secrets: [],
          presetOptions: options))
    }
  }
}
