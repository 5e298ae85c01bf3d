import Foundation
import NoteOutline
import StudyCore
import Testing

@Suite("Concept graph: text, DOT, mermaid and JSON forms")
struct GraphRendererTests {
  static let notes = """
    # 흐름 "따옴표"

    ```mermaid
    graph LR
        U[사용자] --> R[Route 53]
        R -->|요청| C[CloudFront]
    ```
    """
  let graph = ConceptGraph.build([GraphFixtures.parse(GraphRendererTests.notes, id: "n")])

  @Test("text form: concept, kind, notes, neighbours grouped by relation and indented by depth")
  func text() throws {
    let user = try #require(graph.concept(named: "사용자"))
    #expect(GraphRenderer.text(graph, from: [user.id], depth: 1).split(separator: "\n").count == 3)
    #expect(
      GraphRenderer.text(graph, from: [user.id], depth: 2) == """
        사용자 [diagramNode] — n
          flows to:
            Route 53 [diagramNode] (in 흐름 "따옴표")
              flows to:
                CloudFront [service] (요청, in 흐름 "따옴표")
        """)
  }

  @Test("DOT form escapes quotes and keeps UTF-8 labels")
  func dotText() {
    let dot = GraphRenderer.dot(graph)
    #expect(dot.hasPrefix("digraph notedrill {"))
    #expect(dot.contains("[label=\"흐름 \\\"따옴표\\\"\"]"))
    #expect(dot.contains("[label=\"flows to: 요청\"]"))
  }

  @Test("DOT form parses with Graphviz")
  func dotParses() throws {
    guard let dot = Self.executable("dot") else {
      print("notice: `dot` (Graphviz) is not on PATH; DOT parse test skipped")
      return
    }
    let seeds = GraphFixtures.graph
    for source in [GraphRenderer.dot(graph), GraphRenderer.dot(seeds)] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: dot)
      process.arguments = ["-Tplain"]
      let input = Pipe()
      let output = Pipe()
      process.standardInput = input
      process.standardOutput = output
      process.standardError = output
      try process.run()
      input.fileHandleForWriting.write(Data(source.utf8))
      try input.fileHandleForWriting.close()
      let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "dot said: \(text)")
      #expect(text.hasPrefix("graph "))
    }
  }

  @Test("mermaid form is a graph LR block with quoted labels")
  func mermaid() {
    #expect(
      GraphRenderer.mermaid(graph) == """
        graph LR
            n0["CloudFront"]
            n1["Route 53"]
            n2["사용자"]
            n3["흐름 #quot;따옴표#quot;"]
            n2 -->|"flows to"| n1
            n1 -->|"요청"| n0
        """)
  }

  @Test("JSON form carries a version and round-trips")
  func jsonRoundTrip() throws {
    for candidate in [graph, GraphFixtures.graph] {
      let json = try GraphRenderer.json(candidate)
      #expect(json.contains("\"version\" : 1"))
      let decoded = try GraphRenderer.decode(json: json)
      #expect(decoded == candidate)
      #expect(try GraphRenderer.json(decoded) == json)
      let route = candidate.concept(named: "Route 53")
      #expect(decoded.concept(named: "Route53")?.id == route?.id)
    }
  }

  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
