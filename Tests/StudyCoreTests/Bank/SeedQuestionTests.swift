import StudyCore
import Testing

/// The questions the issue names, from the user's own notes.
@Suite(
  .enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent: seed bank tests skipped"))
struct SeedQuestionTests {
  var bank: QuestionBank { BankFixtures.seedBank ?? QuestionBank(questions: [], report: .init()) }

  @Test func sqsDeliveryMechanismIsPolling() throws {
    let question = try #require(
      bank.questions(.tableCell, in: "architecting-on-aws").first {
        $0.prompt == "[SNS vs SQS] SQS의 전송 메커니즘은?"
      })
    #expect(question.keys == ["폴링(능동적)"])
    #expect(Set(question.options) == ["폴링(능동적)", "푸시(수동적)"])
    // Which side polls: asked, or left out for better questions of the same table.
    let side = bank.questions(.comparisonSide).first { $0.prompt.contains("“폴링(능동적)”") }
    #expect(
      side?.keys == ["SQS"]
        || bank.report.dropped.contains {
          $0.gate == .outranked && $0.subject == "[SNS vs SQS] 전송 메커니즘이 “폴링(능동적)”인 것은?"
        })
  }

  @Test func routingPoliciesAsSelectAllWithOutsiders() throws {
    let question = try #require(
      bank.questions(.enumerationSelectAll, in: "week3-review").first {
        $0.terms == ["라우팅 정책"]
      })
    let policies = [
      "Simple", "Weighted", "Latency", "Failover", "Geolocation", "Geoproximity", "Multivalue",
    ]
    #expect(Set(question.keys) == Set(policies))
    let outsiders = question.options.filter { !question.keys.contains($0) }
    #expect(outsiders.count >= 2)
    #expect(outsiders.allSatisfy { !policies.contains($0) })
    #expect(question.prompt == "[Day 17: Route 53 & DNS] 다음 중 라우팅 정책에 해당하는 것을 모두 고르세요.")
    let notOne = try #require(
      bank.questions(.enumerationNotOneOf, in: "week3-review").first { $0.terms == ["라우팅 정책"] })
    #expect(!policies.contains(notOne.keys[0]))
    #expect(notOne.options.filter { policies.contains($0) }.count == 3)
  }

  @Test func auroraFromItsThroughputFact() throws {
    let question = try #require(
      bank.questions(.subjectFact, in: "architecting-on-aws").first {
        $0.prompt.contains("“MySQL 처리량의 최대 5배”")
      })
    #expect(question.keys == ["Amazon Aurora"])
    #expect(question.options.contains("Amazon RDS"))
    #expect(question.options.contains("Amazon DynamoDB"))
    #expect(question.source.line == 197)
    #expect(question.topic == "Architecting on AWS › 데이터베이스 계층 추가 › Amazon Aurora")
  }

  @Test func vpcLimitCloze() throws {
    let question = try #require(
      bank.questions(.numericCloze, in: "architecting-on-aws").first {
        $0.prompt.contains("계정당 리전당 VPC ___개")
      })
    #expect(question.keys == ["5"])
    #expect(question.aliases.contains("5개"))
    #expect(question.format == .typed)
  }

  @Test func costModelsAreAskedAmongCostModels() throws {
    // The matrix holds more facts than a section keeps: the best of them are asked.
    let asked = bank.questions(.tableCell, in: "week3-review").filter {
      $0.prompt.hasPrefix("[Week 3 핵심 서비스 매트릭스]") && $0.prompt.hasSuffix("의 비용 모델은?")
    }
    #expect(!asked.isEmpty)
    let models = [
      "시간당 + LCU", "데이터 전송량", "쿼리 수 + 호스팅 영역", "실행 시간 + 요청 수", "요청 수", "인프라 비용",
      "vCPU + 메모리",
    ]
    for question in asked {
      #expect(question.options.count == 4)
      #expect(question.options.allSatisfy(models.contains), "\(question.options)")
    }
  }

  @Test func termQuestionsBothWays() throws {
    let toTerm = try #require(
      bank.questions(.definitionToTerm, in: "week3-review").first {
        $0.keys == ["Application Load Balancer (ALB)"]
      })
    #expect(toTerm.prompt.contains("“Layer 7 로드 밸런싱, 경로/호스트 기반 라우팅”"))
    #expect(toTerm.options.contains("Network Load Balancer (NLB)"))
    let recall = try #require(
      bank.questions(.termRecall, in: "week3-review").first {
        $0.keys == ["Application Load Balancer"]
      })
    #expect(recall.aliases.contains("ALB"))
    #expect(recall.siblingGroup == toTerm.siblingGroup)
  }
}
