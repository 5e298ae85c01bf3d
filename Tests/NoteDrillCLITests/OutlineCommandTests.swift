import Foundation
import Testing

struct OutlineCommandTests {
  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func printsIndentedTreeWithLineNumbers() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("note.md")
    try "# 1. 로드 밸런싱\n\n- **ALB (Application Load Balancer)**: L7\n  - [ ] 확인\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["outline", file.path])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        \(file.path) — 로드 밸런싱
             1 │ # 로드 밸런싱   (written: 1. 로드 밸런싱)
             3 │   • [term] ALB (Application Load Balancer) := L7
             4 │     [ ] 확인

        """)
    #expect(result.stderr.isEmpty)
  }

  @Test func jsonFormIsVersionedAndDecodes() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("n.md")
    try "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n".write(
      to: file, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["outline", "--json", file.path])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    let documents = object?["documents"] as? [[String: Any]]
    let root = documents?.first?["root"] as? [String: Any]
    let section = (root?["subsections"] as? [[String: Any]])?.first
    let table = (section?["blocks"] as? [[String: Any]])?.first
    #expect(table?["type"] as? String == "table")
    #expect(table?["rows"] as? [[String]] == [["1", "2"]])
  }

  @Test func missingPathFailsWithOneLine() throws {
    let result = try BinaryRunner.run(["outline", "/no/such/notes"])
    #expect(result.status == 1)
    #expect(result.stderr == "/no/such/notes: error: no such file or directory\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func directoryScanWarnsAndContinues() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "# 좋은 노트\n".write(
      to: dir.appendingPathComponent("good.md"), atomically: true, encoding: .utf8)
    try Data([0xFF, 0xFE, 0x41]).write(to: dir.appendingPathComponent("bad.md"))
    let result = try BinaryRunner.run(["outline", "--summary", dir.path])
    #expect(result.status == 0)
    #expect(
      result.stderr
        == "\(dir.appendingPathComponent("bad.md").path): warning: not UTF-8 text (invalid byte on line 1); skipped\n"
    )
    #expect(result.stdout.contains("good.md: 좋은 노트 — 1 sections"))
  }

  @Test func nothingUsableIsNonZero() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data().write(to: dir.appendingPathComponent("empty.md"))
    let result = try BinaryRunner.run(["outline", dir.path])
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func notesFromEnvironmentVariable() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "# 환경 변수 노트\n".write(
      to: dir.appendingPathComponent("env.md"), atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(
      [], stdin: "q\n",
      environment: [
        "NOTEDRILL_NOTES": dir.path, "NOTEDRILL_HOME": dir.appendingPathComponent("home").path,
      ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("(NOTEDRILL_NOTES)"))
    #expect(result.stdout.contains("환경 변수 노트"))
  }

  @Test func bundledContentIsFoundWithoutConfiguration() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-home-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try BinaryRunner.run(
      [], stdin: "q\n", environment: ["NOTEDRILL_NOTES": "", "NOTEDRILL_HOME": home.path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("(bundled Content/)"))
  }
}
