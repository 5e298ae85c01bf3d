import NoteOutline
import StudyCore
import Testing

/// One test per defect class of the blind rating, on the learner's own notes where they hold an
/// example (skipped without them) and on small notes in their style where they do not.
@Suite(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
struct SeedRuleTests {
  var bank: QuestionBank { BankFixtures.seedBank ?? QuestionBank(questions: [], report: .init()) }

  @Test func organisingHeadingsAndLabelsAreNeverKeys() {
    let organising = ["기존 방식", "AWS 방식", "핵심 개념 설명", "AWS 클라우드란?", "쉬운 설명", "이름 의미", "옵션"]
    let offenders = bank.questions.filter { question in
      question.keys.contains(where: organising.contains)
        || question.terms.contains(where: organising.contains)
        || question.options.contains(where: organising.contains)
    }
    #expect(offenders.isEmpty, "\(offenders.map(\.prompt))")
    #expect((bank.report.countsByGate[.headingKey] ?? 0) > 0)
  }

  @Test func statisticsResourcesAndMetaphorsAreTrivia() {
    let trivia = ["현업 사용률 통계", "추천 학습 자료", "참고 자료", "유용한 도구 및 리소스"]
    let asked = bank.questions.filter { question in
      question.source.headingPath.contains { heading in trivia.contains { heading.hasSuffix($0) } }
    }
    #expect(asked.isEmpty, "\(asked.map(\.prompt))")
    // The note's own metaphors (비유: 📱 스마트폰) are not asked; the roles beside them are.
    #expect(!bank.questions.contains { $0.prompt.contains("비유") })
    #expect(bank.questions.contains { $0.topic.hasSuffix("주요 AWS 서비스") })
    // A pricing model is a fact; a row of coins (💰💰) is not.
    #expect(bank.questions.contains { $0.keys == ["실행 시간 + 요청 수"] })
    #expect(!bank.questions.contains { $0.keys.contains("💰💰") || $0.prompt.contains("💰") })
  }

  @Test func exampleNumbersAreNotAsked() {
    // `RPO: 복구 시점 목표 (예: 최장 12시간의 데이터 손실을 …)`: 12 is the example's.
    #expect(!bank.questions.contains { $0.kind == .numericCloze && $0.prompt.contains("최장 ___") })
    #expect(bank.questions.contains { $0.kind == .numericCloze })
  }

  @Test func aKeyEchoingThePromptIsDropped() {
    // `다양한 중요 이벤트에 대한 알림을 받을 수 있습니다` → `이벤트 알림` is matched by eye.
    let echoing = bank.questions.filter {
      $0.format == .singleChoice && $0.keys == ["이벤트 알림"] && $0.prompt.contains("이벤트에 대한 알림")
    }
    #expect(echoing.isEmpty)
    #expect((bank.report.countsByGate[.giveaway] ?? 0) > 0)
  }

  @Test func typedKeysAreShortTerms() {
    for question in bank.questions where question.format == .typed && question.kind != .numericCloze
    {
      let key = question.keys[0]
      // A longer name is typed only when the alias list knows it (and so its short forms).
      #expect(key.split(separator: " ").count <= 3 || !question.aliases.isEmpty, "\(key)")
      #expect(!key.contains(" 및 ") && !key.contains(","), "\(key)")
    }
    // `운영 부담 감소` (a benefit) is asked as a choice, never typed.
    #expect(!bank.questions.contains { $0.format == .typed && $0.keys == ["운영 부담 감소"] })
    #expect(bank.questions.contains { $0.kind == .definitionToTerm && $0.keys == ["운영 부담 감소"] })
  }

  @Test func theAuditCountsThePresentationChecks() throws {
    let checks = BankAudit.checks
    for check in ["diagramWithoutDiagram", "headingKey", "longTypedKey", "markup", "maskInEnglish"]
    {
      #expect(checks.contains(check))
    }
    #expect(bank.audit.findings.isEmpty, "\(bank.audit.findings.prefix(5))")
    #expect(bank.questions.count >= 300)
  }
}

struct TextRuleTests {
  static func bank(_ text: String, _ path: String = "note.md") -> QuestionBank {
    QuestionBank.build([OutlineParser.parse(text, path: path)], aliases: BankFixtures.aliases)
  }

  @Test func aGlossedKeyAcceptsEveryPart() throws {
    let bank = Self.bank(
      """
      # 탄력성

      - **자가 치유(Self-healing) 아키텍처**: 장애가 난 구성 요소를 자동으로 감지하고 교체해 복구하는 설계
      - **수평 확장**: 인스턴스 수를 늘려 처리량을 키우는 방식
      - **수직 확장**: 인스턴스 크기를 키워 성능을 높이는 방식
      """)
    let typed = try #require(bank.questions(.termRecall).first { $0.keys[0].hasPrefix("자가 치유") })
    for part in ["자가 치유 아키텍처", "Self-healing 아키텍처", "자가 치유", "Self-healing"] {
      #expect(typed.aliases.contains(part), "\(part)")
    }
  }

  @Test func phrasesAndCompoundsAreNotTyped() {
    let bank = Self.bank(
      """
      # 관리형 서비스

      - **관리형 형태로 자동 처리**: 패치와 백업을 AWS가 맡아 운영자가 신경 쓰지 않아도 되는 방식
      - **고가용성 및 탄력성**: 장애에도 서비스가 계속되고 부하에 맞춰 늘어나는 성질
      - **내결함성**: 구성 요소 하나가 고장 나도 시스템 전체는 계속 동작하는 성질
      """)
    #expect(bank.questions(.termRecall).map { $0.keys[0] } == ["내결함성"])
    #expect(bank.questions(.definitionToTerm).contains { $0.keys == ["고가용성 및 탄력성"] })
    #expect((bank.report.countsByGate[.untypeable] ?? 0) == 2)
  }

  @Test func markupAndLaTeXNeverReachTheLearner() {
    let bank = Self.bank(
      """
      # 비용

      - **S3 Standard**: 자주 쓰는 데이터용 **기본** 스토리지 클래스
      - **S3 Glacier**: $1.16 \\text{ GB} \\times $0.023 \\approx $0.026$
      - **S3 One Zone-IA**: 한 AZ에만 저장해 더 싼 저빈도 스토리지
      """)
    for question in bank.questions {
      for text in [question.prompt] + question.keys + question.options {
        #expect(!text.contains("**") && !text.contains("\\times"), "\(text)")
      }
    }
    #expect(!bank.questions.contains { $0.terms == ["S3 Glacier"] })
    #expect((bank.report.countsByGate[.fragment] ?? 0) > 0)
  }

  @Test func fragmentsThatLeanOnAnotherSentenceAreDropped() {
    let bank = Self.bank(
      """
      # VPC

      ## VPC Endpoint
      - 대신 동일한 리전에 있어야 한다.
      - IGW나 NAT 없이 AWS 서비스에 프라이빗하게 연결한다.

      ## Elastic IP
      - 고정된 퍼블릭 IPv4 주소를 계정에 할당한다.
      - 인스턴스에 붙이지 않으면 요금이 발생한다.

      ## NAT Gateway
      - 프라이빗 서브넷의 인스턴스가 인터넷으로 나가게 해 준다.
      - AZ마다 따로 만들어야 한다.
      """)
    #expect(!bank.questions.contains { $0.prompt.contains("대신 동일한") })
    #expect(bank.questions(.subjectFact).count >= 4)
  }

  @Test func aBlankInTheSubjectsPlaceIsAmbiguous() {
    let bank = Self.bank(
      """
      # 3계층 아키텍처

      - 데이터베이스 계층: **RDS**는 프라이빗 서브넷에 배치하여 보안을 강화합니다
      - 웹 계층: **ALB**가 퍼블릭 서브넷에서 CloudFront 요청을 받습니다
      """)
    #expect(!bank.questions(.termCloze).contains { $0.keys == ["RDS"] })
    #expect(bank.questions(.termCloze).contains { $0.keys == ["ALB"] })
  }

  @Test func englishPromptsUseUnderscoresNotCircles() {
    let bank = Self.bank(
      """
      # Load balancing

      - **ALB**: ALB routes HTTP requests by path and host at layer 7
      - **NLB**: NLB spreads TCP and UDP connections at layer 4 with very low latency
      - **GWLB**: GWLB sends traffic through third-party virtual appliances
      """, "lb.md")
    let masked = bank.questions.filter {
      $0.prompt.contains("___") || $0.keys.contains { $0.contains("___") }
    }
    #expect(!masked.isEmpty)
    #expect(
      !bank.questions.contains { question in
        ([question.prompt] + question.keys + question.options).contains { $0.contains("○○") }
      })
    #expect(bank.audit.findings.isEmpty, "\(bank.audit.findings)")
  }
}
