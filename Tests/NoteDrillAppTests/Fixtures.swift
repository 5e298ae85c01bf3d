import Foundation
import NoteDrillWiring
import StudyCore

@testable import NoteDrillApp

/// Small hand-made questions for the drill tests.
enum Fixtures {
  static let start = Date(timeIntervalSince1970: 1_800_000_000)

  static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

  static func question(
    _ id: String, format: AnswerFormat, prompt: String, keys: [String], options: [String] = [],
    aliases: [String] = [], language: NoteLanguage = .korean
  ) -> Question {
    Question(
      id: id, kind: .termToDefinition, format: format, prompt: prompt, keys: keys,
      options: options, aliases: aliases, explanation: "VPC는 AWS 안의 격리된 가상 네트워크다.",
      source: SourceReference(
        document: "aws-network", path: "Content/aws-network.md", line: 12,
        headingPath: ["네트워크", "VPC"]),
      topic: "aws-network › 네트워크 › VPC", terms: ["VPC"], siblingGroup: id, language: language)
  }

  static let single = question(
    "q1", format: .singleChoice,
    prompt: "AWS 클라우드 안에서 사용자가 정의하는 논리적으로 격리된 가상 네트워크를 무엇이라고 하는가?",
    keys: ["VPC"], options: ["서브넷", "VPC", "보안 그룹", "라우팅 테이블"])
  static let multiple = question(
    "q2", format: .multipleChoice, prompt: "메시징 서비스를 모두 고르시오.", keys: ["SNS", "SQS"],
    options: ["SNS", "EC2", "SQS", "EBS"])
  static let typed = question(
    "q3", format: .typed, prompt: "인바운드와 아웃바운드 트래픽을 제어하는 가상 방화벽은?",
    keys: ["보안그룹"], aliases: ["Security Group"])
  static let trueFalse = question(
    "q4", format: .trueFalse, prompt: "서브넷은 하나의 가용 영역에 속한다.", keys: ["참"])
  static let flip = question(
    "q5", format: .flip, prompt: "NAT 게이트웨이의 역할은?", keys: ["프라이빗 서브넷의 아웃바운드 인터넷 연결"])
  static let ordering = question(
    "q6", format: .ordering, prompt: "요청 흐름을 순서대로 놓으시오.", keys: ["Route 53", "ALB", "EC2"],
    options: ["EC2", "Route 53", "ALB"])

  /// A small concept graph around VPC: a subnet is part of it, it flows to an internet
  /// gateway, and it sits under a heading (which the answer screen leaves out).
  static let links: ConceptLinks = {
    func concept(_ name: String, _ kind: ConceptKind) -> Concept {
      Concept(
        id: "c-" + name, key: TextNormalizer.nameKey(name), name: name, spellings: [name],
        kind: kind, occurrences: [])
    }
    let graph = ConceptGraph(
      concepts: [
        concept("VPC", .service), concept("서브넷", .term), concept("인터넷 게이트웨이", .service),
        concept("네트워크", .heading),
      ],
      edges: [
        ConceptEdge(from: "c-서브넷", to: "c-VPC", kind: .partOf),
        ConceptEdge(from: "c-VPC", to: "c-인터넷 게이트웨이", kind: .flowsTo),
        ConceptEdge(from: "c-VPC", to: "c-네트워크", kind: .partOf),
      ])
    return ConceptLinks(graph: graph)
  }()

  static func session(_ questions: [Question]) -> DrillSession {
    DrillSession(
      items: questions.map { DrillItem(question: $0, reason: .new) },
      grader: TypedAnswerGrader(otherTerms: ["SNS", "SQS", "EBS", "EFS", "VPC", "서브넷"]),
      at: start)
  }
}
