import NoteOutline
import Testing

@testable import StudyCore

struct KoreanParticleTests {
  @Test(arguments: [
    ("라우팅", KoreanParticle.Pair.topic, "라우팅은"), ("정책", .topic, "정책은"),
    ("서버", .topic, "서버는"), ("Lambda", .topic, "Lambda는"), ("CloudFront", .topic, "CloudFront는"),
    ("Amazon", .topic, "Amazon은"), ("IAM", .subject, "IAM이"), ("ALB", .subject, "ALB가"),
    ("SQS", .object, "SQS를"), ("S3", .topic, "S3은(는)"), ("EC2", .subject, "EC2이(가)"),
    ("파일", .by, "파일로"), ("서버", .by, "서버로"), ("정책", .by, "정책으로"), ("NLB", .and, "NLB와"),
    ("10", .topic, "10은"), ("5", .topic, "5는"),
    // A gloss in parentheses is not read: the particle follows the word before it.
    ("빠른 개발 환경 (CI/CD)", .topic, "빠른 개발 환경 (CI/CD)은"),
    ("작업 역할 (Task Role)", .subject, "작업 역할 (Task Role)이"),
    ("버킷 (Bucket)", .object, "버킷 (Bucket)을"),
  ])
  func particleFollowsTheFinalSound(word: String, pair: KoreanParticle.Pair, expected: String) {
    #expect(KoreanParticle.attach(pair, to: word) == expected)
  }
}

struct TemplateTests {
  @Test func maskBlanksSecretsAndNeutralisesParticles() {
    #expect(Templates.mask("각 리전은 두 개 이상의 AZ", ["리전"]) == "각 ○○은(는) 두 개 이상의 AZ")
    #expect(Templates.mask("Aurora 글로벌 데이터베이스", ["Amazon Aurora", "Aurora"]) == "○○ 글로벌 데이터베이스")
    #expect(Templates.mask("alb를 쓴다", ["ALB"]) == "○○을(를) 쓴다")
    #expect(Templates.mask("게이트웨이 역할", ["게이"]) == "○○트웨이 역할")
    #expect(Templates.mask("아무것도 없음", ["ALB"]) == "아무것도 없음")
  }

  @Test func droppingRestatementAfterBlank() {
    #expect(Templates.droppingParenthesis(after: "___", in: "___(Push)하는 방식") == "___하는 방식")
    #expect(Templates.droppingParenthesis(after: "___분", in: "최대 ___분(900초)") == "최대 ___분")
  }
}

struct NumberFinderTests {
  @Test func numbersWithUnitsAreFound() {
    let found = NumberFinder.numbers(in: "최대 5배, 15개 복제본, 5TB 객체, 99.99% 가용성, 300초")
    #expect(found.map(\.value) == ["5", "15", "5", "99.99", "300"])
    #expect(found.map(\.unit) == ["배", "개", "TB", "%", "초"])
  }

  @Test func namesYearsAndBareNumbersAreLeftAlone() {
    #expect(NumberFinder.numbers(in: "EC2 인스턴스와 S3, Route 53, m5.large, 2021년, v2").isEmpty)
    #expect(NumberFinder.numbers(in: "5TBs").isEmpty)
  }

  @Test func wholeNumberMatching() {
    #expect(NumberFinder.containsNumber("100", in: "최대 10,000개") == false)
    #expect(NumberFinder.containsNumber("5000", in: "최대 5,000개"))
    #expect(NumberFinder.containsNumber("16", in: "/16(65,536개)"))
  }
}

struct TextNormalizerTests {
  @Test func foldsCaseWidthSpacesAndPunctuation() {
    #expect(TextNormalizer.key("Route 53") == TextNormalizer.key("route53"))
    #expect(TextNormalizer.key("ＡＬＢ") == "alb")
    #expect(TextNormalizer.key("C#") != TextNormalizer.key("C"))
    #expect(TextNormalizer.nameKey("Amazon S3") == TextNormalizer.nameKey("S3"))
  }

