import Foundation
import NoteOutline
import Testing

@Suite(.enabled(if: SeedNotes.available, "../shared/seeds is absent: seed outline tests skipped"))
struct SeedOutlineTests {
  @Test func week3ServiceMatrixTable() throws {
    let note = try SeedNotes.load("week3-review.md")
    let section = try #require(note.section(titled: "Week 3 핵심 서비스 매트릭스"))
    let tables = section.descendantBlocks.compactMap { block -> Table? in
      if case .table(let table) = block { return table }
      return nil
    }
    let table = try #require(tables.first)
    #expect(table.header == ["서비스", "주요 기능", "사용 사례", "비용 모델"])
    #expect(table.rows.count == 7)
    #expect(table.rows.first?.first == "ALB")
    #expect(table.rows.first?.last == "시간당 + LCU")
    #expect(table.line == 344)
    #expect(table.rowLines.first == 346)
  }

  @Test func week3FirstMermaidGraph() throws {
    let note = try SeedNotes.load("week3-review.md")
    guard case .flowchart(let chart) = try #require(note.diagrams.first) else {
      Issue.record("first diagram is not a flowchart")
      return
    }
    #expect(chart.keyword == "graph")
    #expect(chart.direction == "TB")
    #expect(chart.hasEdge("사용자", "Route 53"))
    #expect(chart.hasEdge("Route 53", "CloudFront"))
    #expect(chart.hasEdge("CloudFront", "Application Load Balancer"))
    #expect(chart.nodes.count == 12)
    #expect(chart.edges.count == 15)
    #expect(chart.edges.first?.line == 51)
  }

  @Test func week3RoutingPolicyEnumeration() throws {
    let note = try SeedNotes.load("week3-review.md")
    let section = try #require(note.section(titled: "Day 17: Route 53 & DNS"))
    let item = try #require(section.listItems.first { $0.term?.name == "7가지 라우팅 정책" })
    let names = try #require(item.term?.definition).split(separator: ",").map {
      $0.trimmingWhitespace()
    }
    #expect(
      names == [
        "Simple", "Weighted", "Latency", "Failover", "Geolocation", "Geoproximity", "Multivalue",
      ])
    #expect(item.term?.form == .boldColon)
    #expect(item.line == 23)
  }

  @Test func week3Checklists() throws {
    let note = try SeedNotes.load("week3-review.md")
    let understanding = try #require(note.section(titled: "이해도 체크리스트"))
    let readiness = try #require(note.section(titled: "실습 준비도 체크"))
    #expect(understanding.listItems.count == 7)
    #expect(readiness.listItems.count == 6)
    let tasks = (understanding.listItems + readiness.listItems).map(\.task)
    #expect(tasks.allSatisfy { $0 == false })
    #expect(understanding.listItems[3].text.text == "Route 53 라우팅 정책별 특징과 활용법 파악")
  }

  @Test func week3TermsWithExpansion() throws {
    let note = try SeedNotes.load("week3-review.md")
    let section = try #require(note.section(titled: "Day 15: Load Balancing & Auto Scaling"))
    let alb = try #require(section.listItems.first?.term)
    #expect(alb.name == "Application Load Balancer")
    #expect(alb.parenthetical == "ALB")
    #expect(alb.definition == "Layer 7 로드 밸런싱, 경로/호스트 기반 라우팅")
  }

  @Test func week3ScenarioParagraphPairs() throws {
    let note = try SeedNotes.load("week3-review.md")
    let section = try #require(note.section(titled: "시나리오 1: 스타트업 웹 서비스"))
    guard case .paragraph(let paragraph) = try #require(section.blocks.first) else {
      Issue.record("scenario does not start with a paragraph")
      return
    }
    #expect(paragraph.terms.map(\.name) == ["요구사항", "권장 아키텍처"])
    #expect(paragraph.terms.map(\.line) == [385, 386])
    #expect(paragraph.terms.last?.definition == "Lambda + API Gateway + DynamoDB + CloudFront")
  }

  @Test func architectingFrontMatter() throws {
    let note = try SeedNotes.load("architecting-on-aws.md")
    #expect(note.title == "Architecting on AWS")
    #expect(note.tags == ["Cloud", "AWS", "Architect"])
    #expect(note.frontMatter.first { $0.key == "toc_label" }?.values == ["목차"])
    // Nothing of the front matter reaches the body: the root holds no blocks, and the first
    // heading is on line 15 as in the file.
    #expect(note.root.blocks.isEmpty)
    #expect(note.root.subsections.first?.heading?.line == 15)
    #expect(note.root.subsections.first?.heading?.title == "개요")
  }

  @Test func architectingAuroraSection() throws {
    let note = try SeedNotes.load("architecting-on-aws.md")
    let aurora = try #require(note.section(titled: "Amazon Aurora"))
    #expect(aurora.heading?.original == "4.2 Amazon Aurora")
    #expect(aurora.path == ["데이터베이스 계층 추가", "Amazon Aurora"])
    let fact = try #require(aurora.listItems.first { $0.text.text == "MySQL 처리량의 최대 5배" })
    #expect(fact.line == 197)
    #expect(try SeedNotes.line(of: "MySQL 처리량의 최대 5배", in: "architecting-on-aws.md") == 197)
  }

  @Test func architectingSNSvsSQSTable() throws {
    let note = try SeedNotes.load("architecting-on-aws.md")
    let table = try #require(note.tables.first { $0.header.contains("SQS(생산자/소비자)") })
    #expect(table.header == ["", "SNS(게시자/구독자)", "SQS(생산자/소비자)"])
    #expect(table.rows.count == 4)
    #expect(table.rows[1] == ["전송 메커니즘", "푸시(수동적)", "폴링(능동적)"])
  }

  @Test func architectingPlainColonTerms() throws {
    let note = try SeedNotes.load("architecting-on-aws.md")
    let s3 = try #require(note.section(titled: "S3"))
    let terms = s3.listItems.compactMap(\.term)
    let bucketPolicy = try #require(terms.first { $0.name == "버킷 정책" })
    #expect(bucketPolicy.form == .plainColon)
    #expect(bucketPolicy.definition == "저장된 객체에 액세서 허용 제어 (ACL 정책 보완)")
  }

  @Test func designPatternsEmojiHeading() throws {
    let note = try SeedNotes.load("design-patterns.md")
    let section = try #require(note.section(titled: "이벤트 사이트 (단일 서버 구성)"))
    #expect(section.heading?.original == "1. 🎪 이벤트 사이트 (단일 서버 구성)")
    #expect(section.heading?.level == 3)
  }

  @Test func designPatternsMindmap() throws {
    let note = try SeedNotes.load("design-patterns.md")
    let mindmaps = note.diagrams.compactMap { diagram -> MindmapNode? in
      if case .mindmap(let root) = diagram { return root }
      return nil
    }
    let root = try #require(mindmaps.first)
    #expect(root.text == "AWS 디자인 패턴")
    #expect(root.children.first?.text == "비용 절약")
    #expect(root.children.first?.children.map(\.text) == ["예약 인스턴스", "스팟 인스턴스", "오토스케일링"])
    let pies = note.diagrams.filter {
      if case .other(let kind, _) = $0 { return kind == "pie" }
      return false
    }
    #expect(pies.count == 1)
  }

  @Test func designPatternsSubgraphMembership() throws {
    let note = try SeedNotes.load("design-patterns.md")
    let charts = note.diagrams.compactMap { diagram -> Flowchart? in
      if case .flowchart(let chart) = diagram { return chart }
      return nil
    }
    let multiRegion = try #require(
      charts.first { $0.subgraphs.contains { $0.id == "MultiRegion" } })
    let us = try #require(multiRegion.subgraphs.first { $0.id == "US" })
    #expect(us.parent == "MultiRegion")
    #expect(!us.members.isEmpty)
  }

  @Test func everySeedParsesWithoutDiagnostics() throws {
    for name in ["week3-review.md", "design-patterns.md", "architecting-on-aws.md"] {
      let note = try SeedNotes.load(name)
      #expect(note.diagnostics.isEmpty, "\(name): \(note.diagnostics)")
      #expect(note.allSections.count > 10)
    }
  }
}
