import NoteOutline
import StudyCore
import Testing

@Suite("Concept graph: queries")
struct GraphQueryTests {
  let graph = GraphFixtures.graph

  @Test("a topic's concepts are those under its heading path")
  func topic() {
    let names = graph.concepts(inTopic: ["웹 아키텍처", "로드 밸런싱"]).map(\.name)
    #expect(names == ["Application Load Balancer", "ELB", "RDS", "로드 밸런싱"])
    #expect(graph.concepts(inTopic: ["없는 주제"]).isEmpty)
  }

  @Test("shortest path follows edges either way, deterministically")
  func shortestPath() throws {
    let user = try #require(graph.named("사용자"))
    let elb = try #require(graph.named("ELB"))
    let path = try #require(graph.shortestPath(from: user.id, to: elb.id))
    #expect(path.concepts.map(\.name) == ["사용자", "Route 53", "Application Load Balancer", "ELB"])
    #expect(path.edges.map(\.kind) == [.flowsTo, .mentions, .partOf])
    #expect(graph.shortestPath(from: user.id, to: user.id)?.concepts.map(\.name) == ["사용자"])
  }

  @Test("no path between unconnected concepts")
  func noPath() throws {
    let notes = "# A\n\n- **X1**: one\n\n# B\n\n- **Y1**: two\n"
    let built = ConceptGraph.build([GraphFixtures.parse(notes, id: "n")])
    let x = try #require(built.concept(named: "X1"))
    let y = try #require(built.concept(named: "Y1"))
    #expect(built.shortestPath(from: x.id, to: y.id) == nil)
  }

  @Test("a concept's questions are those whose terms name it by key")
  func questions() throws {
    let documents = [GraphFixtures.parse(GraphFixtures.web, id: "web")]
    let bank = QuestionBank.build(documents, aliases: GraphFixtures.aliases)
    let alb = try #require(graph.named("ALB"))
    let found = graph.questions(about: alb.id, in: bank.questions, aliases: GraphFixtures.aliases)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.terms.contains { GraphFixtures.aliases.same($0, "ALB") } })
    let expected = bank.questions.filter {
      $0.terms.contains { GraphFixtures.aliases.same($0, "ALB") }
    }
    #expect(found.map(\.id) == expected.map(\.id))
  }

  @Test("a neighbourhood keeps the concepts within depth")
  func neighbourhood() throws {
    let route = try #require(graph.named("Route 53"))
    let near = graph.neighbourhood(of: route.id, depth: 1).concepts.map(\.name)
    #expect(near == ["Application Load Balancer", "CloudFront", "Route 53", "복습", "사용자"])
  }
}
