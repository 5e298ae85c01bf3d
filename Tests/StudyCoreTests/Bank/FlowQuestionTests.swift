import NoteOutline
import StudyCore
import Testing

struct FlowQuestionTests {
  @Test(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
  func modernWebArchitectureFlow() throws {
    let bank = try #require(BankFixtures.seedBank)
    let context = "[현대적인 웹 애플리케이션 아키텍처] "
    let asked = bank.questions.filter {
      [.flowNext, .flowPrevious].contains($0.kind) && $0.prompt.hasPrefix(context)
    }
    let capped = bank.report.dropped.filter {
      $0.gate == .diagramShare && $0.subject.hasPrefix(context)
    }
    #expect(!asked.isEmpty || !capped.isEmpty)
    for question in asked {
      #expect(question.options.count >= 3, "\(question.prompt)")
      #expect(!question.keys.contains("사용자"), "who starts the flow is never a key")
    }
  }

  @Test(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
  func ciCdPipelineFlow() throws {
    let bank = try #require(BankFixtures.seedBank)
    let drawn = "개발자 → [ ? ] → CodePipeline 시작 → CodeBuild"
    let asked = bank.questions.contains { $0.prompt.hasSuffix(drawn) && $0.keys == ["Git Push"] }
    let capped = bank.report.dropped.contains {
      $0.gate == .diagramShare && $0.subject.hasSuffix(drawn)
    }
    #expect(asked || capped)
  }

  static let requestPath = """
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
      E -->|캐시 조회| F[ElastiCache]
      F -->|미스| G[RDS]
      G -->|백업| H[S3]
    ```
    """

  @Test func noQuestionsFromPieOrMindmapAndLabelsCleaned() {
    let bank = QuestionBank.build([OutlineParser.parse(Self.requestPath, path: "flow.md")])
    // A note of diagrams alone keeps none (at most 15% of its questions): read what was made.
    #expect(bank.questions.isEmpty)
    let made = bank.report.dropped.filter { $0.gate == .diagramShare }
    #expect(!made.isEmpty)
    #expect(made.allSatisfy { $0.source.headingPath.last == "요청 경로" })
    #expect(
      made.contains {
        $0.kind == .flowNext && $0.subject.hasSuffix("Route 53 → CloudFront → [ ? ] → EC2")
      })
    #expect(
      !made.contains {
        $0.kind == .flowPrevious && $0.subject.hasSuffix("[ ? ] → Route 53 → CloudFront")
      })
  }

  @Test func aPathIsDrawnWithItsEdgeLabels() {
    let bank = QuestionBank.build([OutlineParser.parse(Self.requestPath, path: "flow.md")])
    let labels = bank.report.dropped.filter { $0.kind == .flowEdgeLabel }
    #expect(labels.contains { $0.subject.hasSuffix("Route 53 —[ ? ]→ CloudFront") })
  }

  @Test func cyclicDiagramsGetNoOrdering() {
    let note = OutlineParser.parse(
      "## 순환\n\n```mermaid\ngraph LR\n  A[빌드] --> B[테스트]\n  B --> C[배포]\n  C --> D[모니터링]\n  D --> A\n```\n",
      path: "cycle.md")
    let bank = QuestionBank.build([note])
    #expect(bank.questions(.flowOrder).isEmpty)
    #expect(!bank.report.dropped.contains { $0.kind == .flowOrder })
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
