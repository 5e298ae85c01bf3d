/// A concept next to one a question is about, and how the two relate: `ALB flows to EC2`.
public struct RelatedConcept: Equatable, Sendable {
  /// The name of the question's concept.
  public var concept: String
  /// The relation read from the question's concept (`flows to`, `compared with`, …).
  public var relation: String
  /// The neighbour's name.
  public var name: String
  /// The mermaid edge label, when the diagram gave one.
  public var label: String?

  /// Creates a related concept.
  public init(concept: String, relation: String, name: String, label: String? = nil) {
    self.concept = concept
    self.relation = relation
    self.name = name
    self.label = label
  }

  /// `flows to CloudFront` (with the edge label in parentheses when there is one).
  public var phrase: String {
    relation + " " + name + (label.map { " (\($0))" } ?? "")
  }
}

extension ConceptGraph {
  /// The relations worth showing after an answer, most telling first: what a concept is
  /// compared with, where it flows, what it belongs to, what its definition names.
  static let relatedKinds: [EdgeKind] = [.comparedWith, .flowsTo, .partOf, .mentions]

  /// Up to `limit` concepts next to the ones `question` is about (its terms, resolved through
  /// the alias table and the graph's spellings), by relation (compared, flows, part of,
  /// mentions) and then the graph's order. Headings are left out (the answer screen shows the
  /// heading path already), and so are labels such as `특징` and, for mentions, anything but a
  /// service: a definition names many common words. Neighbours that are themselves the
  /// question's concepts are skipped.
  public func related(to question: Question, aliases: AliasTable, limit: Int = 4)
    -> [RelatedConcept]
  {
    var own: [Concept] = []
    for term in question.terms {
      guard let found = concept(named: term, aliases: aliases),
        !own.contains(where: { $0.id == found.id })
      else { continue }
      own.append(found)
    }
    let ownIDs = Set(own.map(\.id))
    var result: [RelatedConcept] = []
    var seen: Set<String> = []
    for kind in Self.relatedKinds {
      for concept in own {
        for neighbour in neighbours(of: concept.id, kinds: [kind]) {
          guard result.count < limit else { return result }
          let other = neighbour.concept
          guard other.kind != .heading, !Labels.isLabel(other.name),
            kind != .mentions || other.kind == .service, !ownIDs.contains(other.id),
            seen.insert(other.id).inserted
          else { continue }
          result.append(
            RelatedConcept(
              concept: concept.name, relation: neighbour.relation, name: other.name,
              label: neighbour.edge.label))
        }
      }
    }
    return result
  }
}
