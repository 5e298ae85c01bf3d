import Foundation
import Testing

/// `notedrill review --weak` and `notedrill checklist` through the built binary.
@Suite struct StudyPlanCLITests {
  static let week = """
    # Week

    ## Route 53

    - **Route 53**: AWS의 관리형 DNS 서비스
    - **호스팅 영역**: 한 도메인의 DNS 레코드를 담는 컨테이너

    ## 점검

    - [ ] Route 53 호스팅 영역 이해
    - [ ] ALB 설정 익히기

    """

  static func sandbox() throws -> (StoreSandbox, URL) {
    let sandbox = try StoreSandbox()
    let url = sandbox.notes.appendingPathComponent("week.md")
    try Data(week.utf8).write(to: url)
    return (sandbox, url)
  }

  static func run(_ sandbox: StoreSandbox, _ arguments: [String], stdin: String = "") throws
    -> RunResult
  {
    try BinaryRunner.run(
      arguments + ["--notes", sandbox.notes.path], stdin: stdin,
      environment: [
        "NOTEDRILL_HOME": sandbox.home.path, "NOTEDRILL_NOW": "2024-03-01T09:00:00Z", "TZ": "UTC",
      ])
  }

  @Test func reviewWeakPlainIsScriptable() throws {
    let (sandbox, _) = try Self.sandbox()
    defer { sandbox.remove() }
    let none = try Self.run(sandbox, ["review", "--weak", "--plain"])
    #expect(none.status == 0, "\(none.stderr)")
    #expect(
      none.stdout == "No weak topics yet: study some cards first (`notedrill drill`).\n"
        + "Nothing to review.\n")
    // New cards alternate between the notes: one right (ALB) in "Load balancing", one wrong
    // (Route 53) in "Route 53".
    let drill = try Self.run(
      sandbox, ["drill", "--plain", "--limit", "2"], stdin: "ALB\nRoute 54\n")
    #expect(drill.stdout.contains("Session over: 2 answered, 1 right, 0s."))
    let result = try Self.run(
      sandbox, ["review", "--weak", "--plain", "--limit", "3"], stdin: "Route 53\nq\n")
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.components(separatedBy: "\n")
    #expect(lines.first == "Weak-topic review: 2 questions, weakest first, from")
    #expect(lines[1].hasPrefix("  1. ["))
    #expect(lines[1].contains("week · Week › Route 53 — 1/2 studied"))
    #expect(lines[1].contains("1/1 wrong"))
    #expect(lines.contains("Q 1/2 · Week › Route 53"))
    #expect(lines.contains("Right. Answer: Route 53"))
    #expect(lines.contains { $0.hasPrefix("Session over: 1 answered, 1 right") })
    let stats = try sandbox.stats()
    #expect(value(stats, "reviews", "total") as? Int == 3)
    let list = try Self.run(sandbox, ["review", "--list"])
    #expect(list.stdout.hasPrefix("Weakest topics (2 started, 1 not started):\n  1. ["))
    #expect(list.stdout.contains("Weakest concepts ("))
  }

  @Test func reviewNeedsToBeToldWhatAndSaysSoInOneLine() throws {
    let (sandbox, _) = try Self.sandbox()
    defer { sandbox.remove() }
    let bare = try Self.run(sandbox, ["review"])
    #expect(bare.status == 64)
    #expect(bare.stderr.contains("Say what to review: --weak [N], --concept NAME or --list."))
    let unknown = try Self.run(sandbox, ["review", "--concept", "Nope"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("No concept named \"Nope\" in these notes."))
    let concept = try Self.run(
      sandbox, ["review", "--concept", "Route53", "--plain"], stdin: "q\n")
    #expect(concept.status == 0, "\(concept.stderr)")
    #expect(concept.stdout.hasPrefix("Review of Route 53: "))
  }

  @Test func checklistToggleKeepsTheNoteAndSurvivesRestarts() throws {
    let (sandbox, url) = try Self.sandbox()
    defer { sandbox.remove() }
    let before = try Data(contentsOf: url)
    let list = try Self.run(sandbox, ["checklist"])
    #expect(list.status == 0, "\(list.stderr)")
    let lines = list.stdout.components(separatedBy: "\n")
    #expect(lines.first == "week › Week › 점검")
    let item = try #require(lines.first { $0.contains("Route 53 호스팅 영역 이해") })
    #expect(item.hasSuffix("[ ] Route 53 호스팅 영역 이해 — 2 questions, 0%"))
    let id = String(item.dropFirst(2).prefix(8))
    #expect(lines.contains("0 of 2 done."))
    let toggled = try Self.run(sandbox, ["checklist", "toggle", id])
    #expect(toggled.status == 0, "\(toggled.stderr)")
    #expect(
      toggled.stdout
        == "[x] Route 53 호스팅 영역 이해 — kept in the store; the note is unchanged\n")
    #expect(try Data(contentsOf: url) == before)
    let again = try Self.run(sandbox, ["checklist", "list"])
    #expect(again.stdout.contains("  \(id) [x] Route 53 호스팅 영역 이해"))
    #expect(again.stdout.contains("1 of 2 done."))
    let show = try Self.run(sandbox, ["checklist", "show", id])
    #expect(show.stdout.contains("Concepts: Route 53, Hosted Zone\n"))
    #expect(show.stdout.contains("Questions (2):\n"))
    #expect(try Data(contentsOf: url) == before)
  }

  @Test func checklistWriteBackChangesOnlyTheBox() throws {
    let (sandbox, url) = try Self.sandbox()
    defer { sandbox.remove() }
    let list = try Self.run(sandbox, ["checklist", "list"])
    let item = try #require(
      list.stdout.components(separatedBy: "\n").first { $0.contains("ALB 설정 익히기") })
    let id = String(item.dropFirst(2).prefix(8))
    let result = try Self.run(sandbox, ["checklist", "toggle", id, "--write-back"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix(" — written to \(url.path):11\n"))
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text == Self.week.replacingOccurrences(of: "- [ ] ALB", with: "- [x] ALB"))
    let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.notes.path).sorted()
    #expect(names == ["mini.md", "week.md"])
    let back = try Self.run(sandbox, ["checklist", "toggle", id, "--write-back"])
    #expect(back.status == 0, "\(back.stderr)")
    #expect(try String(contentsOf: url, encoding: .utf8) == Self.week)
  }

  @Test func checklistErrorsAreOneLine() throws {
    let (sandbox, _) = try Self.sandbox()
    defer { sandbox.remove() }
    let missing = try Self.run(sandbox, ["checklist", "toggle", "cffff"])
    #expect(missing.status == 1)
    #expect(
      missing.stderr
        == "error: no checklist item with id \"cffff\"; `notedrill checklist list` shows the ids.\n"
    )
    let short = try Self.run(sandbox, ["checklist", "toggle", "c"])
    #expect(short.status == 1)
    let verify = try Self.run(sandbox, ["checklist", "verify", "c", "--limit", "0"])
    #expect(verify.status == 64)
  }

  @Test func checklistVerifyNamesTheItemAndEndsWithAVerdict() throws {
    let (sandbox, _) = try Self.sandbox()
    defer { sandbox.remove() }
    let list = try Self.run(sandbox, ["checklist", "list"])
    let item = try #require(
      list.stdout.components(separatedBy: "\n").first { $0.contains("Route 53 호스팅 영역 이해") })
    let id = String(item.dropFirst(2).prefix(8))
    let stopped = try Self.run(sandbox, ["checklist", "verify", id], stdin: "q\n")
    #expect(stopped.status == 0, "\(stopped.stderr)")
    #expect(stopped.stdout.hasPrefix("Verify: Route 53 호스팅 영역 이해\n"))
    #expect(stopped.stdout.hasSuffix("Quiz stopped before any answer.\n"))
  }
}
