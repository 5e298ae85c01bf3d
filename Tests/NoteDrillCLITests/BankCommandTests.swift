import Foundation
import Testing

struct BankCommandTests {
  static let note = """
    # 로드 밸런싱

    - **Application Load Balancer (ALB)**: L7에서 HTTP 요청을 경로와 호스트로 나눠 보냄
    - **Network Load Balancer (NLB)**: L4에서 TCP와 UDP 연결을 초저지연으로 분산
    - **Gateway Load Balancer (GWLB)**: 방화벽 같은 가상 어플라이언스로 트래픽을 보냄
    - **Classic Load Balancer (CLB)**: 예전 세대의 로드 밸런서로 새 설계에는 권장되지 않음
    - **4가지 ELB 유형**: ALB, NLB, GWLB, CLB

    | 서비스 | 계층 | 비용 |
    |---|---|---|
    | ALB | L7 | 시간당 + LCU |
    | NLB | L4 | 시간당 + NLCU |
    | GWLB | L3 | 시간당 + GLCU |
    """

  func notesFolder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-bank-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Self.note.write(to: dir.appendingPathComponent("lb.md"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test func tooWideATableIsAWarningOnTheNote() throws {
    let dir = try notesFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let columns = (0..<100).map { "열\($0)" }
    let table =
      [
        "# 넓은 표", "", "| 서비스 | " + columns.joined(separator: " | ") + " |",
        "|---|" + String(repeating: "---|", count: 100),
      ]
      + (0..<3).map { row in
        "| 서비스\(row) | " + columns.map { "\($0)-\(row)" }.joined(separator: " | ") + " |"
      }
    let path = dir.appendingPathComponent("wide.md")
    try table.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["bank", "stats", "--notes", dir.path])
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "wide.md:3: warning: a table of 101 columns is asked on its first 32 only"))
    #expect(result.stdout.contains("wide"))
  }

  @Test func listJSONIsByteIdenticalAcrossProcesses() throws {
    let dir = try notesFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try BinaryRunner.run(["bank", "list", "--json", "--notes", dir.path])
    let second = try BinaryRunner.run(["bank", "list", "--json", "--notes", dir.path])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    let object = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    let questions = object?["questions"] as? [[String: Any]] ?? []
    #expect(questions.count > 10)
    let fields: Set<String> = [
      "id", "kind", "format", "prompt", "keys", "options", "aliases", "explanation", "source",
      "topic", "terms", "siblingGroup", "language", "order",
    ]
    #expect(Set(questions.first?.keys.map { $0 } ?? []) == fields)
  }

  @Test func statsShowAndLint() throws {
    let dir = try notesFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let stats = try BinaryRunner.run(["bank", "stats", "--notes", dir.path])
    #expect(stats.status == 0)
    #expect(stats.stdout.contains("tableCell"))
    let lint = try BinaryRunner.run(["bank", "lint", "--notes", dir.path])
    #expect(lint.stdout.contains("leakage"))
    #expect(lint.stdout.contains("trueDistractor   0"))
    let list = try BinaryRunner.run(["bank", "list", "--notes", dir.path])
    let id = try #require(list.stdout.split(separator: " ").first.map(String.init))
    let show = try BinaryRunner.run(["bank", "show", id, "--notes", dir.path])
    #expect(show.status == 0)
    #expect(show.stdout.hasPrefix(id))
    let missing = try BinaryRunner.run(["bank", "show", "q0000000000000000", "--notes", dir.path])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("No question with id q0000000000000000"))
  }
}
