import Foundation
import NoteDrillApp
import NoteDrillWiring
import ProgressStore
import StudyCore

/// The progress report on the store benchmark's history (100k questions, about 1.1M reviews):
/// each format made and rendered, against a plain SQL `count(*)` of the review log in the same
/// run. Target: HTML under one second.
enum ReportBench {
  static let iterations = 5

  static func run() {
    // NOTEDRILL_REPORT_BENCH_DIR keeps the store there (and reuses it), for profiling queries.
    let kept = ProcessInfo.processInfo.environment["NOTEDRILL_REPORT_BENCH_DIR"]
    let folder =
      kept.map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-report-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
    do {
      try runIn(folder)
    } catch {
      print("report benchmark failed: \(error)")
    }
  }

  private static func runIn(_ folder: URL) throws {
    let now = StoreBench.now
    let utc = StoreBench.utc
    let url = folder.appendingPathComponent("progress.sqlite")
    // Ids as the bank writes them: `q` and 16 hex digits.
    let questions = StoreBench.makeQuestions().map { question in
      var copy = question
      let digits = question.id.dropFirst()
      copy.id = "q" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits
      return copy
    }
    if !FileManager.default.fileExists(atPath: url.path) {
      let history = StoreBench.makeHistory(questions)
      let store = try AppDatabase.open(at: url, now: now)
      try store.reconcile(with: questions, at: now.addingTimeInterval(-1600 * 86_400))
      try store.importAnswers(history, timeZone: utc)
      try store.close()
    }
    let store = try AppDatabase.open(at: url, now: now)
    defer { try? store.close() }
    let exporter = ReportExport(database: store, documents: [], timeZone: utc)
    var count = 0
    let baseline = try measure { count = try store.reviewLogCount() }
    var sizes: [ReportFormat: Int] = [:]
    var rows: [Bench.Row] = []
    for format in [ReportFormat.html, .markdown, .json, .csv] {
      let cpuBefore = cpuSeconds()
      let seconds = try measure { sizes[format] = try exporter.text(format, at: now).utf8.count }
      let cpu = (cpuSeconds() - cpuBefore) / Double(iterations + 1)
      let median = Bench.median(seconds)
      let target = format == .html ? 1.0 : nil
      rows.append(
        Bench.Row(
          measure: "\(format.rawValue) report (\(size(sizes[format] ?? 0)))",
          value: "\(Bench.format(seconds: median)) (CPU \(Bench.format(seconds: cpu)))",
          baseline: Bench.format(seconds: Bench.median(baseline)),
          ratio: String(format: "%.1fx", median / max(Bench.median(baseline), 1e-9)),
          target: target.map { "< \(Bench.format(seconds: $0))" } ?? "-",
          verdict: target.map { median < $0 ? "ok" : "MISSED" } ?? "-"))
    }
    Bench.printTable(
      title: "progress report: \(questions.count) questions, \(count) reviews; median of "
        + "\(iterations) (baseline: SELECT count(*) FROM review)", rows: rows)
  }

  /// This process's CPU time so far: on a shared machine the wall time also counts waiting for
  /// a core.
  private static func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  private static func size(_ bytes: Int) -> String {
    bytes >= 1_048_576
      ? String(format: "%.1f MB", Double(bytes) / 1_048_576)
      : String(format: "%.0f KB", Double(bytes) / 1024)
  }

  private static func measure(_ body: () throws -> Void) throws -> [Double] {
    var failure: (any Error)?
    let seconds = Bench.measure(iterations: iterations) {
      do { try body() } catch { failure = failure ?? error }
    }
    if let failure { throw failure }
    return seconds
  }
}
