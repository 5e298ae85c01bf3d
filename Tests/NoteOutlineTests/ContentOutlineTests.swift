import Foundation
import NoteOutline
import Testing

/// NoteDrill's own notes in Content/: exact facts their outlines must carry.
enum ContentNotes {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Content")

  static func load(_ name: String) throws -> NoteDocument {
    let path = directory.appendingPathComponent(name).path
    return OutlineParser.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
  }

  static func flowcharts(_ note: NoteDocument) -> [Flowchart] {
    note.diagrams.compactMap {
      if case .flowchart(let chart) = $0 { return chart }
      return nil
    }
  }
}

struct ContentOutlineTests {
  @Test func everyContentNoteHasTheRequiredParts() throws {
    let files = NoteLoader.markdownFiles(in: ContentNotes.directory.path)
    #expect(files.count == 3)
    for file in files {
      let note = try ContentNotes.load((file as NSString).lastPathComponent)
      let stats = OutlineStatistics(note)
      #expect(note.diagnostics.isEmpty, "\(file)")
      #expect(stats.terms >= 200, "\(file): term/definition bullets")
      #expect(stats.tables >= 2, "\(file): a comparison table and a data table")
      #expect(stats.tasks >= 10, "\(file): a checklist")
      #expect(!ContentNotes.flowcharts(note).isEmpty, "\(file): a mermaid flow")
      let enumerations = note.allSections.flatMap(\.listItems).compactMap(\.term).filter {
        $0.name.range(of: #"\d+가지 "#, options: .regularExpression) != nil
      }
      #expect(enumerations.count >= 3, "\(file): `N가지 X: A, B, …` enumerations")
    }
  }

  @Test func week3ServiceMatrixAndRequestPath() throws {
    let note = try ContentNotes.load("week3-app-services.md")
    #expect(note.title == "Week 3 복습: 트래픽 분산부터 배포 자동화까지")
    let matrix = try #require(note.tables.first)
    #expect(matrix.header == ["서비스", "주요 기능", "사용 사례", "비용 모델"])
    #expect(matrix.rows.count == 17)
    #expect(
      matrix.rows[0] == [
        "Application Load Balancer", "L7 HTTP/HTTPS 요청 분산", "웹 앱, 경로별 마이크로서비스", "시간당 요금 + LCU",
      ])
    let path = try #require(note.section(titled: "현대적 웹 애플리케이션 요청 경로"))
    #expect(path.heading?.line == 560)
    let charts = path.descendantBlocks.compactMap { block -> Flowchart? in
      if case .code(let code) = block, case .flowchart(let chart)? = code.diagram { return chart }
      return nil
    }
    let chart = try #require(charts.first)
    #expect(chart.hasEdge("사용자", "Route 53"))
    #expect(chart.hasEdge("Route 53", "CloudFront"))
    #expect(chart.edges.first { $0.line == 564 }?.label == "Alias 응답")
  }

  @Test func week3RoutingPoliciesAndChecklists() throws {
    let note = try ContentNotes.load("week3-app-services.md")
    let items = note.allSections.flatMap(\.listItems)
    let policies = try #require(items.first { $0.term?.name == "8가지 Route 53 라우팅 정책" })
    #expect(policies.line == 233)
    #expect(
      policies.term?.definition.split(separator: ",").count == 8)
    let concepts = try #require(note.section(titled: "개념 체크리스트"))
    let practice = try #require(note.section(titled: "실습 체크리스트"))
    #expect(concepts.listItems.count + practice.listItems.count == 19)
    #expect((concepts.listItems + practice.listItems).allSatisfy { $0.task == false })
  }

  @Test func architectingFrontMatterAuroraAndSNSvsSQS() throws {
    let note = try ContentNotes.load("architecting-on-aws.md")
    #expect(note.title == "Architecting on AWS")
    #expect(note.tags == ["AWS", "Architecture", "Well-Architected", "Cloud"])
    #expect(note.root.blocks.isEmpty)
    #expect(note.root.subsections.first?.heading?.line == 11)
    let aurora = try #require(note.section(titled: "Amazon Aurora"))
    #expect(aurora.heading?.original == "4.2 Amazon Aurora")
    let fact = try #require(aurora.listItems.first { $0.text.text == "표준 MySQL 대비 최대 5배 처리량" })
    #expect(fact.line == 311)
    let table = try #require(note.tables.first { $0.header == ["속성", "Amazon SNS", "Amazon SQS"] })
    #expect(table.rows.count == 6)
    #expect(table.rows[1] == ["메시지 전달 방식", "푸시", "폴링"])
    #expect(table.line == 821)
  }

  @Test func designPatternsHeadingsMindmapAndPie() throws {
    let note = try ContentNotes.load("cloud-design-patterns.md")
    let event = try #require(note.section(titled: "단일 서버 이벤트 사이트"))
    #expect(event.heading?.original == "1. 🎪 단일 서버 이벤트 사이트")
    #expect(event.heading?.line == 103)
    let mindmaps = note.diagrams.compactMap { diagram -> MindmapNode? in
      if case .mindmap(let root) = diagram { return root }
      return nil
    }
    let mindmap = try #require(mindmaps.first)
    #expect(mindmap.text == "클라우드 디자인 패턴")
    #expect(mindmap.children.first?.text == "안정성")
    #expect(
      mindmap.children.first?.children.map(\.text) == ["Multi-AZ", "Auto Scaling", "AWS Backup"])
    let pies = note.diagrams.filter {
      if case .other(let kind, _) = $0 { return kind == "pie" }
      return false
    }
    #expect(pies.count == 1)
    #expect(ContentNotes.flowcharts(note).count == 25)
  }
}
