import NoteOutline
import StudyCore
import Testing

/// Which parts of a note give concepts: mindmap nodes, diagram ids that abbreviate their label,
/// subject headings but not the headings that only organise the notes.
@Suite("Concept graph: mindmaps, diagram ids and organising headings")
struct GraphSourceTests {
  static let mindmapNote = """
    # 설계 노트

    ```mermaid
    mindmap
      root)클라우드 설계 원칙(
        (비용 절약)
          예약 인스턴스
          스팟 인스턴스
        (안정성)
          다중화 구성
          Kubernetes (EKS)
    ```
    """

  @Test("every mindmap node is a concept, part of the node it hangs from")
  func mindmapNodes() throws {
    let graph = ConceptGraph.build([GraphFixtures.parse(Self.mindmapNote, id: "m")])
    for name in ["클라우드 설계 원칙", "비용 절약", "예약 인스턴스", "스팟 인스턴스", "안정성", "다중화 구성"] {
      #expect(graph.concept(named: name)?.kind == .diagramNode, "\(name)")
    }
    #expect(graph.neighbourNames("예약 인스턴스", .partOf, .outgoing) == ["비용 절약"])
    #expect(graph.neighbourNames("비용 절약", .partOf, .outgoing) == ["클라우드 설계 원칙"])
    #expect(
      Set(graph.neighbourNames("안정성", .partOf, .incoming)) == ["다중화 구성", "Kubernetes"])
    // The parenthesis of a node is an acronym pair only when it abbreviates the name.
    #expect(graph.concept(named: "EKS") == nil)
    #expect(graph.concepts.allSatisfy { !$0.name.contains("(") && !$0.name.contains(")") })
  }

  @Test("the seed mindmap gives its branches as concepts")
  func seedMindmap() throws {
    guard let graph = GraphSeedTests.seeds() else { return }
    let spot = try #require(graph.concept(named: "스팟 인스턴스", aliases: BankFixtures.aliases))
    let parents = graph.neighbours(of: spot.id, kinds: [.partOf]).filter {
      $0.direction == .outgoing
    }
    #expect(parents.map(\.concept.name).contains("비용 절약"))
  }

  @Test("a flowchart id that abbreviates its label is one more spelling; a plain id is not")
  func diagramIDs() throws {
    let note = """
      # 흐름

      ```mermaid
      flowchart LR
          ALB[Application Load Balancer] --> TG[대상 그룹]
          A[Network Load Balancer] --> TG
      ```
      """
    let graph = ConceptGraph.build([GraphFixtures.parse(note, id: "f")])
    let alb = try #require(graph.concept(named: "Application Load Balancer"))
    #expect(graph.concept(named: "ALB")?.id == alb.id)
    #expect(alb.spellings == ["ALB", "Application Load Balancer"])
    #expect(graph.concept(named: "Network Load Balancer")?.spellings == ["Network Load Balancer"])
    #expect(graph.concept(named: "TG") == nil)
    #expect(graph.concept(named: "A") == nil)
  }

  @Test(
    "headings that organise the notes are no concepts; what is under them joins the subject above")
  func organisingHeadings() throws {
    let first = """
      # 로드 밸런싱

      ## 핵심 개념

      - **헬스 체크 간격**: 대상 상태를 확인하는 주기

      ## 학습 점검

      - [ ] ALB와 NLB 차이 설명하기

      ## 1단계: 기본 인프라 구성

      ## Day 15: Load Balancing
      """
    let second = """
      # 캐싱

      ## 학습 점검

      - **TTL**: 캐시에 머무는 시간
      """
    let graph = ConceptGraph.build([
      GraphFixtures.parse(first, id: "a"), GraphFixtures.parse(second, id: "b"),
    ])
    for organising in ["핵심 개념", "학습 점검", "1단계: 기본 인프라 구성", "Day 15: Load Balancing"] {
      #expect(graph.concept(named: organising) == nil, "\(organising)")
    }
    #expect(graph.concept(named: "로드 밸런싱")?.kind == .heading)
    #expect(graph.neighbourNames("헬스 체크 간격", .partOf, .outgoing) == ["로드 밸런싱"])
    #expect(graph.neighbourNames("TTL", .partOf, .outgoing) == ["캐싱"])
  }

  @Test("no organising heading of Content or the seeds is a concept")
  func corpusHeadings() throws {
    var graphs = [try #require(GraphSeedTests.contentGraph)]
    if let seeds = GraphSeedTests.seeds() { graphs.append(seeds) }
    for graph in graphs {
      let headings = graph.concepts.filter { $0.kind == .heading }.map(\.name)
      #expect(!headings.isEmpty)
      for name in headings {
        #expect(!name.hasPrefix("Day ") && !name.hasPrefix("시나리오"), "\(name)")
        #expect(!["개요", "목차", "학습 목표", "학습 점검", "참고 자료", "핵심 개념"].contains(name), "\(name)")
      }
    }
  }
}
