import NoteOutline
import StudyCore
import Testing

struct FlowQuestionTests {
  @Test(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
  func modernWebArchitectureFlow() throws {
    let bank = try #require(BankFixtures.seedBank)
    let context = "[현대적인 웹 애플리케이션 아키텍처] "
    let next = try #require(
      bank.questions(.flowNext, in: "week3-review").first {
        $0.prompt == context + "이 흐름에서 Route 53 바로 다음에 오는 것은?"
      })
    #expect(next.keys == ["CloudFront"])
    #expect(next.options.count == 4 && !next.options.contains("Route 53"))
    let order = try #require(
      bank.questions(.flowOrder, in: "week3-review").first { $0.prompt.hasPrefix(context) })
    #expect(order.keys == ["사용자", "Route 53", "CloudFront", "Application Load Balancer"])
    #expect(order.format == .ordering)
    #expect(Set(order.options) == Set(order.keys) && order.options != order.keys)
  }

  @Test(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
  func ciCdPipelineFlow() throws {
    let bank = try #require(BankFixtures.seedBank)
    let pipeline = bank.questions(.flowNext, in: "week3-review").filter {
      $0.prompt.hasPrefix("[완전한 DevOps 워크플로우]")
    }
    #expect(pipeline.contains { $0.prompt.contains("Git Push 바로 다음") && $0.keys == ["CodeCommit"] })
    #expect(
      pipeline.contains { $0.prompt.contains("Source Stage 바로 다음") && $0.keys == ["Build Stage"] })
  }

  @Test func noQuestionsFromPieOrMindmapAndLabelsCleaned() {
    let note = OutlineParser.parse(
      """
      # 그림

      ```mermaid
      pie title 비율
        "EC2" : 40
        "S3" : 60
      ```

      ```mermaid
      mindmap
        root((AWS))
          EC2
          S3
      ```

      ## 요청 경로

      ```mermaid
      graph LR
        A[👤 사용자] -->|DNS 질의| B[🌍 Route 53<br/>DNS]
        B -->|별칭 응답| C[🌐 CloudFront<br/>전세계 빠른 접속]
        C -->|오리진 요청| D[⚖️ ALB]
        D -->|전달| E[EC2]
      ```
      """, path: "flow.md")
    let bank = QuestionBank.build([note])
    let flows = bank.questions.filter {
      [.flowNext, .flowPrevious, .flowEdgeLabel, .flowOrder].contains($0.kind)
    }
    #expect(flows.allSatisfy { $0.topic.hasSuffix("요청 경로") })
    #expect(
      flows.contains {
        $0.kind == .flowNext && $0.prompt.contains("Route 53 바로 다음") && $0.keys == ["CloudFront"]
      })
    #expect(flows.contains { $0.kind == .flowEdgeLabel && $0.keys == ["별칭 응답"] })
    let order = flows.first { $0.kind == .flowOrder }
    #expect(order?.keys == ["사용자", "Route 53", "CloudFront", "ALB"])
    #expect(bank.audit.findings.isEmpty)
  }

  @Test func cyclicDiagramsGetNoOrdering() {
    let note = OutlineParser.parse(
      "## 순환\n\n```mermaid\ngraph LR\n  A[빌드] --> B[테스트]\n  B --> C[배포]\n  C --> D[모니터링]\n  D --> A\n```\n",
      path: "cycle.md")
    let bank = QuestionBank.build([note])
    #expect(bank.questions(.flowOrder).isEmpty)
    #expect(!bank.questions(.flowNext).isEmpty)
  }
}

struct GraphDistractorTests {
  @Test func graphNeighboursFillShortOptionLists() throws {
    let note = OutlineParser.parse(
      """
      # 웹 요청 경로

      - **CloudFront**: 전 세계 엣지에서 콘텐츠를 캐시해 빠르게 전달하는 CDN 서비스
      - **Route 53**: 도메인 이름을 IP 주소로 바꿔 주는 관리형 DNS 서비스

      ```mermaid
      graph LR
        A[Route 53] --> B[CloudFront] --> C[Application Load Balancer] --> D[Amazon EC2]
      ```
      """, path: "graph.md")
    let bank = QuestionBank.build([note], aliases: BankFixtures.aliases)
    // Only one sibling term: without the graph this question would have too few options.
    let question = try #require(
      bank.questions(.definitionToTerm).first { $0.keys == ["CloudFront"] })
    #expect(question.options.count >= 3)
    #expect(question.options.contains("Route 53"))
    #expect(question.options.contains { $0.contains("Load Balancer") || $0.contains("EC2") })
    #expect(bank.audit.findings.isEmpty)
  }
}
