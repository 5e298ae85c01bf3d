import StudyCore

/// The concept graph of the notes with the alias table that resolves names into it: where a
/// drill item's "related" concepts come from. Built once when the app starts.
public struct ConceptLinks: Sendable {
  /// The graph of the same notes the bank was built from.
  public let graph: ConceptGraph
  /// The alias lists the bank and the graph were built with.
  public let aliases: AliasTable
  /// How many related concepts an answer screen shows at most.
  public let limit: Int

  /// Links over `graph`, resolving names with `aliases`; an empty graph gives no links.
  public init(
    graph: ConceptGraph = ConceptGraph(concepts: [], edges: []),
    aliases: AliasTable = AliasTable(), limit: Int = 4
  ) {
    self.graph = graph
    self.aliases = aliases
    self.limit = limit
  }

  /// The concepts next to `question`'s, with their relation.
  public func related(to question: Question) -> [RelatedConcept] {
    graph.related(to: question, aliases: aliases, limit: limit)
  }
}
