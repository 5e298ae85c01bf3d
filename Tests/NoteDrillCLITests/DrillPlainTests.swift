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
    let result = try drill(sandbox, stdin: "ALB\nS3\n7\nEBS\n")
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.components(separatedBy: "\n")
    #expect(lines.first == "NoteDrill drill: 6 cards (due 0, learning 0, new 6)")
    // New cards alternate between the two topics; each right answer to a new card is Good and
    // comes back after its 10-minute step, so the count grows.
    #expect(
      lines.filter { $0.hasPrefix("Q ") } == [
        "Q 1/6 · Mini AWS › Load balancing", "Q 2/7 · Mini AWS › Storage",
        "Q 3/8 · Mini AWS › Load balancing", "Q 4/9 · Mini AWS › Storage",
        "Q 5/10 · Mini AWS › Load balancing",
      ])
    #expect(lines.contains("Right. Answer: ALB"))
    #expect(lines.contains("  1. 4계층 TCP/UDP 트래픽을 초고성능으로 분산하는 로드 밸런서"))
    #expect(lines.contains("Answer with a number 1-4 (q to stop):"))
    #expect(lines.contains("Type the answer (q to stop):"))
    #expect(lines.contains("Source: mini.md:5 · mini › Mini AWS › Load balancing"))
    #expect(lines.filter { $0.hasPrefix("Rated ") }.count == 4)
    // A quick right answer on first sight is Good, never Easy.
    #expect(
      lines.filter { $0.hasPrefix("Rated ") }
        == Array(repeating: "Rated Good · next in 10m", count: 4))
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
    let result = try drill(
      sandbox, ["--limit", "2", "--plain"], stdin: "ALB\nS4\nALB\nS3\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("NoteDrill drill: 2 cards (due 0, learning 0, new 2)\n"))
    #expect(result.stdout.contains("Wrong. Answer: S3\nRated Again · next in 1m\n"))
    // Both cards come back once the two are done (their steps are short).
    let lines = result.stdout.components(separatedBy: "\n")
    #expect(
      lines.filter { $0.hasPrefix("Q ") } == [
        "Q 1/2 · Mini AWS › Load balancing", "Q 2/3 · Mini AWS › Storage",
        "Q 3/4 · Mini AWS › Load balancing · again", "Q 4/4 · Mini AWS › Storage · again",
      ])
    #expect(result.stdout.contains("Right. Answer: S3\n"))
    #expect(
      result.stdout.contains(
        "Session over: 4 answered (2 cards, 2 asked again), 3 right (1 of 2 the first time), 0s."
      ))
    #expect(try reviews(sandbox) == 4)
  }

  @Test func aLineThatIsNotAnAnswerAsksAgain() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try drill(sandbox, stdin: "ALB\nS3\n7\nEBS\n9\n1\n")
    #expect(result.stdout.contains("Not an answer here. Answer with a number 1-4 (q to stop):"))
    #expect(try reviews(sandbox) == 5)
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
