import NoteOutline

extension ConceptGraph {
  /// Builds the graph of `documents`: concepts merged by `aliases` and acronyms, typed edges.
  public static func build(_ documents: [NoteDocument], aliases: AliasTable = AliasTable())
    -> ConceptGraph
  {
    var collector = GraphCollector()
    for document in documents { collector.collect(document) }
    var resolver = ConceptResolver(records: collector.records, aliases: aliases)
    let concepts = ConceptAccumulator.concepts(collector.records, resolver: &resolver)
    var idByKey: [String: String] = [:]
    for concept in concepts { idByKey[concept.key] = concept.id }
    var edges = EdgeAccumulator()
    for draft in collector.edges {
      guard let from = idByKey[resolver.cachedKey(draft.from)],
        let to = idByKey[resolver.cachedKey(draft.to)]
      else { continue }
      edges.add(draft, from: from, to: to)
    }
    let scanner = MentionScanner(concepts: concepts, aliases: aliases)
    for definition in collector.definitions {
      guard let owner = idByKey[resolver.cachedKey(definition.owner)] else { continue }
      for target in scanner.mentions(in: definition.text) where target != owner {
        edges.add(
          EdgeDraft(from: "", to: "", kind: .mentions, note: definition.note), from: owner,
          to: target)
      }
    }
    return ConceptGraph(concepts: concepts, edges: edges.edges())
  }
}

/// Gathers the names of one concept key into a concept.
struct ConceptAccumulator {
  var spellings: [String: Int] = [:]
  var kind = ConceptKind.diagramNode
  var occurrences: [ConceptOccurrence] = []

  static func concepts(_ records: [NameRecord], resolver: inout ConceptResolver) -> [Concept] {
    var groups: [String: ConceptAccumulator] = [:]
    var services: [String: Bool] = [:]
    for record in records {
      let key = resolver.cachedKey(record.name)
      let inner = record.parenthetical.flatMap { resolver.cachedKey($0) == key ? $0 : nil }
      let kind = kindOf(record, aliases: resolver.aliases, services: &services)
      // Mutated in place: copying the group out and back would copy its arrays every time.
      groups[key, default: ConceptAccumulator()].add(record, inner: inner, kind: kind)
    }
    let aliases = resolver.aliases
    return groups.keys.sorted().compactMap { key in
      groups[key].map { $0.concept(key: key, aliases: aliases) }
    }
  }

  private mutating func add(_ record: NameRecord, inner: String?, kind: ConceptKind) {
    spellings[record.name, default: 0] += 1
    if let inner { spellings[inner, default: 0] += 1 }
    if kind.rank < self.kind.rank { self.kind = kind }
    occurrences.append(record.occurrence)
  }

  private static func kindOf(
    _ record: NameRecord, aliases: AliasTable, services: inout [String: Bool]
  ) -> ConceptKind {
    for name in [record.name] + (record.parenthetical.map { [$0] } ?? []) {
      let service =
        services[name] ?? (aliases.canonical(name) != nil || ConceptNames.looksLikeService(name))
      services[name] = service
      if service { return .service }
    }
    return record.kind
  }

  func concept(key: String, aliases: AliasTable) -> Concept {
    let sorted = spellings.keys.sorted()
    let canonical = sorted.lazy.compactMap { aliases.canonical($0) }.first
    // Else the most used spelling; ties to the shorter, then the smaller.
    let common = spellings.sorted {
      ($1.value, $0.key.count, $0.key) < ($0.value, $1.key.count, $1.key)
    }.first?.key
    // Sorted, then repeats dropped: cheaper than hashing every heading path.
    let ordered = occurrences.sorted { ($0.note, $0.line) < ($1.note, $1.line) }
    var places: [ConceptOccurrence] = []
    for occurrence in ordered where places.last != occurrence { places.append(occurrence) }
    return Concept(
      id: StableID.make("concept-", [key]), key: key, name: canonical ?? common ?? key,
      spellings: sorted, kind: kind, occurrences: places)
  }
}

/// Merges repeated edges (one per source, target, kind and label), keeping every note.
struct EdgeAccumulator {
  /// What makes two edges one.
  private struct Identity: Hashable {
    var from: String
    var to: String
    var kind: EdgeKind
    var label: String?
  }

  private var order: [Identity] = []
  private var byIdentity: [Identity: ConceptEdge] = [:]

  mutating func add(_ draft: EdgeDraft, from: String, to: String) {
    guard from != to else { return }
    let identity = Identity(from: from, to: to, kind: draft.kind, label: draft.label)
    if byIdentity[identity] != nil {
      if !draft.note.isEmpty, byIdentity[identity]?.notes.last != draft.note,
        byIdentity[identity]?.notes.contains(draft.note) == false
      {
        byIdentity[identity]?.notes.append(draft.note)
      }
      return
    }
    order.append(identity)
    byIdentity[identity] = ConceptEdge(
      from: from, to: to, kind: draft.kind, label: draft.label, context: draft.context,
      notes: draft.note.isEmpty ? [] : [draft.note])
  }

  func edges() -> [ConceptEdge] {
    order.compactMap { byIdentity[$0] }.map { edge in
      var sorted = edge
      sorted.notes.sort()
      return sorted
    }
  }
}
