import Foundation
import NoteOutline
import StudyCore
import Testing

/// Quiz-style notes become authored questions asked as written.
struct QuizNoteTests {
  static let note = """
    # 퀴즈 기록

    질문 1: 메시지를 여러 구독자에게 동시에 밀어 보내는 서비스는?
    - [ ] • SQS
    - [ ] • SNS v
    - [ ] • Kinesis x

    질문 2: NAT 게이트웨이는 퍼블릭 서브넷에 둔다.
    - [ ] • 참 v
    - [ ] • 거짓

    다음 중 객체 스토리지에 해당하는 것은?
    - [x] S3
    - EBS
    - EFS

    [3] Q. Aurora가 한 리전에 두는 데이터 사본 수는?
    A. 6개

    **Q.** DynamoDB의 인메모리 캐시 이름은?

    **A.** DAX

    <details>
    <summary>Lambda의 최대 실행 시간은?</summary>

    15분까지 실행할 수 있다.

    </details>

    - 회사가 주문 처리 순서를 반드시 지켜야 한다. 어떤 대기열을 써야 하나?
      - **A)** SQS FIFO 대기열
      - 표준 대기열은 순서를 보장하지 않는다.

    1. 한 스타트업이 정적 웹사이트를 전 세계에 빠르게 제공하려 한다.

    Which service fits best?

    ***Answer:*** CloudFront

    ## 학습 점검

    - [ ] SNS와 SQS 차이 정리
    """

  static var bank: QuestionBank {
    QuestionBank.build([OutlineParser.parse(Self.note, path: "quiz.md")])
  }

  @Test func markedOptionsBecomeChoiceQuestions() throws {
    let choices = Self.bank.questions(.authoredChoice)
    let fanOut = try #require(choices.first { $0.prompt.hasPrefix("메시지를") })
    // Numbering, bullets and marks are not part of what is shown.
    #expect(fanOut.prompt == "메시지를 여러 구독자에게 동시에 밀어 보내는 서비스는?")
    #expect(fanOut.options == ["SQS", "SNS", "Kinesis"])
    #expect(fanOut.keys == ["SNS"])
    let statement = try #require(choices.first { $0.prompt.hasPrefix("NAT") })
    #expect(statement.keys == ["참"])
    #expect(statement.options == ["참", "거짓"])
  }

  @Test func checkedBoxAmongPlainItemsIsTheKey() throws {
    let choice = try #require(
      Self.bank.questions(.authoredChoice).first { $0.prompt.hasPrefix("다음 중 객체") })
    #expect(choice.options == ["S3", "EBS", "EFS"])
    #expect(choice.keys == ["S3"])
    #expect(choice.format == .singleChoice)
  }

  @Test func questionAndAnswerPairsBecomeFlipCards() {
    let cards = Self.bank.questions(.authoredBasic)
    let pairs = Dictionary(cards.map { ($0.prompt, $0.keys.first ?? "") }) { first, _ in first }
    #expect(pairs["Aurora가 한 리전에 두는 데이터 사본 수는?"] == "6개")
    #expect(pairs["DynamoDB의 인메모리 캐시 이름은?"] == "DAX")
    #expect(pairs["Lambda의 최대 실행 시간은?"] == "15분까지 실행할 수 있다.")
    #expect(pairs["회사가 주문 처리 순서를 반드시 지켜야 한다. 어떤 대기열을 써야 하나?"] == "SQS FIFO 대기열")
    #expect(
      pairs["한 스타트업이 정적 웹사이트를 전 세계에 빠르게 제공하려 한다.\nWhich service fits best?"]
        == "CloudFront")
    #expect(cards.allSatisfy { $0.format == .flip })
  }

  @Test func quizOptionsAreNoChecklist() {
    let items = Checklists.items(in: OutlineParser.parse(Self.note, path: "quiz.md"))
    #expect(items.map(\.text) == ["SNS와 SQS 차이 정리"])
  }

  @Test func plainListUnderAQuestionIsNotAQuiz() {
    let note = """
      # 메모

      Lambda는 언제 쓰나?
      - 이벤트 처리
      - 짧은 작업
      """
    let bank = QuestionBank.build([OutlineParser.parse(note, path: "memo.md")])
    #expect(bank.questions(.authoredChoice).isEmpty)
    #expect(bank.questions(.authoredBasic).isEmpty)
  }

  @Test func questionNumbersAreRecognisedButProseIsNot() {
    #expect(QuizReader.questionText("질문 12:보안 그룹은?") == "보안 그룹은?")
    #expect(QuizReader.questionText("[4] Q. 무엇인가?") == "무엇인가?")
    #expect(QuizReader.questionText("v 질문 4:다음 중 옳은 것은?") == "다음 중 옳은 것은?")
    #expect(!QuizReader.isQuestion("질문이 있다면: 메일로 보낸다."))
    #expect(QuizReader.answerText("***Answer:***As the key") == "As the key")
    #expect(QuizReader.answerText("AWS Lambda는 서버리스다") == nil)
    #expect(QuizReader.optionMark("• 보안 그룹 v") == ("보안 그룹", true))
    #expect(QuizReader.optionMark("• 온-디맨드 x") == ("온-디맨드", false))
  }

  // MARK: - Real quiz notes by other learners

  static let corpus = BankFixtures.root.deletingLastPathComponent()
    .appendingPathComponent("shared/corpus")

  static func corpusBank(_ name: String) throws -> QuestionBank? {
    let url = corpus.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    return QuestionBank.build([try BankFixtures.parse(url)], aliases: BankFixtures.aliases)
  }

  static var corpusAvailable: Bool {
    FileManager.default.fileExists(atPath: corpus.appendingPathComponent("SOURCES.md").path)
  }

  @Test(.enabled(if: corpusAvailable, "../shared/corpus is absent"))
  func quizLogWithMarkedOptions() throws {
    let bank = try #require(try Self.corpusBank("01_Meet-Coder-Study_ec2-quiz.md"))
    let choices = bank.questions(.authoredChoice)
    // 27 questions (two written `v 질문 4:` after the mark above), one marking no answer.
    #expect(choices.count == 26)
    #expect(choices.allSatisfy { !$0.prompt.hasPrefix("질문") && !$0.prompt.hasPrefix("v ") })
    #expect(choices.allSatisfy { $0.keys.count == 1 && $0.options.contains($0.keys[0]) })
    #expect(choices.allSatisfy { $0.options.allSatisfy { !$0.hasSuffix(" v") } })
    let url = Self.corpus.appendingPathComponent("01_Meet-Coder-Study_ec2-quiz.md")
    #expect(Checklists.items(in: try BankFixtures.parse(url)).isEmpty)
  }

  @Test(.enabled(if: corpusAvailable, "../shared/corpus is absent"))
  func detailsSummariesAndAnswerLabels() throws {
    let memory = try #require(try Self.corpusBank("12_leeeha_virtual-memory.md"))
    #expect(memory.questions(.authoredBasic).count == 12)
    let lambda = try #require(try Self.corpusBank("11_dasoldasol_lambda.md"))
    #expect(lambda.questions(.authoredBasic).map(\.keys).contains(["Canary"]))
    let kms = try #require(try Self.corpusBank("10_skrradev_kms.md"))
    let exam = kms.questions(.authoredBasic)
    #expect(exam.count == 2)
    #expect(exam.allSatisfy { $0.prompt.hasPrefix("A ") && $0.prompt.contains("?") })
  }
}
