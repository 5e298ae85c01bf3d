import NoteOutline
import StudyCore
import Testing

@Suite("Concept graph: related concepts for the answer screen")
struct RelatedConceptTests {
  let graph = GraphFixtures.graph

  private func question(terms: [String]) -> Question {
    Question(
      id: "q1", kind: .termToDefinition, format: .singleChoice, prompt: "?", keys: ["k"],
      explanation: "",
      source: SourceReference(document: "web", path: "web.md", line: 1, headingPath: []),
      topic: "web", terms: terms, siblingGroup: "g", language: .korean)
  }

  private func phrases(_ terms: [String], limit: Int = 4) -> [String] {
    graph.related(to: question(terms: terms), aliases: GraphFixtures.aliases, limit: limit)
      .map { "\($0.concept): \($0.phrase)" }
  }

  @Test("flows, part-of and mentions, in that order; headings left out")
  func albNeighbours() {
    #expect(
      phrases(["ALB"]) == [
        "Application Load Balancer: flows from CloudFront",
        "Application Load Balancer: part of ELB",
        "Application Load Balancer: mentions Route 53",
      ])
  }

  @Test("a term written as an alias resolves to its concept; edge labels are kept")
  func aliasSpelling() {
    #expect(
      phrases(["Amazon Route 53"]) == [
        "Route 53: flows from 사용자", "Route 53: flows to CloudFront (요청)",
        "Route 53: mentioned by Application Load Balancer",
      ])
    #expect(phrases(["Amazon Route 53"], limit: 1) == ["Route 53: flows from 사용자"])
  }

  @Test("compared-with comes first; the question's own concepts are not related to themselves")
  func comparedAndOwn() {
    #expect(phrases(["SNS"]) == ["SNS: compared with SQS"])
    #expect(phrases(["SNS", "SQS"]).isEmpty)
  }

  @Test("labels and mentioned common terms are left out; mentioned services stay")
  func labelsAndCommonWords() throws {
    let notes = """
      # 네트워크

      ## VPC

      - **VPC**: 격리된 가상 네트워크. 종량제로 EC2를 연결합니다.
        - **특징**: 리전 단위
      - **서브넷**: VPC 안의 IP 범위

      ## 요금

      - **종량제**: 쓴 만큼 내는 요금
      - **EC2**: 가상 서버
      """
    let built = ConceptGraph.build([GraphFixtures.parse(notes, id: "n")])
    let names = Set(
      built.neighbours(of: try #require(built.concept(named: "VPC")).id).map(\.concept.name))
    #expect(names.isSuperset(of: ["특징", "종량제", "EC2", "서브넷"]))
    let related = built.related(to: question(terms: ["VPC"]), aliases: AliasTable())
    #expect(related.map(\.phrase) == ["has part 서브넷", "mentions EC2"])
  }

  @Test("terms the graph does not know give nothing")
  func unknown() {
    #expect(phrases(["없는 개념"]).isEmpty)
    #expect(phrases([]).isEmpty)
  }
}
