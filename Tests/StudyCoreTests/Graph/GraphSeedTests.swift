import NoteOutline
import StudyCore
import Testing

/// The graph of the bundled Content/ notes and the seed notes (skipped when the seeds are absent).
@Suite("Concept graph: Content and seed notes")
struct GraphSeedTests {
  static let contentGraph: ConceptGraph? = (try? BankFixtures.contentNotes()).map {
    ConceptGraph.build($0, aliases: BankFixtures.aliases)
  }
  static let seedGraph: ConceptGraph? =
    BankFixtures.seedsAvailable
    ? (try? BankFixtures.seedNotes()).map { ConceptGraph.build($0, aliases: BankFixtures.aliases) }
    : nil

  static func seeds() -> ConceptGraph? {
    if seedGraph == nil {
      print("notice: seed notes not found at \(BankFixtures.seeds.path); skipped")
    }
    return seedGraph
  }

  @Test("ALB is one concept across all three seed notes")
  func albAcrossSeeds() throws {
    guard let graph = Self.seeds() else { return }
    let alb = try #require(graph.concept(named: "ALB", aliases: BankFixtures.aliases))
    #expect(
      graph.concept(named: "Application Load Balancer", aliases: BankFixtures.aliases)?.id == alb.id
    )
    #expect(alb.notes == ["architecting-on-aws", "design-patterns", "week3-review"])
    #expect(graph.concepts.filter { BankFixtures.aliases.same($0.name, "ALB") }.count == 1)
  }

  @Test("ALB is one concept across the Content notes")
  func albAcrossContent() throws {
    let graph = try #require(Self.contentGraph)
    let alb = try #require(graph.concept(named: "ALB", aliases: BankFixtures.aliases))
    #expect(alb.name == "Application Load Balancer")
    #expect(alb.notes.count >= 2)
    #expect(graph.concepts.filter { BankFixtures.aliases.same($0.name, "ALB") }.count == 1)
  }

  @Test("Route 53 is one concept with CloudFront among its flows-to neighbours")
  func routeFlowsToCloudFront() throws {
    guard let graph = Self.seeds() else { return }
    let route = try #require(graph.concept(named: "Route53", aliases: BankFixtures.aliases))
    #expect(graph.concepts.filter { BankFixtures.aliases.same($0.name, "Route 53") }.count == 1)
    let next = graph.neighbours(of: route.id, kinds: [.flowsTo])
      .filter { $0.direction == .outgoing }.map(\.concept.name)
    #expect(next.contains("CloudFront"))
  }

  @Test(
    "look-alike services stay apart in the real notes",
    arguments: [("S3", "S3 Glacier"), ("SNS", "SQS"), ("ECS", "EKS")])
  func apart(first: String, second: String) throws {
    for graph in [Self.contentGraph, Self.seeds()].compactMap({ $0 }) {
      let a = graph.concept(named: first, aliases: BankFixtures.aliases)
      let b = graph.concept(named: second, aliases: BankFixtures.aliases)
      if let a, let b { #expect(a.id != b.id) }
      // No concept holds spellings of both.
      #expect(
        !graph.concepts.contains { concept in
          concept.spellings.contains { BankFixtures.aliases.same($0, first) }
            && concept.spellings.contains { BankFixtures.aliases.same($0, second) }
        })
    }
    let content = try #require(Self.contentGraph)
    #expect(content.concept(named: first, aliases: BankFixtures.aliases) != nil)
  }

  @Test("every edge joins two known concepts and none loops")
  func edgesAreSound() throws {
    for graph in [Self.contentGraph, Self.seeds()].compactMap({ $0 }) {
      #expect(!graph.edges.isEmpty)
      #expect(
        graph.edges.allSatisfy {
          graph.concept(id: $0.from) != nil && graph.concept(id: $0.to) != nil && $0.from != $0.to
        })
      #expect(Set(graph.concepts.map(\.id)).count == graph.concepts.count)
    }
  }
}
