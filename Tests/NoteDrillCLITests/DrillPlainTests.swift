import Foundation
import Testing

/// `notedrill drill --plain` driven by a script through the built binary.
@Suite struct DrillPlainTests {
  func reviews(_ sandbox: StoreSandbox) throws -> Int {
    let stats = try sandbox.stats()
    let reviews = try #require(stats["reviews"] as? [String: Any])
    return try #require(reviews["total"] as? Int)
  }

  func drill(_ sandbox: StoreSandbox, _ arguments: [String] = [], stdin: String) throws
    -> RunResult
  {
    try BinaryRunner.run(
      ["drill", "--notes", sandbox.notes.path] + arguments, stdin: stdin,
      environment: [
        "NOTEDRILL_HOME": sandbox.home.path, "NOTEDRILL_NOW": "2024-03-01T09:00:00Z", "TZ": "UTC",
      ])
  }

  @Test func everyAnswerLineIsStoredAndTheOutputIsAsDocumented() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try drill(sandbox, stdin: "ALB\n7\n1\n4\n")
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.components(separatedBy: "\n")
    #expect(lines.first == "NoteDrill drill: 6 cards (due 0, learning 0, new 6)")
    #expect(
      lines.filter { $0.hasPrefix("Q ") }.map { String($0.prefix(6)) } == [
        "Q 1/6 ", "Q 2/6 ", "Q 3/6 ", "Q 4/6 ", "Q 5/6 ",
      ])
    #expect(lines.contains("Q 1/6 · Mini AWS › Load balancing"))
    #expect(lines.contains("Right. Answer: ALB"))
    #expect(lines.contains("  1. 4계층 TCP/UDP 트래픽을 초고성능으로 분산하는 로드 밸런서"))
    #expect(lines.contains("Answer with a number 1-4 (q to stop):"))
    #expect(lines.contains("Type the answer (q to stop):"))
    #expect(lines.contains("Source: mini.md:5 · mini › Mini AWS › Load balancing"))
    #expect(lines.filter { $0.hasPrefix("Rated ") }.count == 4)
    #expect(lines.contains("Rated Easy · next in 8d"))
    // Related concepts come from the concept graph of the same notes (ALB merged with its
    // full name by the bundled alias list).
    #expect(
      lines.contains(
        "Related to Load balancing: has part Application Load Balancer, has part Network Load Balancer"
      ))
    #expect(
      lines.suffix(3) == ["Session over: 4 answered, 4 right, 0s.", "Still due today: 2.", ""])
    #expect(try reviews(sandbox) == 4)
  }

  @Test func qEndsTheSessionWithWhatWasAnsweredSaved() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try drill(sandbox, stdin: "ALB\nq\nALB\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Session over: 1 answered, 1 right, 0s."))
    #expect(try reviews(sandbox) == 1)
  }

  @Test func limitCapsTheSessionAndAFailedCardComesBack() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try drill(sandbox, ["--limit", "2", "--plain"], stdin: "ALB\n8\n7\nALB\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("NoteDrill drill: 2 cards (due 0, learning 0, new 2)\n"))
    #expect(result.stdout.contains("Wrong. Answer: 7\nRated Again · next in 1m\n"))
    // The failed cloze comes back once the two cards are done (its 1m step is short).
    let lines = result.stdout.components(separatedBy: "\n")
    #expect(
      lines.filter { $0.hasPrefix("Q ") } == [
        "Q 1/2 · Mini AWS › Load balancing", "Q 2/2 · Mini AWS › Load balancing",
        "Q 3/3 · Mini AWS › Load balancing · again",
      ])
    #expect(result.stdout.contains("Right. Answer: 7\n"))
    #expect(
      result.stdout.contains(
        "Session over: 3 answered (2 cards, 1 asked again), 2 right (1 of 2 the first time), 0s."
      ))
    #expect(try reviews(sandbox) == 3)
  }

  @Test func aLineThatIsNotAnAnswerAsksAgain() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try drill(sandbox, stdin: "ALB\n7\n9\n1\n")
    #expect(result.stdout.contains("Not an answer here. Answer with a number 1-4 (q to stop):"))
    #expect(try reviews(sandbox) == 3)
  }

  @Test func uUndoesTheLastAnswerAndAsksItAgain() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try drill(sandbox, stdin: "NLB\nu\nALB\n")
    #expect(result.stdout.contains("Undone: the last answer was taken back."))
    #expect(result.stdout.components(separatedBy: "Q 1/6 ").count == 3)
    #expect(result.stdout.contains("Session over: 1 answered, 1 right, 0s."))
    #expect(try reviews(sandbox) == 1)
  }

  @Test func negativeLimitIsRejected() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try drill(sandbox, ["--limit=-1"], stdin: "")
    #expect(result.status != 0)
    #expect(result.stderr.contains("--limit must be 0 or more."))
  }
}
