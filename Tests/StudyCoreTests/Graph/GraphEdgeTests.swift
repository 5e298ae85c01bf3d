import NoteOutline
import StudyCore
import Testing

@Suite("Concept graph: typed edges")
struct GraphEdgeTests {
  let graph = GraphFixtures.graph

  @Test("mermaid edges flow with their label and the diagram's heading as context")
  func flowsTo() throws {
    #expect(graph.neighbourNames("사용자", .flowsTo, .outgoing) == ["Route 53"])
    #expect(graph.neighbourNames("Route 53", .flowsTo, .outgoing) == ["CloudFront"])
    #expect(graph.neighbourNames("Route 53", .flowsTo, .incoming) == ["사용자"])
    let route = try #require(graph.named("Route 53"))
    let edge = try #require(
      graph.neighbours(of: route.id, kinds: [.flowsTo]).first { $0.direction == .outgoing })
    #expect(edge.edge.label == "요청")
    #expect(edge.edge.context == "흐름")
    #expect(edge.relation == "flows to")
  }

  @Test("terms are part of their heading and their parent term; headings of their parent")
  func partOf() {
    #expect(graph.neighbourNames("ALB", .partOf, .outgoing) == ["ELB", "복습"])
    #expect(graph.neighbourNames("ELB", .partOf, .outgoing) == ["로드 밸런싱"])
    #expect(graph.neighbourNames("로드 밸런싱", .partOf, .outgoing) == ["웹 아키텍처"])
    #expect(graph.neighbourNames("로드 밸런싱", .partOf, .incoming) == ["ELB", "RDS"])
  }

  @Test("comparison table columns and A vs B headings are compared")
  func comparedWith() {
    #expect(graph.neighbourNames("SNS", .comparedWith, .outgoing) == ["SQS"])
    #expect(graph.neighbourNames("EKS", .comparedWith, .incoming) == ["ECS"])
    // The comparison table's row keys are attributes, not concepts.
    #expect(graph.named("방식") == nil)
  }

  @Test("definitions mention whole names only, longest first")
  func mentions() {
    #expect(graph.neighbourNames("ALB", .mentions, .outgoing) == ["Route 53"])
    #expect(graph.neighbourNames("RDS", .mentions, .outgoing) == ["S3 Glacier"])
    // `ECSTASY` is not ECS, and `S3 Glacier` is not also S3.
    #expect(graph.neighbourNames("ECS", .mentions, .incoming) == [])
    #expect(graph.neighbourNames("S3", .mentions, .incoming) == [])
  }

  @Test("a Korean particle after a name still mentions it")
  func particle() {
    let notes = """
      # 네트워크

      - **CloudFront**: 캐시
      - **Route53**: DNS
      - **Route 53**: 레코드로 CloudFront로 보냅니다
      - **ALB**: Route 53 다음
      """
    let built = ConceptGraph.build([GraphFixtures.parse(notes, id: "n")])
    #expect(built.neighbourNames("Route 53", .mentions, .outgoing) == ["CloudFront"])
    // Spelled `Route53` first, named `Route 53` in a definition.
    #expect(built.neighbourNames("ALB", .mentions, .outgoing) == ["Route53"])
  }

  @Test("a definition may end with the first word of a longer name")
  func endsWithFirstWord() {
    let notes = """
      # 스토리지

      - **S3 Glacier**: 아카이브
      - **S3**: 객체 스토리지
      - **수명 주기**: 오래된 객체를 S3 Glacier로, 아니면 그대로 S3
      """
    let built = ConceptGraph.build([GraphFixtures.parse(notes, id: "n")])
    #expect(built.neighbourNames("수명 주기", .mentions, .outgoing) == ["S3", "S3 Glacier"])
  }
}
