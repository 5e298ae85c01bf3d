import Foundation
import Testing

/// `notedrill fsrs optimize --log` run as a process.
@Suite struct FSRSOptimizeTests {
  /// A seeded log of 400 cards: each learned on its day, then reviewed 1 to 6 times at growing
  /// gaps, failing now and then, in the replay format.
  static func log() -> String {
    var state: UInt64 = 42
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(UInt64(1) << 53)
    }
    var lines: [(Int, String)] = []
    for card in 0..<400 {
      var t = 1_700_000_000 + card / 20 * 86_400 + Int(next() * 3600)
      var gap = 1.0
      for review in 0..<(2 + Int(next() * 5)) {
        let rating =
          review == 0 ? (next() < 0.2 ? 1 : 3) : (next() < 0.15 ? 1 : next() < 0.2 ? 2 : 3)
        lines.append((t, "{\"card\":\"c\(card)\",\"rating\":\(rating),\"time\":\"\(iso(t))\"}"))
        gap = rating == 1 ? 1 : gap * 2.5
        t += Int(gap * 86_400) + Int(next() * 7200)
      }
    }
    return lines.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: "\n") + "\n"
  }

  static func iso(_ seconds: Int) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
  }

  @Test func fitsALogFromStandardInput() throws {
    let result = try BinaryRunner.run(
      ["fsrs", "optimize", "--log", "-", "--json"], stdin: Self.log())
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["stage"] as? String == "trained")
    let weights = try #require(object["weights"] as? [Double])
    #expect(weights.count == 21)
    let scores = try #require(object["held_out"] as? [[String: Any]])
    #expect(scores.map { $0["weights"] as? String } == ["default", "fitted"])
    #expect((object["reviews_used"] as? Int ?? 0) > 500)
    let text = try BinaryRunner.run(["fsrs", "optimize", "--log", "-"], stdin: Self.log())
    #expect(text.stdout.contains("log loss"))
    #expect(text.stdout.contains("Weights fitted on the whole log"))
  }

  @Test func aBadLineIsNamedAndNothingIsFitted() throws {
    let input = Self.log() + "{\"card\":\"x\",\"rating\":7,\"time\":\"2024-01-01T00:00:00Z\"}\n"
    let result = try BinaryRunner.run(["fsrs", "optimize", "--log", "-"], stdin: input)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("rating must be 1 (Again)"))
    #expect(result.stderr.hasPrefix("error: line "))
  }

  /// The seeded demo learner of `report-demo` on the bundled notes: fitted from the store,
  /// applied for the folder, shown by `fsrs weights`; and, where Python has fsrs-rs-python
  /// 0.9.3, its held-out log loss within 1% of the reference optimizer's on the same split.
  @Test func theDemoLearnerIsFittedAppliedAndMatchesTheReference() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let content = BinaryRunner.packageRoot.appendingPathComponent("Content").path
    let now = "2026-12-04T12:00:00Z"
    #expect(try sandbox.run(["report-demo", "--notes", content], now: now).status == 0)
    let before = try sandbox.run(["fsrs", "weights", "--notes", content], now: now)
    #expect(before.stdout.hasPrefix("FSRS-6 default weights"))
    let exported = sandbox.root.appendingPathComponent("reference.json")
    let result = try sandbox.run(
      [
        "fsrs", "optimize", "--notes", content, "--apply", "--json", "--reference-input",
        exported.path,
      ],
      now: now)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["stage"] as? String == "trained")
    #expect((object["reviews_read"] as? Int ?? 0) > 5000)
    let after = try sandbox.run(["fsrs", "weights", "--notes", content], now: now)
    #expect(after.stdout.hasPrefix("Fitted weights, fitted 2026-12-04T12:00:00Z on "))
    let again = try sandbox.run(["fsrs", "optimize", "--notes", content, "--json"], now: now)
    #expect(again.stdout.contains("\"weights\":\"in use\""))

    let script = BinaryRunner.packageRoot.appendingPathComponent(
      "scripts/fsrs/reference_optimizer.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, exported.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      print("notice: fsrs-rs-python 0.9.3 not available; demo learner reference comparison skipped")
      return
    }
    let reference = try #require(
      try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let losses = try #require(reference["test_log_loss"] as? [String: Double])
    let ours = try #require(losses["ours"])
    let theirs = try #require(losses["fitted"])
    #expect(abs(ours - theirs) <= 0.01 * theirs, "ours \(ours), reference \(theirs)")
  }
}
