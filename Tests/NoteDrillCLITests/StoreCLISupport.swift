import Foundation
import Testing

/// A temporary NoteDrill home (the store's folder) and a small notes folder for CLI tests.
struct StoreSandbox {
  let root: URL
  let home: URL
  let notes: URL

  init(home: URL? = nil) throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-cli-store-\(UUID().uuidString)")
    self.home = home ?? root.appendingPathComponent("home")
    notes = root.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    let text = """
      # Mini AWS

      ## Load balancing

      - **ALB**: 7계층 HTTP/HTTPS 트래픽을 분산하는 로드 밸런서
      - **NLB**: 4계층 TCP/UDP 트래픽을 초고성능으로 분산하는 로드 밸런서

      ## Storage

      - **S3**: 객체 스토리지 서비스로 무제한 용량을 제공
      - **EBS**: EC2 인스턴스에 붙는 블록 스토리지

      """
    try Data(text.utf8).write(to: notes.appendingPathComponent("mini.md"))
  }

  /// The store file.
  var store: URL { home.appendingPathComponent("progress.sqlite") }

  /// Runs `notedrill` against this home at a fixed time in UTC.
  func run(_ arguments: [String], now: String = "2024-03-01T09:00:00Z") throws -> RunResult {
    try BinaryRunner.run(
      arguments,
      environment: ["NOTEDRILL_HOME": home.path, "NOTEDRILL_NOW": now, "TZ": "UTC"])
  }

  /// Runs a command that reads notes, with `--notes` pointing at the sandbox's notes.
  func runWithNotes(_ arguments: [String], now: String = "2024-03-01T09:00:00Z") throws
    -> RunResult
  {
    try run(arguments + ["--notes", notes.path], now: now)
  }

  /// `stats --json`, decoded.
  func stats(now: String = "2024-03-01T09:00:00Z") throws -> [String: Any] {
    let result = try runWithNotes(["stats", "--json"], now: now)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(object as? [String: Any])
  }

  func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}

/// A value deep in decoded JSON, by keys.
func value(_ object: [String: Any], _ path: String...) -> Any? {
  var current: Any? = object
  for key in path { current = (current as? [String: Any])?[key] }
  return current
}
