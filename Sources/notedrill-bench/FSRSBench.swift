import Foundation
import StudyCore

/// Replays 1M seeded reviews (10k cards × 100) through the FSRS-6 scheduler and compares the
/// rate with the reference implementation (PyPI `fsrs` 6.3.2) timed in the same run on a prefix
/// of the same input, when Python has it.
enum FSRSBench {
  static let cardCount = 10_000
  static let reviewsPerCard = 100
  /// The reference replays the first reviews only (whole card histories, since the input is card
  /// by card), to keep the run short; rates are per review, so they compare directly.
  static let referencePrefix = 100_000
  static let seed: UInt64 = 0x5EED_F5A5_2025
  static let target = 50.0

  /// The input: for review `i`, the card, the rating and the time.
  struct Workload {
    var cards: [Int] = []
    var ratings: [Rating] = []
    var unixSeconds: [Int64] = []
    var times: [Date] = []
  }

  /// What one replay computed and how long it took.
  struct Replay {
    var seconds: Double
    var reviews: Int
    var stabilitySum: Double
    var intervalSum: Int
    var rate: Double { Double(reviews) / seconds }
  }

  /// What bench_reference.py printed.
  struct Reference: Decodable {
    var fsrs: String
    var reviews: Int
    var seconds: Double
    var stability_sum: Double
    var interval_sum: Int
    var rate: Double { Double(reviews) / seconds }
  }

  /// Runs the benchmark and prints its table.
  static func run() {
    let workload = makeWorkload()
    let scheduler = FSRSScheduler()
    guard let full = bestOf(3, { replay(workload, count: workload.cards.count, scheduler) }),
      let prefix = bestOf(3, { replay(workload, count: referencePrefix, scheduler) })
    else { return }
    let reference = runReference(workload)
    printReport(full: full, prefix: prefix, reference: reference)
  }

  // MARK: - Input

  /// Card by card: each card's first review somewhere in one year, then gaps of minutes
  /// (30%), about a day (5%, around the 24-hour boundary) or 1 to 90 days; ratings 15% Again,
  /// 15% Hard, 60% Good, 10% Easy.
  static func makeWorkload() -> Workload {
    var random = SplitMix64(seed: seed)
    var workload = Workload()
    let capacity = cardCount * reviewsPerCard
    workload.cards.reserveCapacity(capacity)
    workload.ratings.reserveCapacity(capacity)
    workload.unixSeconds.reserveCapacity(capacity)
    for card in 0..<cardCount {
      var time: Int64 = 1_704_067_200 + Int64(random.below(365 * 86_400))
      for _ in 0..<reviewsPerCard {
        workload.cards.append(card)
        workload.ratings.append(rating(random.unit()))
        workload.unixSeconds.append(time)
        time += gap(&random)
      }
    }
    workload.times = workload.unixSeconds.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    return workload
  }

  private static func rating(_ u: Double) -> Rating {
    u < 0.15 ? .again : u < 0.30 ? .hard : u < 0.90 ? .good : .easy
  }

  private static func gap(_ random: inout SplitMix64) -> Int64 {
    let kind = random.unit()
    if kind < 0.30 { return 1 + Int64(random.below(7200)) }
    if kind < 0.35 { return 86_340 + Int64(random.below(121)) }
    return Int64(1 + random.below(90)) * 86_400 + Int64(random.below(86_400))
  }

  // MARK: - Swift side

  /// Replays the first `count` reviews; `nil` (after saying why) if the scheduler refused one.
  static func replay(_ workload: Workload, count: Int, _ scheduler: FSRSScheduler) -> Replay? {
    var cards = [SchedulingCard?](repeating: nil, count: cardCount)
    var stabilitySum = 0.0
    var intervalSum = 0
    let clock = ContinuousClock()
    let start = clock.now
    for index in 0..<count {
      let id = workload.cards[index]
      let now = workload.times[index]
      do {
        let outcome = try scheduler.review(
          cards[id] ?? .new(due: now), rating: workload.ratings[index], at: now)
        cards[id] = outcome.card
        stabilitySum += outcome.card.stability ?? 0
        intervalSum += outcome.intervalDays
      } catch {
        print("fsrs bench: review \(index) refused: \(error)")
        return nil
      }
    }
    let elapsed = clock.now - start
    return Replay(
      seconds: seconds(elapsed), reviews: count, stabilitySum: stabilitySum,
      intervalSum: intervalSum)
  }

