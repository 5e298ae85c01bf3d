import Foundation
import Testing

/// `notedrill exam --plain` and `exam history` through the built binary, on the sandbox notes.
@Suite struct ExamPlainTests {
  static let now = "2024-03-01T09:00:00Z"

  func exam(_ sandbox: StoreSandbox, _ arguments: [String], stdin: String, now: String? = now)
    throws -> RunResult
  {
    var environment = ["NOTEDRILL_HOME": sandbox.home.path, "TZ": "UTC"]
    environment["NOTEDRILL_NOW"] = now ?? ""
    return try BinaryRunner.run(
      ["exam", "--plain", "--notes", sandbox.notes.path] + arguments, stdin: stdin,
      environment: environment)
  }

  /// The option number of `text` among the options printed under question `number`.
  func option(_ text: String, question number: Int, in output: String) -> String? {
    let lines = output.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.hasPrefix("Q \(number)/") }) else { return nil }
    for line in lines[start...] {
      if line.hasPrefix("Answer with") { break }
      if line.hasPrefix("  "), line.hasSuffix(". " + text) || line.hasSuffix(" " + text) {
        return line.trimmingCharacters(in: .whitespaces).components(separatedBy: ".").first
      }
    }
    return nil
  }

  @Test func answersOnePerLineThenHandsInAndPrintsTheResults() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try exam(sandbox, ["--questions", "3", "--seed", "5"], stdin: "1\n2\n\n")
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.components(separatedBy: "\n")
    // Two minutes a question unless --minutes says otherwise.
    #expect(lines.first == "NoteDrill exam #1: 3 questions, 6:00, timed (seed 5)")
    #expect(
      lines.filter { $0.hasPrefix("Q ") } == [
        "Q 1/3 · Mini AWS › Storage · 6:00 left",
        "Q 2/3 · Mini AWS › Load balancing · 6:00 left",
        "Q 3/3 · Mini AWS › Load balancing · 6:00 left",
      ])
    #expect(lines.contains("[Storage] 다음 중 EBS에 대한 설명으로 알맞은 것은?"))
    #expect(
      lines.contains(
        "Exam handed in. Score 1/3 (33%) · estimated scaled score 395 of 1000, pass line 720: "
          + "below the line"))
    #expect(lines.contains { $0.hasPrefix("An estimate: the real exam equates scores") })
    #expect(lines.contains("Time used 0:00 of 6:00"))
    #expect(lines.contains("  Mini AWS › Storage        ██████████ 1/1 100%"))
    #expect(lines.contains("  Mini AWS › Load balancing ░░░░░░░░░░ 0/2 0%"))
    #expect(lines.contains("1. Right · [Storage] 다음 중 EBS에 대한 설명으로 알맞은 것은?"))
    #expect(lines.contains("3. Blank · [Load balancing] 다음 중 ALB에 대한 설명으로 알맞은 것은?"))
    #expect(lines.contains("   Source: mini.md:5 · mini › Mini AWS › Load balancing"))
    // Not a review: the schedule is untouched.
    #expect(value(try sandbox.stats(), "reviews", "total") as? Int == 0)
  }

  @Test func theSameSeedGivesTheSameExamAndOptionOrder() throws {
    let first = try StoreSandbox()
    let second = try StoreSandbox()
    defer {
      first.remove()
      second.remove()
    }
    let one = try exam(first, ["--questions", "4", "--seed", "99"], stdin: "")
    let two = try exam(second, ["--questions", "4", "--seed", "99"], stdin: "")
    let other = try exam(second, ["--questions", "4", "--seed", "100"], stdin: "")
    func questions(_ result: RunResult) -> [String] {
      result.stdout.components(separatedBy: "\n").filter {
        $0.hasPrefix("Q ") || $0.hasPrefix("  ")
      }
    }
    #expect(!questions(one).isEmpty)
    #expect(questions(one) == questions(two))
    #expect(questions(one) != questions(other))
  }

  @Test func theEndOfInputHandsInEarlyAndMultipleChoiceTakesCommas() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try exam(sandbox, ["--questions", "4", "--seed", "5"], stdin: "1,2\n1\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Not an answer here. Answer with a number 1-4;"))
    #expect(result.stdout.contains("Q 2/4 "))
    #expect(!result.stdout.contains("Q 3/4 "))
    #expect(result.stdout.contains("Exam handed in. Score "))
    #expect(result.stdout.contains("3. Blank · "))
    #expect(result.stdout.contains("4. Blank · "))
  }

  @Test func countAsReviewsRecordsTheAnsweredQuestions() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try exam(
      sandbox, ["--questions", "3", "--seed", "5", "--count-as-reviews"], stdin: "1\n2\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(value(try sandbox.stats(), "reviews", "total") as? Int == 2)
  }

  @Test func practiceShowsEachAnswerAtOnce() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try exam(
      sandbox, ["--questions", "2", "--seed", "5", "--practice", "--minutes", "0"], stdin: "1\n")
    #expect(result.stdout.hasPrefix("NoteDrill exam #1: 2 questions, no time limit, practice"))
    #expect(result.stdout.contains("Right. Answer: EC2 인스턴스에 붙는 블록 스토리지\nSource: mini.md:11"))
    #expect(result.stdout.contains("0:00 used"))
  }

  @Test func badOptionsAndFiltersGetOneLine() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let none = try exam(sandbox, ["--note", "nothing"], stdin: "")
    #expect(none.status == 1)
    #expect(none.stderr == "error: no note matches \"nothing\" (notes: mini)\n")
    let zero = try exam(sandbox, ["--questions", "0"], stdin: "")
    #expect(zero.status == 64)
    #expect(zero.stderr.contains("--questions must be between 1 and 1000."))
    let nothing = try exam(sandbox, ["--resume"], stdin: "")
    #expect(nothing.status == 1)
    #expect(nothing.stderr == "error: there is no interrupted exam to resume.\n")
  }

  @Test func aKilledExamIsOfferedWithItsRemainingTimeAndResumes() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let process = Process()
    process.executableURL = BinaryRunner.binaryURL
    process.arguments = [
      "exam", "--plain", "--questions", "3", "--seed", "5", "--minutes", "10", "--notes",
      sandbox.notes.path,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["NOTEDRILL_HOME"] = sandbox.home.path
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment.removeValue(forKey: "NOTEDRILL_NOW")
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var printed = ""
    func waitFor(_ text: String) {
      while !printed.contains(text) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { return }
        printed += String(decoding: chunk, as: UTF8.self)
      }
    }
    waitFor("Q 1/3 ")
    input.fileHandleForWriting.write(Data("1\nf\n".utf8))
    waitFor("Flagged 2.")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)

    let offered = try exam(sandbox, [], stdin: "", now: nil)
    #expect(offered.status == 1)
    let offer = try #require(offered.stderr.split(separator: "\n").first.map(String.init))
    #expect(
      offer.hasPrefix("error: an exam was interrupted: exam #1 (3 questions, 1 answered) with 9:5"))
    #expect(
      offer.hasSuffix(
        " left. `notedrill exam --resume` continues it; `notedrill exam --new` drops it."))

    let resumed = try exam(sandbox, ["--resume"], stdin: "\n", now: nil)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let lines = resumed.stdout.components(separatedBy: "\n")
    #expect(lines.first?.hasPrefix("Resuming exam #1 (3 questions, 1 answered) with 9:5") == true)
    #expect(
      lines.filter { $0.hasPrefix("Q ") }.map { String($0.prefix(6)) } == ["Q 2/3 ", "Q 3/3 "])
    #expect(resumed.stdout.contains("1. Right · [Storage] 다음 중 EBS에 대한 설명으로 알맞은 것은?"))
    #expect(resumed.stdout.contains("2. Blank · flagged · [Load balancing] 다음 중 NLB"))
    let history = try sandbox.run(["exam", "history"])
    #expect(history.status == 0)
    #expect(history.stdout.contains("handed in"))
    #expect(try exam(sandbox, [], stdin: "", now: nil).status == 0)
  }

  @Test func historyListsEveryAttemptWithTheTrend() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    #expect(try exam(sandbox, ["--questions", "3", "--seed", "5"], stdin: "1\n2\n\n").status == 0)
    #expect(try exam(sandbox, ["--questions", "3", "--seed", "5"], stdin: "1\n1\n1\n").status == 0)
    let history = try sandbox.run(["exam", "history"])
    #expect(history.status == 0, "\(history.stderr)")
    #expect(
      history.stdout == """
        #  started           questions  right  score  scaled  time       mode   state
        1  2024-03-01 09:00  3          1      33%    ~395    0:00/6:00  timed  handed in
        2  2024-03-01 09:00  3          3      100%   ~1000   0:00/6:00  timed  handed in
        Trend: 33% → 100% (last 2 handed in; scaled scores are estimates)

        """)
    let json = try sandbox.run(["exam", "history", "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let attempts = try #require(object["attempts"] as? [[String: Any]])
    #expect(attempts.map { $0["correct"] as? Int } == [1, 3])
    #expect(attempts.map { $0["state"] as? String } == ["handedIn", "handedIn"])
  }
}
