import Foundation
import StudyCore
import TerminalUI
import Testing

@testable import NoteDrillApp

/// The weak-topic list and the checklist screen as text at 80x24, and their keys.
@Suite struct StudyPlanScreenTests {
  static func score(
    _ name: String, document: String = "week3-review", mastery: Double, studied: Int,
    questions: Int, recall: Double? = nil, wrong: Int = 0, answers: Int = 0, lapses: Int = 0
  ) -> MasteryScore {
    MasteryScore(
      key: name, name: name, document: document, questions: questions, studied: studied,
      meanRetrievability: recall, lapses: lapses, recentAnswers: answers, recentWrong: wrong,
      mastery: mastery)
  }

  static let topics = [
    score(
      "Week 3 › Day 17: Route 53 & DNS", mastery: 0.234, studied: 5, questions: 12, recall: 0.84,
      wrong: 3, answers: 7, lapses: 2),
    score(
      "Week 3 › Day 18: API Gateway & Lambda", mastery: 0.61, studied: 9, questions: 9,
      recall: 0.9, wrong: 1, answers: 9),
    score("Week 3 › Day 16: CloudFront", mastery: 0.97, studied: 4, questions: 4, recall: 0.97),
    score("Week 3 › Day 19: 컨테이너", mastery: 0, studied: 0, questions: 20),
  ]

  static let concepts = [
    score("Route 53", document: "", mastery: 0.3, studied: 4, questions: 10, recall: 0.8),
    score("Lambda", document: "", mastery: 0.8, studied: 3, questions: 3, recall: 0.8),
  ]

  static func entry(
    _ text: String, line: Int, checked: Bool, heading: String, concepts: [String],
    questions: Int, mastery: MasteryScore
  ) -> ChecklistEntry {
    let item = ChecklistItem(
      id: Checklists.id(document: "week3-review", text: text), document: "week3-review",
      text: text, checked: false, line: line, headingPath: ["Week 3", "학습 점검", heading])
    let found = concepts.map { name in
      Concept(
        id: "k-" + name, key: name.lowercased(), name: name, spellings: [name], kind: .service,
        occurrences: [])
    }
    return ChecklistEntry(
      item: item, path: "/notes/week3-review.md", isChecked: checked,
      coverage: ChecklistCoverage(
        item: item, concepts: found,
        questions: (0..<questions).map { _ in Fixtures.single }, mastery: mastery))
  }

  static let entries = [
    entry(
      "Route 53 라우팅 정책별 특징과 활용법 파악", line: 402, checked: false,
      heading: "이해도 체크리스트", concepts: ["Route 53"], questions: 31,
      mastery: score(
        "", mastery: 0.42, studied: 6, questions: 31, recall: 0.9, wrong: 2, answers: 8)
    ),
    entry(
      "Lambda와 API Gateway 통합 아키텍처 이해", line: 403, checked: true,
      heading: "이해도 체크리스트", concepts: ["Lambda", "API Gateway"], questions: 39,
      mastery: score("", mastery: 0.9, studied: 39, questions: 39, recall: 0.95)),
    entry(
      "CI/CD 파이프라인 구성 요소와 워크플로우 이해", line: 405, checked: false,
      heading: "이해도 체크리스트", concepts: [], questions: 0,
      mastery: score("", mastery: 0, studied: 0, questions: 0)),
    entry(
      "ECS 클러스터 및 서비스 생성", line: 412, checked: false, heading: "실습 준비도 체크",
      concepts: ["ECS"], questions: 18, mastery: score("", mastery: 0, studied: 0, questions: 18)),
  ]

  static func text(_ render: (inout Buffer) -> Void) -> String {
    var buffer = Buffer(size: Size(width: 80, height: 24))
    render(&buffer)
    return buffer.text
  }

  @Test("the weak-topic list at 80x24: bars, percentages, what each score is made of")
  func weakTopicsScreen() {
    var screen = WeakTopicsScreen(topics: Self.topics, concepts: Self.concepts)
    _ = screen.update(.down)
    let expected = """
       NoteDrill · Weak topics                                      [Topics] Concepts

        3 started, 1 not started · weakest first

          1. [##........]  23%  week3-review · Week 3 › Day 17: Route 53 & DNS
                               5/12 studied · recall 84% · 3/7 wrong · 2 lapses
          2. [######....]  61%  week3-review · Week 3 › Day 18: API Gateway & Lambda
                               9/9 studied · recall 90% · 1/9 wrong
          3. [##########]  97%  week3-review · Week 3 › Day 16: CloudFront
                               4/4 studied · recall 97%
          4. [..........]   –   week3-review · Week 3 › Day 19: 컨테이너
                               not started · 20 questions











      Enter review  Tab topics/concepts  j/k move  q back
      """
    #expect(Self.text { screen.render(into: &$0) } == expected)
  }