  private static func bestOf(_ runs: Int, _ body: () -> Replay?) -> Replay? {
    var best: Replay?
    for _ in 0..<runs {
      guard let result = body() else { return nil }
      if best.map({ result.seconds < $0.seconds }) ?? true { best = result }
    }
    return best
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  // MARK: - Reference side

  /// Writes the prefix to a temporary file and times the reference on it; the reason as a
  /// string when Python or `fsrs` 6.3.2 is not available.
  static func runReference(_ workload: Workload) -> Result<Reference, ReferenceUnavailable> {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let script = root.appendingPathComponent("scripts/fsrs/bench_reference.py")
    let input = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "notedrill-fsrs-bench-\(ProcessInfo.processInfo.processIdentifier).txt")
    defer { try? FileManager.default.removeItem(at: input) }
    let lines = (0..<referencePrefix).map {
      "\(workload.cards[$0]) \(workload.ratings[$0].rawValue) \(workload.unixSeconds[$0])\n"
    }
    do {
      try Data(lines.joined().utf8).write(to: input)
      let output = try runPython(script: script, input: input)
      return .success(try JSONDecoder().decode(Reference.self, from: output))
    } catch let error as ReferenceUnavailable {
      return .failure(error)
    } catch {
      return .failure(ReferenceUnavailable(reason: "\(error)"))
    }
  }

  /// Why the reference could not be timed.
  struct ReferenceUnavailable: Error {
    var reason: String
  }

  private static func runPython(script: URL, input: URL) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, "--input", input.path]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw ReferenceUnavailable(reason: "python3 could not be started (\(error))")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let text = String(decoding: message, as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      throw ReferenceUnavailable(reason: text.isEmpty ? "python3 failed" : text)
    }
    return data
  }

  // MARK: - Report

  private static func printReport(
    full: Replay, prefix: Replay, reference: Result<Reference, ReferenceUnavailable>
  ) {
    print(
      "\n== FSRS-6 scheduler: replay \(full.reviews) reviews (\(cardCount) cards × "
        + "\(reviewsPerCard)), seed \(String(seed, radix: 16)), no fuzz, best of 3 Swift runs")
    var rows = [["measure", "value", "baseline", "ratio", "target", "result"]]
    switch reference {
    case .success(let python):
      let agree =
        python.interval_sum == prefix.intervalSum
        && python.stability_sum == prefix.stabilitySum
      rows.append(row("Swift, all 1M reviews", full.rate, python, full.rate / python.rate))
      rows.append(row("Swift, same 100k prefix", prefix.rate, python, prefix.rate / python.rate))
      rows.append([
        "outputs agree on the prefix", agree ? "yes" : "NO", "stability & interval sums", "",
        "equal", agree ? "pass" : "FAIL",
      ])
      print(table(rows))
      print(
        "Reference: fsrs \(python.fsrs) timed on the first \(python.reviews) reviews "
          + "(\(String(format: "%.2f", python.seconds)) s); ratios are per-review rates.")
    case .failure(let unavailable):
      rows.append([
        "Swift, all 1M reviews", rate(full.rate), "unavailable", "n/a", "≥ \(Int(target))x", "n/a",
      ])
      print(table(rows))
      print("Reference rate unavailable: \(unavailable.reason)")
    }
  }

  private static func row(_ name: String, _ value: Double, _ python: Reference, _ ratio: Double)
    -> [String]
  {
    [
      name, rate(value), rate(python.rate) + " (fsrs \(python.fsrs))",
      String(format: "%.1fx", ratio), "≥ \(Int(target))x", ratio >= target ? "pass" : "FAIL",
    ]
  }

  private static func rate(_ perSecond: Double) -> String {
    perSecond >= 1e6
      ? String(format: "%.2fM reviews/s", perSecond / 1e6)
      : String(format: "%.1fk reviews/s", perSecond / 1e3)
  }

  private static func table(_ rows: [[String]]) -> String {
    let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      let padded = zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
      return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
    }.joined(separator: "\n")
  }
}

extension FSRSBench {
  /// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
  struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
      state = seed
    }

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    /// A uniform draw in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform integer in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }
}
