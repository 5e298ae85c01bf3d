import Foundation
import Testing

@Suite("notedrill graph")
struct GraphCommandTests {
  static let note = """
    # 웹 흐름

    ```mermaid
    graph LR
        U[👤 사용자] --> R[🌐 Route53<br/>DNS]
        R -->|"요청"| C[CloudFront]
    ```

    - **Application Load Balancer (ALB)**: Route 53 다음 단계
    """

  func notesFolder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-graph-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Self.note.write(to: dir.appendingPathComponent("web.md"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test("text form of one concept, by any spelling")
  func textForm() throws {
    let dir = try notesFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try BinaryRunner.run(["graph", "--concept", "route 53", "--notes", dir.path])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Route 53 [service] — web
          flows from:
            사용자 [diagramNode] (in 웹 흐름)
          flows to:
            CloudFront [service] (요청, in 웹 흐름)
          mentioned by:
            Application Load Balancer [service]

        """)
  }

  @Test("DOT output parses with Graphviz")
  func dotParses() throws {
    let dir = try notesFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try BinaryRunner.run(["graph", "--format", "dot", "--notes", dir.path])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("digraph notedrill {"))
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") else {
      print("notice: /usr/bin/dot (Graphviz) not found; DOT parse check skipped")
      return
    }
    let file = dir.appendingPathComponent("graph.dot")
    try result.stdout.write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    process.arguments = ["-Tplain", "-o", "/dev/null", file.path]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test("JSON and mermaid forms")
  func jsonAndMermaid() throws {
    let dir = try notesFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let json = try BinaryRunner.run(["graph", "--format", "json", "--notes", dir.path])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    let names = (object?["concepts"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    #expect(names == ["Application Load Balancer", "CloudFront", "Route 53", "사용자", "웹 흐름"])
    let mermaid = try BinaryRunner.run(
      ["graph", "--format", "mermaid", "--concept", "ALB", "--depth", "0", "--notes", dir.path])
    #expect(mermaid.stdout == "graph LR\n    n0[\"Application Load Balancer\"]\n")
  }

  @Test("an unknown concept or a negative depth is a usage error")
  func errors() throws {
    let dir = try notesFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let unknown = try BinaryRunner.run(["graph", "--concept", "Nope", "--notes", dir.path])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("No concept named \"Nope\""))
    let negative = try BinaryRunner.run(["graph", "--depth", "-1", "--notes", dir.path])
    #expect(negative.status == 64)
  }
}
