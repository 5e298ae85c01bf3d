import Foundation

/// How the bank and the launch grow with the notes: 0.1, 1, 10 and 50 MB of distinct notes,
/// each a whole process of the release binary (wall clock and peak resident memory): `outline
/// --summary` as the reference, `bank stats` without a bank cache, and `drill --plain` to the
/// first question cold (cache removed, store already reconciled) and warm (cache filled).
enum ScalingBench {
  /// The sizes measured, in MB (`BENCH_SCALING_SIZES=0.1,1,10` to leave out the largest).
  static let sizes: [Double] =
    ProcessInfo.processInfo.environment["BENCH_SCALING_SIZES"].map {
      $0.split(separator: ",").compactMap { Double($0) }
    } ?? [0.1, 1, 10, 50]

  static func run() {
    guard FileManager.default.isExecutableFile(atPath: LaunchBench.binary) else {
      print("scaling: \(LaunchBench.binary) missing (make bench builds it); skipped")
      return
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "notedrill-scaling-bench-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: folder) }
    print("\n== scaling: distinct notes, whole process, median wall clock / peak memory")
    let header = [
      "notes", "outline --summary", "bank stats (no cache)", "launch cold", "launch warm",
    ]
    var lines = [header]
    for size in sizes {
      guard let notes = DistinctNotes.make(megabytes: size) else { return }
      let runs = size >= 10 ? 1 : 3
      let home = folder.appendingPathComponent(String(size)).path
      let cache = home + "/" + LaunchBench.cacheFolder
      let outline = measure(runs) { LaunchBench.outline([notes.folder]) }
      let bank = measure(runs) {
        try? FileManager.default.removeItem(atPath: cache)
        return ChildProcess.run(
          LaunchBench.binary, ["bank", "stats", "--notes", notes.folder],
          environment: ["NOTEDRILL_HOME": home])
      }
      _ = LaunchBench.drill(notes: notes.folder, home: home)  // the store's first reconcile
      let cold = measure(runs) {
        try? FileManager.default.removeItem(atPath: cache)
        return LaunchBench.drill(notes: notes.folder, home: home)
      }
      _ = LaunchBench.drill(notes: notes.folder, home: home)
      let warm = measure(size >= 10 ? 5 : 9) { LaunchBench.drill(notes: notes.folder, home: home) }
      let mb = String(format: "%.1f MB", Double(notes.bytes()) / 1_048_576)
      lines.append([mb, outline, bank, cold, warm])
      print(lines.last.map { $0.joined(separator: " | ") } ?? "")
    }
    print("")
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + String(repeating: " --- |", count: header.count))
    for line in lines.dropFirst() { print("| " + line.joined(separator: " | ") + " |") }
  }

  /// `median time / peak memory` of `runs` runs.
  private static func measure(_ runs: Int, _ body: () -> ChildProcess.Run?) -> String {
    var times: [Double] = []
    var peak = 0
    for _ in 0..<runs {
      guard let run = body(), run.status == 0 else { return "failed" }
      times.append(run.toMarker)
      peak = max(peak, run.peakBytes)
    }
    return Bench.format(seconds: Bench.median(times)) + " / " + ChildProcess.megabytes(peak)
  }
}
