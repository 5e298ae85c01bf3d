import Foundation

/// Timing and reporting shared by the benchmarks. Every figure is a ratio against a baseline
/// measured in the same run, so results compare across machines.
enum Bench {
  /// Runs `body` `iterations` times after one warm-up and returns each run's seconds.
  static func measure(iterations: Int, _ body: () -> Void) -> [Double] {
    body()
    let clock = ContinuousClock()
    return (0..<iterations).map { _ in
      let elapsed = clock.measure(body)
      return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
  }

  /// Runs `baseline` and `subject` alternately, `iterations` times each after one warm-up of
  /// both, and returns the CPU seconds of each run. Taking turns and counting the thread's CPU
  /// time, not the wall clock, keeps the ratio steady on a machine other work is loading.
  static func paired(iterations: Int, baseline: () -> Void, subject: () -> Void)
    -> (baseline: [Double], subject: [Double])
  {
    baseline()
    subject()
    var result: (baseline: [Double], subject: [Double]) = ([], [])
    for _ in 0..<iterations {
      result.baseline.append(cpuSeconds(baseline))
      result.subject.append(cpuSeconds(subject))
    }
    return result
  }

  /// The CPU time the calling thread spends in `body`, in seconds.
  static func cpuSeconds(_ body: () -> Void) -> Double {
    let start = threadCPUTime()
    body()
    return threadCPUTime() - start
  }

  private static func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The median of `values`.
  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The `q` quantile (0…1) of `values`, nearest rank.
  static func quantile(_ values: [Double], _ q: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  /// One row of a result table.
  struct Row {
    var measure: String
    var value: String
    var baseline: String
    var ratio: String
    var target: String
    var verdict: String
  }

  /// Prints rows as an aligned table.
  static func printTable(title: String, rows: [Row]) {
    print("\n== \(title)")
    let header = Row(
      measure: "measure", value: "value", baseline: "baseline", ratio: "ratio", target: "target",
      verdict: "result")
    let all = [header] + rows
    func width(_ key: KeyPath<Row, String>) -> Int { all.map { $0[keyPath: key].count }.max() ?? 0 }
    let widths = [\Row.measure, \.value, \.baseline, \.ratio, \.target, \.verdict].map(width)
    for row in all {
      let cells = [row.measure, row.value, row.baseline, row.ratio, row.target, row.verdict]
      print(
        zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
          .joined(separator: "  "))
    }
  }

  /// Seconds as a readable duration.
  static func format(seconds: Double) -> String {
    seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.1f ms", seconds * 1000)
  }

  /// The repository root: the folder holding Package.swift above this source file.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
}
