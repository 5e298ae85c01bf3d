import NoteOutline
import StudyCore
import Testing

/// Seed checklist items map to the questions of the concepts they name.
@Suite(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent: skipped"))
struct ChecklistSeedTests {
  static let fixture: (WeakTopics, [ChecklistItem])? = {
    guard BankFixtures.seedsAvailable, let notes = try? BankFixtures.seedNotes(),
      let bank = BankFixtures.seedBank
    else { return nil }
    let graph = ConceptGraph.build(notes, aliases: BankFixtures.aliases)
    let index = StudyIndex(questions: bank.questions, graph: graph, aliases: BankFixtures.aliases)
    return (WeakTopics(index: index, evidence: [:]), notes.flatMap(Checklists.items(in:)))
  }()

  static func coverage(_ text: String) throws -> (ChecklistCoverage, WeakTopics) {
    let (weak, items) = try #require(fixture)
    let item = try #require(items.first { $0.text == text })
    return (weak.coverage(of: item), weak)
  }

  @Test("the seeds hold 19 study checklist items (none from links or authored choices)")
  func items() throws {
    let (_, items) = try #require(Self.fixture)
    #expect(items.count == 19)
    #expect(items.filter { $0.document == "week3-review" }.count == 13)
    #expect(items.allSatisfy { !$0.checked })
  }

  @Test("“Route 53 라우팅 정책별 특징과 활용법 파악” → Route 53 questions")
  func routeFiftyThree() throws {
    let (coverage, weak) = try Self.coverage("Route 53 라우팅 정책별 특징과 활용법 파악")
    #expect(coverage.concepts.map(\.name) == ["Route 53"])
    let route = try #require(coverage.concepts.first)
    #expect(coverage.questions.count >= 10)
    #expect(coverage.questions.allSatisfy { Self.isAbout($0, route, weak) })
    // The routing-policy enumeration under "Day 17: Route 53 & DNS" is among them.
    #expect(coverage.questions.contains { $0.terms == ["라우팅 정책"] })
    #expect(coverage.questions.contains { $0.terms == ["Route 53"] })
  }

  @Test("“Lambda와 API Gateway 통합 아키텍처 이해” → Lambda and API Gateway questions")
  func lambdaAndGateway() throws {
    let (coverage, weak) = try Self.coverage("Lambda와 API Gateway 통합 아키텍처 이해")
    let names = coverage.concepts.map(\.name)
    #expect(names.contains("Lambda"))
    #expect(names.contains("API Gateway"))
    #expect(
      coverage.questions.allSatisfy { question in
        coverage.concepts.contains { Self.isAbout(question, $0, weak) }
      })
    #expect(coverage.questions.contains { $0.terms == ["Lambda"] })
    #expect(coverage.questions.contains { $0.terms == ["API Gateway"] })
    #expect(!coverage.questions.contains { $0.terms == ["Route 53"] })
  }

  @Test("an item naming no concept takes the questions under headings sharing two words with it")
  func headingFallback() throws {
    let (coverage, weak) = try Self.coverage("CI/CD 파이프라인 구성 요소와 워크플로우 이해")
    #expect(coverage.concepts.isEmpty)
    #expect(!coverage.headings.isEmpty)
    #expect(coverage.headings.allSatisfy { $0.contains("CI/CD 파이프라인") })
    #expect(!coverage.questions.isEmpty)
    #expect(
      coverage.questions.allSatisfy { question in
        question.source.headingPath.contains { $0.contains("CI/CD 파이프라인") }
      })
    // Items that name a concept never fall back to headings.
    let (route, _) = try Self.coverage("Route 53 라우팅 정책별 특징과 활용법 파악")
    #expect(route.headings.isEmpty)
    _ = weak
  }

  @Test("a verify quiz asks at most the limit, one question per sibling group")
  func verifyQuiz() throws {
    let (coverage, weak) = try Self.coverage("Route 53 라우팅 정책별 특징과 활용법 파악")
    let quiz = weak.verifyQuiz(coverage, limit: 5)
    #expect(quiz.count == 5)
    #expect(Set(quiz.map(\.siblingGroup)).count == 5)
    #expect(quiz.allSatisfy { question in coverage.questions.contains(question) })
  }

  /// A question is about a concept when a term names it or its own heading does.
  static func isAbout(_ question: Question, _ concept: Concept, _ weak: WeakTopics) -> Bool {
    guard let position = weak.index.questions.firstIndex(of: question) else { return false }
    return weak.index.conceptsOfQuestion[position].contains(concept.id)
  }
}
