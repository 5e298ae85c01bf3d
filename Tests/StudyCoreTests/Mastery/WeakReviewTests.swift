import NoteOutline
import StudyCore
import Testing

/// Reviews of a weak topic or concept take in the concept-graph neighbours.
@Suite("Weak-topic review")
struct WeakReviewTests {
  static let note = """
    # 웹

    ## Route 53

    - **Route 53**: DNS 서비스입니다.
    - **라우팅 정책**: 응답을 고르는 규칙입니다.

    ## 흐름

    ```mermaid
    graph LR
        R[Route 53] --> C[CloudFront]
    ```

    ## CloudFront

    - **CloudFront**: 콘텐츠 전송 네트워크입니다.

    ## 저장

    - **S3**: 객체 스토리지입니다.
    """

  static let aliases = AliasTable.parse("Route 53 = Route53\nCloudFront\nS3").table

  static func fixture() -> (WeakTopics, [Question]) {
    let document = OutlineParser.parse(note, path: "web.md")
    let bank = QuestionBank.build([document], aliases: aliases)
    let graph = ConceptGraph.build([document], aliases: aliases)
    let index = StudyIndex(questions: bank.questions, graph: graph, aliases: aliases)
    var evidence: [String: QuestionEvidence] = [:]
    for question in bank.questions where question.topic.hasSuffix("Route 53") {
      evidence[question.id] = QuestionEvidence(
        questionID: question.id, retrievability: 0.7, recentAnswers: 1, recentWrong: 1)
    }
    return (WeakTopics(index: index, evidence: evidence), bank.questions)
  }

  @Test("the weakest topic's review holds its own questions and its graph neighbours'")
  func neighboursIncluded() throws {
    let (weak, questions) = Self.fixture()
    let first = try #require(weak.topics().first)
    #expect(first.name == "웹 › Route 53")
    let review = weak.review(topic: first.key, limit: 50)
    let topics = Set(review.map(\.topic))
    #expect(topics.contains("웹 › Route 53"))
    // CloudFront is a flows-to neighbour of Route 53: its questions come along.
    #expect(review.contains { $0.terms.contains("CloudFront") && $0.topic == "웹 › CloudFront" })
    // S3 is not connected to Route 53.
    #expect(!review.contains { $0.terms.contains("S3") })
    // Weakest first: the studied (wrongly answered) Route 53 questions lead.
    let studied = review.prefix { weak.evidence[$0.id] != nil }
    #expect(!studied.isEmpty)
    #expect(review.dropFirst(studied.count).allSatisfy { weak.evidence[$0.id] == nil })
    // One question per sibling group.
    #expect(Set(review.map(\.siblingGroup)).count == review.count)
    #expect(questions.count > review.count)
  }

  @Test("a concept's review holds its questions and its neighbours', capped at the limit")
  func conceptReview() throws {
    let (weak, _) = Self.fixture()
    let route = try #require(weak.index.graph.concept(named: "Route53", aliases: Self.aliases))
    let review = weak.review(concept: route.id, limit: 50)
    #expect(review.contains { $0.terms.contains("Route 53") })
    #expect(review.contains { $0.terms.contains("CloudFront") })
    #expect(weak.review(concept: route.id, limit: 2).count == 2)
  }

  @Test("concepts are ranked too: those answered wrongly first, the untouched last")
  func conceptRanking() throws {
    let (weak, _) = Self.fixture()
    let ranked = weak.concepts()
    #expect(Set(ranked.prefix(2).map(\.name)) == ["Route 53", "라우팅 정책"])
    #expect(ranked.prefix(2).allSatisfy { $0.recentWrong > 0 && $0.studied > 0 })
    #expect(ranked.dropFirst(2).allSatisfy { $0.studied == 0 })
    #expect(ranked.contains { $0.name == "CloudFront" })
    #expect(ranked.contains { $0.name == "S3" })
  }

  @Test("heading fallback: two words in a row, by key; the note's title alone never matches")
  func headingFallback() {
    let (weak, _) = Self.fixture()
    let found = weak.index.headings(sharingWordsWith: "DNS Route 53 정리하기")
    #expect(found.headings == ["Route 53"])
    #expect(found.questions.allSatisfy { $0.source.headingPath.last == "Route 53" })
    #expect(weak.index.headings(sharingWordsWith: "웹 문서").headings.isEmpty)
    #expect(weak.index.headings(sharingWordsWith: "Route").headings.isEmpty)
    let item = ChecklistItem(
      id: "c1", document: "web", text: "콘텐츠 흐름 보기", checked: false, line: 1,
      headingPath: ["웹"])
    #expect(weak.coverage(of: item).concepts.isEmpty)
    #expect(weak.coverage(of: item).questions.isEmpty)
  }
}
