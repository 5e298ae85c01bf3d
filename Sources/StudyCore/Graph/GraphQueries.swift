/// Which way an edge points from the concept asked about.
public enum EdgeDirection: String, Equatable, Sendable, Codable {
  /// The concept is the edge's source.
  case outgoing
  /// The concept is the edge's target.
  case incoming
}

/// A concept next to another one, and the edge between them.
public struct Neighbour: Equatable, Sendable {
  /// The neighbouring concept.
  public var concept: Concept
  /// The edge joining them.
  public var edge: ConceptEdge
  /// Whether the edge leaves or enters the concept asked about.
  public var direction: EdgeDirection

  /// The relation as read from the concept asked about (`flows to`, `flows from`, …).
  public var relation: String {
    direction == .outgoing ? edge.kind.outgoingLabel : edge.kind.incomingLabel
  }
}

/// A shortest path: the concepts from start to end and the edges between them.
public struct ConceptPath: Equatable, Sendable {
  /// The concepts, start first.
  public var concepts: [Concept]
  /// The edges, one fewer than the concepts.
  public var edges: [ConceptEdge]
}

extension ConceptGraph {
  /// The concept a name means: by its key (any spelling seen, `Route53` = `Route 53`).
  public func concept(named name: String, aliases: AliasTable = AliasTable()) -> Concept? {
    let keys = [TextNormalizer.nameKey(name), aliases.conceptKey(name), TextNormalizer.key(name)]
    for key in keys { if let id = byName[key], let found = concept(id: id) { return found } }
    return nil
  }

  /// The neighbours of a concept, of the given kinds (all when `nil`), sorted by relation,
  /// then name.
  public func neighbours(of id: String, kinds: Set<EdgeKind>? = nil) -> [Neighbour] {
    var result: [Neighbour] = []
    for index in adjacency[id] ?? [] {
      let edge = edges[index]
      guard kinds?.contains(edge.kind) ?? true else { continue }
      let outgoing = edge.from == id
      guard let other = concept(id: outgoing ? edge.to : edge.from) else { continue }
      result.append(
        Neighbour(concept: other, edge: edge, direction: outgoing ? .outgoing : .incoming))
    }
    return result.sorted {
      ($0.edge.kind.rawValue, $0.direction.rawValue, $0.concept.key, $0.edge.label ?? "")
        < ($1.edge.kind.rawValue, $1.direction.rawValue, $1.concept.key, $1.edge.label ?? "")
    }
  }

  /// The questions about a concept: those whose terms name it (compared by concept key).
  public func questions(about id: String, in questions: [Question], aliases: AliasTable)
    -> [Question]
  {
    guard let target = concept(id: id) else { return [] }
    return questions.filter { question in
      question.terms.contains { term in
        concept(named: term, aliases: aliases)?.id == target.id
      }
    }
  }

  /// The concepts of a topic: those appearing under the heading path (by key, prefix match).
  public func concepts(inTopic path: [String]) -> [Concept] {
    let wanted = path.map(TextNormalizer.key)
    return concepts.filter { concept in
      concept.occurrences.contains { occurrence in
        occurrence.headingPath.count >= wanted.count
          && zip(occurrence.headingPath, wanted).allSatisfy { TextNormalizer.key($0) == $1 }
      }
    }
  }

  /// The shortest path between two concepts over edges of any direction (breadth first;
  /// ties go to the neighbour with the smaller key); `nil` when they are not connected.
  public func shortestPath(from start: String, to end: String, kinds: Set<EdgeKind>? = nil)
    -> ConceptPath?
  {
    guard let first = concept(id: start), concept(id: end) != nil else { return nil }
    var previous: [String: (String, ConceptEdge)] = [:]
    var visited: Set<String> = [start]
    var frontier = [start]
    while !frontier.isEmpty, !visited.contains(end) {
      var next: [String] = []
      for id in frontier {
        for neighbour in neighbours(of: id, kinds: kinds).sorted(by: {
          $0.concept.key < $1.concept.key
        })
        where visited.insert(neighbour.concept.id).inserted {
          previous[neighbour.concept.id] = (id, neighbour.edge)
          next.append(neighbour.concept.id)
        }
      }
      frontier = next
    }
    guard visited.contains(end) else { return nil }
    var ids = [end]
    var steps: [ConceptEdge] = []
    while let last = ids.last, last != start, let (before, edge) = previous[last] {
      ids.append(before)
      steps.append(edge)
    }
    let path = ids.reversed().compactMap { concept(id: $0) }
    return ConceptPath(concepts: path.isEmpty ? [first] : path, edges: steps.reversed())
  }

  /// The part of the graph within `depth` edges of a concept (any kind, any direction).
  public func neighbourhood(of id: String, depth: Int) -> ConceptGraph {
    var kept: Set<String> = [id]
    var frontier = [id]
    for _ in 0..<max(depth, 0) {
      var next: [String] = []
      for current in frontier {
        for neighbour in neighbours(of: current) where kept.insert(neighbour.concept.id).inserted {
          next.append(neighbour.concept.id)
        }
      }
      frontier = next.sorted()
    }
    return ConceptGraph(
      concepts: concepts.filter { kept.contains($0.id) },
      edges: edges.filter { kept.contains($0.from) && kept.contains($0.to) })
  }
}
