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
    var indexes = ConceptIndexer(concepts: concepts, resolver: resolver)
    var edges = EdgeAccumulator()
    for draft in collector.edges {
      guard let from = indexes.index(of: draft.from), let to = indexes.index(of: draft.to)
      else { continue }
      edges.add(draft, from: from, to: to)
    }
    var scanner = MentionScanner(concepts: concepts, aliases: aliases)
    for definition in collector.definitions {
      guard let owner = indexes.index(of: definition.owner) else { continue }
      for target in scanner.mentions(in: definition.text) where target != owner {
        edges.add(
          EdgeDraft(from: "", to: "", kind: .mentions, note: definition.note), from: owner,
          to: target)
      }
    }
    return ConceptGraph(
      concepts: concepts, edges: edges.edges(concepts: concepts, notes: collector.notes))
  }
}

/// A concept's index by name as written, worked out once per name: one dictionary lookup per
/// edge end instead of a key lookup then an id lookup.
struct ConceptIndexer {
  private var resolver: ConceptResolver
  private var indexByKey: [RawName: Int] = [:]
  private var indexByName: [RawName: Int?] = [:]

  init(concepts: [Concept], resolver: ConceptResolver) {
    self.resolver = resolver
    for (index, concept) in concepts.enumerated() { indexByKey[RawName(concept.key)] = index }
  }

  mutating func index(of name: String) -> Int? {
    let raw = RawName(name)
    if let known = indexByName[raw] { return known }
    let found = indexByKey[RawName(resolver.cachedKey(name))]
    indexByName[raw] = found
    return found
  }
}

/// Gathers the names of one concept key into a concept.
struct ConceptAccumulator {
  var spellings: [String: Int] = [:]
  var kind = ConceptKind.diagramNode
  var occurrences: [ConceptOccurrence] = []

  static func concepts(_ records: [NameRecord], resolver: inout ConceptResolver) -> [Concept] {
    // Concept keys are normalised already, so their bytes can key the groups.
    var groups: [RawName: ConceptAccumulator] = [:]
    var services: [RawName: Bool] = [:]
    for record in records {
      let key = resolver.cachedKey(record.name)
      let inner = record.parenthetical.flatMap { resolver.cachedKey($0) == key ? $0 : nil }
      let kind = kindOf(record, aliases: resolver.aliases, services: &services)
      // Mutated in place: copying the group out and back would copy its arrays every time.
      groups[RawName(key), default: ConceptAccumulator()].add(record, inner: inner, kind: kind)
    }
    let aliases = resolver.aliases
    return groups.keys.map(\.text).sorted().compactMap { key in
      groups[RawName(key)].map { $0.concept(key: key, aliases: aliases) }
    }
  }

  private mutating func add(_ record: NameRecord, inner: String?, kind: ConceptKind) {
    spellings[record.name, default: 0] += 1
    if let inner { spellings[inner, default: 0] += 1 }
    if kind.rank < self.kind.rank { self.kind = kind }
    occurrences.append(record.occurrence)
  }

  private static func kindOf(
    _ record: NameRecord, aliases: AliasTable, services: inout [RawName: Bool]
  ) -> ConceptKind {
    func isService(_ name: String) -> Bool {
      let raw = RawName(name)
      if let known = services[raw] { return known }
      let service = ConceptNames.isService(name, aliases: aliases)
      services[raw] = service
      return service
    }
    if isService(record.name) { return .service }
    if let inner = record.parenthetical, isService(inner) { return .service }
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
/// Concepts and notes are numbered while edges are gathered; ids and note names are put in
/// only once, at the end.
struct EdgeAccumulator {
  /// What makes two edges one.
  private struct Identity: Hashable {
    var from: Int32
    var to: Int32
    var kind: EdgeKind
    var label: String?
  }

  /// An edge being gathered: where it was first stated and the notes stating it.
  private struct Pending {
    var identity: Identity
    var context: String?
    var notes: [Int32]
  }

  private var slotByIdentity: [Identity: Int] = [:]
  private var pending: [Pending] = []

  mutating func add(_ draft: EdgeDraft, from: Int, to: Int) {
    guard from != to else { return }
    let identity = Identity(from: Int32(from), to: Int32(to), kind: draft.kind, label: draft.label)
    let note = Int32(draft.note)
    if let slot = slotByIdentity[identity] {
      if draft.note >= 0, pending[slot].notes.last != note, !pending[slot].notes.contains(note) {
        pending[slot].notes.append(note)
      }
      return
    }
    slotByIdentity[identity] = pending.count
    pending.append(
      Pending(identity: identity, context: draft.context, notes: draft.note >= 0 ? [note] : []))
  }

  /// The merged edges, with concept ids from `concepts` and note names from `notes`.
  func edges(concepts: [Concept], notes: [String]) -> [ConceptEdge] {
    pending.map { edge in
      ConceptEdge(
        from: concepts[Int(edge.identity.from)].id, to: concepts[Int(edge.identity.to)].id,
        kind: edge.identity.kind, label: edge.identity.label, context: edge.context,
        notes: Array(Set(edge.notes.map { notes[Int($0)] })).sorted())
    }
  }
}
