import NoteOutline
import StudyCore

/// Small inline notes the graph unit tests build from.
enum GraphFixtures {
  static let aliasText = """
    Application Load Balancer = ALB
    Route 53 = Amazon Route 53 = Route53
    S3 = Amazon S3
    S3 Glacier = Amazon S3 Glacier
    SNS = Amazon SNS
    SQS = Amazon SQS
    ECS = Amazon ECS
    EKS = Amazon EKS
    """

  static let aliases = AliasTable.parse(aliasText).table

  static let web = """
    # 웹 아키텍처

    ## 로드 밸런싱

    - **ELB (Elastic Load Balancing)**: 트래픽을 여러 대상에 나눕니다.
      - **Application Load Balancer (ALB)**: HTTP 요청을 Route 53 다음에서 받습니다.
    - **RDS(Relational Database Service)**: 관리형 데이터베이스, S3 Glacier에 백업을 보관하지 않습니다.

    ## 흐름

    ```mermaid
    graph LR
        U[👤 사용자] --> R[🌐 Route53<br/>DNS]
        R -->|요청| C[🌐 CloudFront<br/>전세계 빠른 접속]
        C --> A[Application Load Balancer]
    ```

    ## 메시징

    | 항목 | SNS | SQS |
    | --- | --- | --- |
    | 방식 | 푸시 | 풀 |

    ## ECS vs EKS

    - **Amazon S3**: 객체 스토리지. ECSTASY 아님.
    - **S3 Glacier**: 아카이브 스토리지
    """

  static let other = """
    # 복습

    - **ALB**: 7계층 로드 밸런서
    - **Amazon Route 53**: DNS 서비스
    """

  static func parse(_ text: String, id: String) -> NoteDocument {
    OutlineParser.parse(text, path: id + ".md")
  }

  static let graph = ConceptGraph.build(
    [parse(web, id: "web"), parse(other, id: "other")], aliases: aliases)

  /// The graph without any alias list: merging by acronym parentheses and keys alone.
  static let bareGraph = ConceptGraph.build([parse(web, id: "web"), parse(other, id: "other")])
}

extension ConceptGraph {
  func named(_ name: String) -> Concept? { concept(named: name, aliases: GraphFixtures.aliases) }

  func neighbourNames(_ name: String, _ kind: EdgeKind, _ direction: EdgeDirection) -> [String] {
    guard let concept = named(name) else { return [] }
    return neighbours(of: concept.id, kinds: [kind]).filter { $0.direction == direction }
      .map(\.concept.name)
  }
}
