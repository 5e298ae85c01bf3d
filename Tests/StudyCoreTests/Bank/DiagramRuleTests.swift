import NoteOutline
import StudyCore
import Testing

/// Diagram questions show their diagram, trees and decision guides are never sequences, a
/// root or title is never a key, and diagrams are at most 15% of a note's questions.
@Suite(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
struct DiagramRuleTests {
  var bank: QuestionBank { BankFixtures.seedBank ?? QuestionBank(questions: [], report: .init()) }
  static let flowKinds: Set<QuestionKind> = [.flowNext, .flowPrevious, .flowEdgeLabel, .flowOrder]

  @Test func theAskedEdgeIsDrawnInThePrompt() throws {
    // Asked, or left out only because better questions filled the note's diagram share.
    let drawn =
      "[현대적인 웹 애플리케이션 아키텍처] 다음 흐름에서 [ ? ]에 들어갈 것은?\nRoute 53 → CloudFront → [ ? ] → Auto Scaling Group"
    let asked = bank.questions.contains {
      $0.prompt == drawn && $0.keys == ["Application Load Balancer"]
    }
    let capped = bank.report.dropped.contains {
      $0.subject == drawn && [.diagramShare, .outranked].contains($0.gate)
    }
    #expect(asked || capped)
    // No option is a node the drawing already shows.
    for question in bank.questions(.flowNext) {
      let shown = question.prompt.split(separator: "\n").last.map(String.init) ?? ""
      #expect(
        !question.options.contains { shown.contains($0 + " →") || shown.hasSuffix("→ " + $0) })
    }
    for asked in bank.questions where [.flowNext, .flowPrevious].contains(asked.kind) {
      #expect(asked.prompt.contains("[ ? ]") && asked.prompt.contains("→"), "\(asked.prompt)")
    }
  }

  @Test func treesAndDecisionGuidesAreNeverSequences() {
    // The checklist tree (보안 체크리스트), the selection guide (아키텍처 선택 가이드) and the cost
    // guide (컴퓨팅 비용 최적화) have categories and answers, not a next step.
    let trees = ["필수 보안 설정", "아키텍처 선택 가이드", "컴퓨팅 비용 최적화"]
    let asked = bank.questions.filter { question in
      Self.flowKinds.contains(question.kind) && trees.contains { question.topic.hasSuffix($0) }
    }
    #expect(asked.isEmpty, "\(asked.map(\.prompt))")
    #expect((bank.report.countsByGate[.diagramShape] ?? 0) >= 3)
  }

  @Test func aTreeIsAskedByItsCategories() throws {
    let question = try #require(
      bank.questions(.subjectFact, in: "design-patterns").first {
        $0.prompt.contains("“API 호출 로깅”")
      })
    #expect(question.prompt.hasPrefix("[필수 보안 설정] 다음 항목은 어느 것에 속하나요?"))
    #expect(question.keys == ["모니터링"])
    #expect(Set(question.options).isSubset(of: ["네트워크 보안", "접근 제어", "데이터 보안", "모니터링"]))
    #expect(!question.options.contains("보안 체크리스트"), "the root is never an option")
  }

  @Test func rootsTitlesActorsAndCopiesAreNeverKeys() {
    for question in bank.questions where Self.flowKinds.contains(question.kind) {
      let title = question.source.headingPath.last ?? ""
      for key in question.keys where question.kind != .flowOrder {
        #expect(!["사용자", "고객들", "개발자", "클라이언트", "애플리케이션 요구사항"].contains(key))
        #expect(key != title)
        #expect(key.range(of: #" \d+$"#, options: .regularExpression) == nil, "\(key)")
      }
      #expect(
        !question.options.contains { $0.range(of: #" \d$"#, options: .regularExpression) != nil })
    }
  }

  @Test func diagramsAreAtMostFifteenPercentOfEachNote() {
    for document in ["week3-review", "design-patterns", "architecting-on-aws"] {
      let all = bank.questions.filter { $0.source.document == document }
      let diagrams = all.filter { Self.flowKinds.contains($0.kind) }
      #expect(!all.isEmpty)
      #expect(Double(diagrams.count) <= 0.15 * Double(all.count), "\(document)")
    }
    #expect((bank.report.countsByGate[.diagramShare] ?? 0) > 0)
  }
}

struct DiagramShapeTests {
  @Test func aDecisionGuideGivesNoFlowQuestions() {
    let note = OutlineParser.parse(
      """
      ## 선택 가이드

      ```mermaid
      graph TD
        A[요구사항] --> B{서버 관리 필요?}
        B -->|예| C[EC2]
        B -->|아니오| D[Lambda]
        D --> E[API Gateway]
      ```
      """, path: "guide.md")
    let bank = QuestionBank.build([note])
    #expect(bank.questions.isEmpty)
    #expect(bank.report.countsByGate[.diagramShape] == 1)
  }
}
