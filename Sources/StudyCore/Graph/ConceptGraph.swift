/// What a concept is: a service, a defined term, a subject heading or a diagram node.
public enum ConceptKind: String, Equatable, Sendable, Codable, CaseIterable {
  /// An AWS service or product (in the alias list, or named like one).
  case service
  /// A term the notes define (list term, table row key).
  case term
  /// A subject heading.
  case heading
  /// A label of a mermaid diagram node only.
  case diagramNode

  /// Which kind wins when one concept is seen in several roles (lower first).
  var rank: Int {
    switch self {
    case .service: 0
    case .term: 1
    case .heading: 2
    case .diagramNode: 3
    }
  }
}

/// How two concepts are related.
public enum EdgeKind: String, Equatable, Sendable, Codable, CaseIterable {
  /// `from` is part of `to` (a term under its heading or parent term).
  case partOf
  /// `from` flows to `to` in a mermaid diagram.
  case flowsTo
  /// `from` and `to` are compared (columns of one comparison table, "A vs B").
  case comparedWith
  /// `from`'s definition names `to`.
  case mentions

  /// The label for an outgoing edge, as the text and DOT forms print it.
  public var outgoingLabel: String {
    switch self {
    case .partOf: "part of"
    case .flowsTo: "flows to"
    case .comparedWith: "compared with"
    case .mentions: "mentions"
    }
  }

  /// The label for an incoming edge.
  public var incomingLabel: String {
    switch self {
    case .partOf: "has part"
    case .flowsTo: "flows from"
    case .comparedWith: "compared with"
    case .mentions: "mentioned by"
    }
  }
}

/// One place a concept appears.
public struct ConceptOccurrence: Equatable, Hashable, Sendable, Codable {
  /// The note's id.
  public var note: String
  /// The 1-based source line.
  public var line: Int
  /// The heading path the occurrence is under.
  public var headingPath: [String]

  /// Creates an occurrence.
  public init(note: String, line: Int, headingPath: [String]) {
    self.note = note
    self.line = line
    self.headingPath = headingPath
  }
}

/// A named thing, merged across notes by aliases.
public struct Concept: Identifiable, Equatable, Sendable, Codable {
  /// Stable id: a hash of the canonical key.
  public var id: String
  /// The comparison key every spelling of the concept resolves to.
  public var key: String
  /// The name to show.
  public var name: String
  /// Every spelling seen in the notes, sorted.
  public var spellings: [String]
  /// The strongest role the concept plays.
  public var kind: ConceptKind
  /// Where it appears, in note then line order.
  public var occurrences: [ConceptOccurrence]

  /// Creates a concept.
  public init(
    id: String, key: String, name: String, spellings: [String], kind: ConceptKind,
    occurrences: [ConceptOccurrence]
  ) {
    self.id = id
    self.key = key
    self.name = name
    self.spellings = spellings
    self.kind = kind
    self.occurrences = occurrences
  }

  /// The notes the concept appears in, sorted.
  public var notes: [String] { Array(Set(occurrences.map(\.note))).sorted() }
}

/// A typed relation between two concepts.
public struct ConceptEdge: Equatable, Hashable, Sendable, Codable {
  /// The source concept's id.
  public var from: String
  /// The target concept's id.
  public var to: String
  /// The relation.
  public var kind: EdgeKind
  /// The mermaid edge label, if any.
  public var label: String?
  /// Where it was stated: the heading a diagram or table is under.
  public var context: String?
  /// The notes stating it, sorted.
  public var notes: [String]

  /// Creates an edge.
  public init(
    from: String, to: String, kind: EdgeKind, label: String? = nil, context: String? = nil,
    notes: [String] = []
  ) {
    self.from = from
    self.to = to
    self.kind = kind
    self.label = label
    self.context = context
    self.notes = notes
  }
}

/// Every concept of a set of notes and the typed edges between them.
///
/// The JSON form (`version`, `concepts`, `edges`) is the stable one other tools read.
public struct ConceptGraph: Equatable, Sendable, Codable {
  /// The format version of the JSON form.
  public static let formatVersion = 1

  /// The format version this value was written with.
  public var version: Int
  /// Concepts sorted by name key, then id.
  public var concepts: [Concept]
  /// Edges sorted by source, kind, target and label.
  public var edges: [ConceptEdge]
  /// Concept index by id.
  let byID: [String: Int]
  /// Concept id by the name key of every spelling.
  let byName: [String: String]
  /// Indexes into `edges` by the id of either end.
  let adjacency: [String: [Int]]

  enum CodingKeys: String, CodingKey { case version, concepts, edges }

  /// Creates a graph; concepts and edges are sorted into their canonical order.
  public init(concepts: [Concept], edges: [ConceptEdge], version: Int = ConceptGraph.formatVersion)
  {
    self.version = version
    self.concepts = concepts.sorted { ($0.key, $0.id) < ($1.key, $1.id) }
    self.edges = edges.sorted {
      ($0.from, $0.kind.rawValue, $0.to, $0.label ?? "") < (
        $1.from, $1.kind.rawValue, $1.to, $1.label ?? ""
      )
    }
    var byID: [String: Int] = [:]
    var byName: [String: String] = [:]
    for (index, concept) in self.concepts.enumerated() {
      byID[concept.id] = index
      for spelling in concept.spellings + [concept.name] {
        let key = TextNormalizer.nameKey(spelling)
        if byName[key] == nil { byName[key] = concept.id }
      }
      byName[concept.key] = concept.id
    }
    self.byID = byID
    self.byName = byName
    var adjacency: [String: [Int]] = [:]
    for (index, edge) in self.edges.enumerated() {
      adjacency[edge.from, default: []].append(index)
      adjacency[edge.to, default: []].append(index)
    }
    self.adjacency = adjacency
  }

  /// Decodes the JSON form and rebuilds the indexes.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      concepts: try container.decode([Concept].self, forKey: .concepts),
      edges: try container.decode([ConceptEdge].self, forKey: .edges),
      version: try container.decode(Int.self, forKey: .version))
  }

  /// Encodes the JSON form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(version, forKey: .version)
    try container.encode(concepts, forKey: .concepts)
    try container.encode(edges, forKey: .edges)
  }

  /// Compares concepts and edges (the indexes follow from them).
  public static func == (lhs: ConceptGraph, rhs: ConceptGraph) -> Bool {
    lhs.version == rhs.version && lhs.concepts == rhs.concepts && lhs.edges == rhs.edges
  }

  /// The concept with this id.
  public func concept(id: String) -> Concept? { byID[id].map { concepts[$0] } }
}
