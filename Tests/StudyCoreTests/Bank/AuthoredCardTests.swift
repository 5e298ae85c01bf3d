import NoteOutline
import StudyCore
import Testing

struct AuthoredCardTests {
  static let note = """
    # 직접 만든 카드

    SQS 기본 메시지 보존 기간::4일

    Route 53의 이름 유래:::DNS 포트 53번

    Aurora가 데이터를 복제하는 AZ 수는?
    ?
    3개 AZ에 6개 사본

    CloudFront 캐시를 비우는 작업은 ==무효화==이고 경로당 요금이 붙는다.

    `std::vector` 같은 코드는 카드가 아니다.

    - 템플릿 내장 함수: Ref, Fn::GetAtt, Fn::Sub

    다음 중 서버리스 서비스는?
    - [x] Lambda
    - [ ] EC2
    - [x] Fargate

    ## 학습 점검

    - [ ] SQS 보존 기간 외우기
    - [x] Route 53 정책 정리
    """

  var bank: QuestionBank { QuestionBank.build([OutlineParser.parse(Self.note, path: "cards.md")]) }

  @Test func singleLineCardsOneAndBothWays() throws {
    let basic = bank.questions(.authoredBasic)
    #expect(
      basic.map(\.prompt) == ["SQS 기본 메시지 보존 기간", "Route 53의 이름 유래", "Aurora가 데이터를 복제하는 AZ 수는?"])
    #expect(basic.map(\.keys) == [["4일"], ["DNS 포트 53번"], ["3개 AZ에 6개 사본"]])
    #expect(basic.allSatisfy { $0.format == .flip })
    let reversed = try #require(bank.questions(.authoredReversed).first)
    #expect(reversed.prompt == "DNS 포트 53번")
    #expect(reversed.keys == ["Route 53의 이름 유래"])
    #expect(reversed.siblingGroup == basic[1].siblingGroup)
  }

  @Test func clozeBlanksTheHighlight() throws {
    let cloze = try #require(bank.questions(.authoredCloze).first)
    #expect(cloze.prompt == "CloudFront 캐시를 비우는 작업은 ___이고 경로당 요금이 붙는다.")
    #expect(cloze.keys == ["무효화"])
  }

  @Test func codeAndScopeOperatorsAreNotCards() {
    #expect(
      bank.questions(.authoredBasic).allSatisfy {
        !$0.prompt.contains("std") && !$0.prompt.contains("Fn")
      })
    #expect(AuthoredCards.inlineCard("a::b::c") == nil)
    #expect(AuthoredCards.inlineCard("질문::") == nil)
  }

  @Test func authoredChoiceIsAQuestionNotAChecklist() throws {
    let choice = try #require(bank.questions(.authoredChoice).first)
    #expect(choice.prompt == "다음 중 서버리스 서비스는?")
    #expect(choice.options == ["Lambda", "EC2", "Fargate"])
    #expect(choice.keys == ["Lambda", "Fargate"])
    #expect(choice.format == .multipleChoice)
    let checklist = Checklists.items(in: OutlineParser.parse(Self.note, path: "cards.md"))
    #expect(checklist.map(\.text) == ["SQS 보존 기간 외우기", "Route 53 정책 정리"])
    #expect(checklist.map(\.checked) == [false, true])
    #expect(checklist.first?.headingPath == ["직접 만든 카드", "학습 점검"])
  }

  @Test(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
  func seedChecklistsAreChecklists() throws {
    let notes = try BankFixtures.seedNotes()
    let week3 = try #require(notes.first { $0.id == "week3-review" })
    #expect(Checklists.items(in: week3).count == 13)
  }
}
