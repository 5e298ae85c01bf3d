import NoteOutline
import StudyCore
import Testing

@Suite("Concept graph: merging names into concepts")
struct ConceptMergeTests {
  let graph = GraphFixtures.graph

  @Test("ALB and Application Load Balancer (ALB) are one concept across notes")
  func albIsOneConcept() throws {
    let alb = try #require(graph.named("ALB"))
    #expect(graph.named("Application Load Balancer")?.id == alb.id)
    #expect(alb.name == "Application Load Balancer")
    #expect(alb.notes == ["other", "web"])
    #expect(alb.kind == .service)
    #expect(alb.spellings == ["ALB", "Application Load Balancer"])
  }

  @Test("acronym parentheses merge without an alias list")
  func acronymParentheses() throws {
    let bare = GraphFixtures.bareGraph
    let alb = try #require(bare.concept(named: "ALB"))
    #expect(bare.concept(named: "Application Load Balancer")?.id == alb.id)
    #expect(bare.concept(named: "ELB")?.id == bare.concept(named: "Elastic Load Balancing")?.id)
    #expect(
      bare.concept(named: "RDS")?.id == bare.concept(named: "Relational Database Service")?.id)
    #expect(bare.concept(named: "Amazon S3")?.id == bare.concept(named: "S3")?.id)
  }

  @Test("diagram labels lose emoji and their second line; Route53 is Route 53")
  func diagramLabels() throws {
    let route = try #require(graph.named("Route 53"))
    #expect(graph.named("Route53")?.id == route.id)
    #expect(route.notes == ["other", "web"])
    #expect(graph.named("CloudFront")?.spellings == ["CloudFront"])
    #expect(graph.named("사용자")?.kind == .diagramNode)
    #expect(graph.concepts.allSatisfy { !$0.name.contains("전세계") && !$0.name.contains("<br") })
  }

  @Test(
    "look-alike services stay apart",
    arguments: [("S3", "S3 Glacier"), ("SNS", "SQS"), ("ECS", "EKS")])
  func lookAlikesApart(first: String, second: String) throws {
    for candidate in [graph, GraphFixtures.bareGraph] {
      let a = try #require(candidate.concept(named: first, aliases: GraphFixtures.aliases))
      let b = try #require(candidate.concept(named: second, aliases: GraphFixtures.aliases))
      #expect(a.id != b.id)
    }
  }

  @Test("a description in parentheses is not an alias")
  func descriptionParenthesis() {
    let notes = """
      # 컴퓨팅

      - **Lambda (서버리스)**: 함수 실행
      - **Fargate (서버리스)**: 컨테이너 실행
      """
    let built = ConceptGraph.build([GraphFixtures.parse(notes, id: "n")])
    #expect(built.concept(named: "Lambda")?.id != built.concept(named: "Fargate")?.id)
    #expect(built.concept(named: "서버리스") == nil)
  }

  @Test("ids are stable hashes of the concept key and do not depend on note order")
  func stableIDs() {
    let reversed = ConceptGraph.build(
      [
        GraphFixtures.parse(GraphFixtures.other, id: "other"),
        GraphFixtures.parse(GraphFixtures.web, id: "web"),
      ],
      aliases: GraphFixtures.aliases)
    #expect(reversed == graph)
    #expect(graph.named("ALB")?.id == StableID.make("concept-", ["applicationloadbalancer"]))
  }
}