  @Test("the concepts tab, and the keys of the list")
  func weakTopicsKeys() {
    var screen = WeakTopicsScreen(topics: Self.topics, concepts: Self.concepts)
    #expect(screen.update(.enter) == [.review(.topics, key: Self.topics[0].key)])
    #expect(screen.update(.down) == [])
    #expect(screen.update(.enter) == [.review(.topics, key: Self.topics[1].key)])
    #expect(screen.update(.tab) == [])
    #expect(screen.tab == .concepts)
    #expect(screen.highlighted == 0)
    for _ in 0..<5 { _ = screen.update(.down) }
    #expect(screen.highlighted == 1)
    #expect(screen.update(.character(" ")) == [.review(.concepts, key: "Lambda")])
    let text = Self.text { screen.render(into: &$0) }
    #expect(text.contains("Topics [Concepts]"))
    #expect(text.contains("   1. [###.......]  30%  Route 53"))
    #expect(screen.update(.character("q")) == [.close])
    #expect(screen.update(.escape) == [.close])
  }

  @Test("the checklist screen at 80x24: by note and heading, ticks, questions and mastery")
  func checklistScreen() {
    var screen = ChecklistScreen(entries: Self.entries)
    _ = screen.update(.down)
    let expected = """
       NoteDrill · Checklists                                                1/4 done

       week3-review › 학습 점검 › 이해도 체크리스트
         [ ] Route 53 라우팅 정책별 특징과 활용법 파악                       31q  42%
       > [x] Lambda와 API Gateway 통합 아키텍처 이해                         39q  90%
         [ ] CI/CD 파이프라인 구성 요소와 워크플로우 이해                no questions
       week3-review › 학습 점검 › 실습 준비도 체크
         [ ] ECS 클러스터 및 서비스 생성                                     18q   0%












        Concepts: Lambda, API Gateway
        39/39 studied · recall 95%
        week3-review:403
      Space tick  v verify  i questions  w write to note  j/k move  q back
      """
    #expect(Self.text { screen.render(into: &$0) } == expected)
  }

  @Test("checklist keys: Space toggles, v verifies, w writes back; a message replaces the source")
  func checklistKeys() {
    var screen = ChecklistScreen(entries: Self.entries)
    let first = Self.entries[0].item.id
    let second = Self.entries[1].item.id
    #expect(screen.update(.character(" ")) == [.set(id: first, checked: true)])
    #expect(screen.update(.character("v")) == [.verify(id: first)])
    #expect(screen.update(.enter) == [.verify(id: first)])
    #expect(screen.update(.character("w")) == [.writeBack(id: first)])
    _ = screen.update(.down)
    #expect(screen.update(.character(" ")) == [.set(id: second, checked: false)])
    for _ in 0..<9 { _ = screen.update(.down) }
    #expect(screen.highlighted == 3)
    screen.message = "All 5 right: known. Space ticks this item."
    let text = Self.text { screen.render(into: &$0) }
    #expect(text.contains("\n  All 5 right: known. Space ticks this item.\n"))
    #expect(!text.contains("week3-review:412"))
    screen.highlight(id: first)
    #expect(screen.highlighted == 0)
    #expect(screen.update(.character("q")) == [.close])
  }

  @Test("i lists the item's questions with their recall; any key returns, v verifies from there")
  func questionList() {
    var entry = Self.entries[0]
    entry.coverage.questions = [Fixtures.single, Fixtures.typed, Fixtures.multiple]
    entry.recall = [Fixtures.single.id: 0.84]
    var screen = ChecklistScreen(entries: [entry])
    #expect(screen.update(.character("i")) == [])
    #expect(screen.showsQuestions)
    let lines = Self.text { screen.render(into: &$0) }.components(separatedBy: "\n")
    #expect(lines[2] == " Route 53 라우팅 정책별 특징과 활용법 파악 — 3 questions")
    #expect(lines[3].hasPrefix("    84%  AWS 클라우드 안에서 사용자가 정의하는"))
    #expect(lines[4] == "    new  인바운드와 아웃바운드 트래픽을 제어하는 가상 방화벽은?")
    #expect(lines[5] == "    new  메시징 서비스를 모두 고르시오.")
    #expect(screen.update(.character("k")) == [])
    #expect(!screen.showsQuestions)
    _ = screen.update(.tab)
    #expect(screen.update(.character("v")) == [.verify(id: entry.item.id)])
    #expect(!screen.showsQuestions)
  }

  @Test("both screens fit a 40x12 window and show a notice below the minimum size")
  func smallWindows() {
    for size in [Size(width: 40, height: 12), Size(width: 30, height: 8)] {
      var buffer = Buffer(size: size)
      WeakTopicsScreen(topics: Self.topics, concepts: Self.concepts).render(into: &buffer)
      var other = Buffer(size: size)
      ChecklistScreen(entries: Self.entries).render(into: &other)
      if size.width < 40 {
        #expect(!buffer.text.contains("Weak topics"))
        #expect(!other.text.contains("Checklists"))
      } else {
        #expect(buffer.text.contains("[Topics] Concepts"))
        #expect(buffer.text.contains("1. [##........]  23%"))
        #expect(other.text.contains("Route 53"))
      }
    }
  }
}