  @Test func fastPathAgreesWithFullRules() throws {
    let bank = try #require(BankFixtures.contentBank)
    let samples =
      bank.questions.prefix(800).flatMap { [$0.prompt] + $0.options + $0.keys }
      + ["…", "™", "ｶﾞ", "①", "é", "“인용”", "A·B", "3×4", "한글 ㄱ", "\u{1100}\u{1161}"]
    for sample in samples {
      #expect(TextNormalizer.key(sample) == TextNormalizer.fullKey(sample), "\(sample)")
    }
  }
}

struct LabelTests {
  @Test func labelsAndSubjects() {
    #expect(Labels.isLabel("언제 사용?"))
    #expect(Labels.isLabel("역할"))
    #expect(!Labels.isLabel("ALB"))
    #expect(Labels.isOrdinalLabel("Day 22"))
    #expect(Labels.isOrdinalLabel("시나리오 1"))
    #expect(!Labels.isSubjectName("학습 목표"))
    #expect(Labels.isSubjectName("Amazon Aurora"))
    #expect(Labels.splitAttributeSuffix("Lambda 특징")! == ("Lambda", "특징"))
  }

  @Test func enumerationsNeedAListNameOrNames() {
    #expect(Labels.inlineMembers("Simple, Weighted, Latency", name: "7가지 라우팅 정책") != nil)
    #expect(Labels.inlineMembers("CodeCommit, CodeBuild, CodeDeploy", name: "CI/CD 파이프라인") != nil)
    #expect(Labels.inlineMembers("Layer 4 로드 밸런싱, 초고성능, 고정 IP", name: "NLB") == nil)
    #expect(Labels.inlineMembers("A(x, y), B, C", name: "3가지 종류") == ["A(x, y)", "B", "C"])
    #expect(Labels.category(ofEnumeration: "API Gateway의 3가지 API 유형") == "API Gateway의 API 유형")
  }
}

struct StableIDTests {
  @Test func idsArePinned() {
    // A change here would orphan every user's progress: ids must never drift.
    // Pinned against an independent FNV-1a computation (scripts: Python, see the test name).
    #expect(StableID.make("q", ["termRecall", "week3", "term", "alb"]) == "qe3102cd46894bd62")
    #expect(StableID.hash(["a"]) == 0x089b_e907_b544_fdc9)
    #expect(StableID.hash(["ab", "c"]) != StableID.hash(["a", "bc"]))
    #expect(
      StableID.hash(["한글"]) == StableID.hash(["\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}"]))
  }
}

struct OptionKindTests {
  static let note = """
    # 컨테이너

    - **Fargate**: 서버리스 컨테이너 플랫폼
    - **ECS**: AWS 네이티브 컨테이너 오케스트레이션
    - **EKS**: 표준 Kubernetes 환경
    - **이식성**: 어디서나 같은 이미지로 실행
    - **일관성**: 개발과 운영 환경이 동일
    - **격리**: 프로세스마다 자원을 나눔
    """

  @Test func namesOfAServiceAreServicesAndOfAnythingElseAreNot() {
    let bank = QuestionBank.build([OutlineParser.parse(Self.note, path: "k.md")])
    let toTerm = bank.questions.filter { $0.kind == .definitionToTerm }
    #expect(toTerm.count >= 2)
    for question in toTerm {
      let services = question.options.filter { BankBuilder.isServiceName($0, AliasTable()) }
      #expect(services.isEmpty || services.count == question.options.count, "\(question.options)")
    }
    #expect(toTerm.contains { $0.keys == ["Fargate"] })
  }

  @Test func anOptionShownWithItsGlossIsTheSameConcept() {
    let aliases = AliasTable.parse("Direct Connect = AWS Direct Connect = DX").table
    #expect(BankAuditor.sameConcept("AWS Direct Connect (DX)", "Direct Connect", aliases))
    #expect(!BankAuditor.sameConcept("AWS Direct Connect (DX)", "AWS Client VPN", aliases))
  }
}
