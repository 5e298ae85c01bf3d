import NoteOutline
import Testing

func flowchart(_ source: String) throws -> Flowchart {
  guard case .flowchart(let chart) = MermaidParser.parse(source, firstLine: 10) else {
    throw ParseFailure()
  }
  return chart
}

struct ParseFailure: Error {}

struct MermaidParserTests {
  @Test func nodeShapesAndLabels() throws {
    let chart = try flowchart(
      """
      flowchart LR
        A[사각형] --> B(둥근)
        C{판단} --> D[(DB)]
        E((원)) --> F["따옴표 [괄호] 라벨"]
        G([스타디움]) --> H[[서브루틴]]
        I{{육각형}} --> J>깃발]
        K["🌐 CloudFront<br/>전세계 빠른 접속"] --> L
      """)
    let shapes = chart.nodes.map(\.shape)
    #expect(
      shapes == [
        .rectangle, .rounded, .rhombus, .cylinder, .circle, .rectangle, .stadium, .subroutine,
        .hexagon, .asymmetric, .rectangle, .plain,
      ])
    #expect(chart.node("D")?.label == "DB")
    #expect(chart.node("F")?.label == "따옴표 [괄호] 라벨")
    #expect(chart.node("K")?.label == "🌐 CloudFront\n전세계 빠른 접속")
    #expect(chart.node("L")?.label == "L")
    #expect(chart.direction == "LR")
    #expect(chart.node("C")?.line == 12)
  }

  @Test func edgeStylesLabelsAndChains() throws {
    let chart = try flowchart(
      """
      graph TB
        A --> B --> C
        A --- D
        A -.-> E
        A ==> F
        A -->|HTTPS| G
        A -- 요청 --> H
        A -. 비동기 .-> I
        J & K --> L
      """)
    let described = chart.edges.map { "\($0.from)>\($0.to):\($0.style.rawValue):\($0.label ?? "")" }
    #expect(
      described == [
        "A>B:arrow:", "B>C:arrow:", "A>D:open:", "A>E:dotted:", "A>F:thick:", "A>G:arrow:HTTPS",
        "A>H:arrow:요청", "A>I:dotted:비동기", "J>L:arrow:", "K>L:arrow:",
      ])
    #expect(chart.edges[2].directed == false)
    #expect(chart.edges.first?.line == 11)
  }

  @Test func subgraphsWithTitlesAndNesting() throws {
    let chart = try flowchart(
      """
      graph LR
        subgraph VPC["🏠 VPC (가상 네트워크)"]
          subgraph AZ1[가용영역 A]
            W1[웹서버 1]
          end
          LB[로드밸런서]
        end
        User[사용자] --> LB
        style User fill:#fff
        classDef x fill:#000
        %% a comment
        VPC --> User
      """)
    #expect(chart.subgraphs.map(\.id) == ["VPC", "AZ1"])
    #expect(chart.subgraphs.map(\.title) == ["🏠 VPC (가상 네트워크)", "가용영역 A"])
    #expect(chart.subgraphs[1].parent == "VPC")
    #expect(chart.subgraphs[0].members == ["LB"])
    #expect(chart.subgraphs[1].members == ["W1"])
    #expect(chart.node("W1")?.subgraph == "AZ1")
    #expect(chart.node("User")?.subgraph == nil)
    #expect(chart.nodes.count == 3)
    #expect(chart.edges.count == 2)
  }

  @Test func laterLabelFillsPlainReference() throws {
    let chart = try flowchart("graph LR\n  A --> B\n  B[Route 53] --> C\n")
    #expect(chart.node("B")?.label == "Route 53")
    #expect(chart.node("B")?.shape == .rectangle)
  }

  @Test func mindmapTree() {
    let diagram = MermaidParser.parse(
      """
      mindmap
        root((학습 계획))
          (기초)
            EC2
            S3
          [심화]
            ::icon(fa fa-book)
            Kubernetes (EKS)
      """, firstLine: 1)
    guard case .mindmap(let root) = diagram else {
      Issue.record("not a mindmap")
      return
    }
    #expect(root.text == "학습 계획")
    #expect(root.children.map(\.text) == ["기초", "심화"])
    #expect(root.children[0].children.map(\.text) == ["EC2", "S3"])
    #expect(root.children[1].children.map(\.text) == ["Kubernetes (EKS)"])
    #expect(root.children[1].children[0].line == 8)
  }

  @Test func pieAndUnknownKindsStayRaw() {
    let pie = MermaidParser.parse("pie title 사용률\n  \"EC2\" : 40\n", firstLine: 1)
    #expect(pie == .other(kind: "pie", source: "pie title 사용률\n  \"EC2\" : 40\n"))
    let sequence = MermaidParser.parse("sequenceDiagram\n  A->>B: hi", firstLine: 1)
    if case .other(let kind, _) = sequence {
      #expect(kind == "sequenceDiagram")
    } else {
      Issue.record("sequence diagram was parsed")
    }
  }

  @Test func mermaidBlockInNoteCarriesLines() throws {
    let note = OutlineParser.parse(
      "# T\n\n```mermaid\ngraph LR\n  A[사용자] --> B[Route 53]\n```\n", path: "m.md")
    guard case .flowchart(let chart) = try #require(note.diagrams.first) else {
      Issue.record("no flowchart")
      return
    }
    #expect(chart.edges.first?.line == 5)
    #expect(note.codeBlocks.first?.line == 3)
  }
}
