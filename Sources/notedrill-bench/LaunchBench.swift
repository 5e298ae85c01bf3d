import Foundation
import NoteOutline
import ProgressStore
import StudyCore

/// Whole-process launch to the first question: `notedrill drill --plain` (release build) with
/// `q` on its standard input, timed from spawn to the line `Q 1/…` on its output, so it counts
/// everything a launch does (the binary loading, notes read, the bank from its cache or built,
/// the store opened and reconciled, today's queue). Baseline: `notedrill outline --summary` of
/// one small note, whole process, in the same run.
///
/// Measured: the user's three notes (../shared/seeds, when present) with a fresh store; 10 MB
/// of distinct notes with a store of 100k studied questions and about 1.1M reviews, warm (bank
/// cache filled) and cold (cache removed before each run) against `outline --summary` of the
/// same 10 MB.
enum LaunchBench {
  static var binary: String {
    Bench.packageRoot.appendingPathComponent(".build/release/notedrill").path
  }

  /// The clock the launches run at: the end of the synthetic history.
  static let now = "2026-01-01T09:00:00Z"

  static func run() {
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print("launch: \(binary) missing (make bench builds it); skipped")
      return
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-launch-bench-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let small = smallNote()
    let baseline = median(runs: 15) { outline([small]) }
    var rows: [Bench.Row] = []
    var seedsWarm: Double?
    if let seeds = seedsFolder() {
      let home = folder.appendingPathComponent("seeds").path
      _ = drill(notes: seeds, home: home)
      let warm = median(runs: 15) { drill(notes: seeds, home: home) }
      seedsWarm = warm
      rows.append(row("warm launch, the user's 3 notes (seeds), fresh store", warm, baseline))
    } else {
      print("launch: ../shared/seeds absent; the seeds figure is skipped")
    }
    if let notes = DistinctNotes.make(megabytes: 10) {
      let home = folder.appendingPathComponent("big").path
      let reviews = makeStore(notes: notes, home: home)
      _ = drill(notes: notes.folder, home: home)
      let warm = median(runs: 15) { drill(notes: notes.folder, home: home) }
      var warmRow = row(
        "warm launch, 10 MB distinct, store 100k studied + \(reviews) reviews", warm, baseline)
      warmRow.target = "≤ 60 ms, ≤ 1.5x seeds"
      let seedsRatio = seedsWarm.map { warm / $0 }
      warmRow.verdict =
        warm <= 0.060 && (seedsRatio ?? 0) <= 1.5 ? "pass" : "FAIL"
      if let seedsRatio { warmRow.ratio += String(format: " (%.2fx seeds)", seedsRatio) }
      rows.append(warmRow)
      let outlineBig = median(runs: 3) { outline([notes.folder]) }
      let cold = median(runs: 3) {
        try? FileManager.default.removeItem(atPath: home + "/" + cacheFolder)
        return drill(notes: notes.folder, home: home)
      }
      var coldRow = row("cold launch (no bank cache), same notes and store", cold, outlineBig)
      coldRow.baseline = "outline --summary of the 10 MB " + Bench.format(seconds: outlineBig)
      coldRow.target = "≤ 4x"
      coldRow.verdict = cold / outlineBig <= 4 ? "pass" : "FAIL"
      rows.append(coldRow)
    }
    Bench.printTable(
      title: "launch to the first question, whole process (median; baseline: outline --summary "
        + "of \((small as NSString).lastPathComponent))", rows: rows)
  }

  /// The bank cache's folder inside the data folder.
  static let cacheFolder = "bank-cache"

  private static func row(_ measure: String, _ value: Double, _ baseline: Double) -> Bench.Row {
    Bench.Row(
      measure: measure, value: Bench.format(seconds: value),
      baseline: "outline " + Bench.format(seconds: baseline),
      ratio: String(format: "%.2fx", value / baseline), target: "-", verdict: "-")
  }

  /// Seconds to the first question of `notedrill drill --plain` (nil when none was shown).
  static func drill(notes: String, home: String) -> ChildProcess.Run? {
    ChildProcess.run(
      binary, ["drill", "--plain", "--notes", notes],
      environment: ["NOTEDRILL_HOME": home, "NOTEDRILL_NOW": now], input: "q\n", marker: "Q 1/")
  }

  /// `notedrill outline --summary` of `paths`.
  static func outline(_ paths: [String]) -> ChildProcess.Run? {
    ChildProcess.run(binary, ["outline", "--summary"] + paths)
  }

  /// The median seconds to the marker of `runs` runs (failed runs are reported and left out).
  static func median(runs: Int, _ body: () -> ChildProcess.Run?) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
      guard let run = body(), run.status == 0 else {
        print("launch: a run failed")
        continue
      }
      times.append(run.toMarker)
    }
    return Bench.median(times)
  }

  /// The smallest bundled note.
  static func smallNote() -> String {
    let notes = NoteLoader.markdownFiles(
      in: Bench.packageRoot.appendingPathComponent("Content").path)
    let sized = notes.map { path in
      (path, (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
    }
    return sized.min { ($0.1 ?? 0) < ($1.1 ?? 0) }?.0 ?? notes.first ?? ""
  }

  /// ../shared/seeds beside the repository (or beside the worktrees' parent), when present.
  static func seedsFolder() -> String? {
    let root = Bench.packageRoot
    for candidate in [
      root.deletingLastPathComponent().appendingPathComponent("shared/seeds"),
      root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/seeds"),
    ] where FileManager.default.fileExists(atPath: candidate.path) {
      return candidate.path
    }
    return nil
  }

  /// A store for the 10 MB of notes: every question of their bank, the first 100k of them with
  /// a synthetic history (as `StoreBench` makes it) ending at `now`. Returns the review count.
  static func makeStore(notes: DistinctNotes, home: String) -> Int {
    do {
      let loaded = NoteLoader.load(paths: [notes.folder])
      let bank = QuestionBank.build(loaded.documents, aliases: notes.aliases())
      let url = URL(fileURLWithPath: home).appendingPathComponent(StoreLocation.fileName)
      let store = try AppDatabase.open(at: url, now: StoreBench.now)
      try store.reconcile(
        with: bank.questions, at: StoreBench.now.addingTimeInterval(-1600 * 86_400))
      let studied = Array(bank.questions.prefix(StoreBench.questionCount))
      let history = StoreBench.makeHistory(studied)
      try store.importAnswers(history, timeZone: StoreBench.utc)
      try store.close()
      return history.count
    } catch {
      print("launch: the store could not be made: \(error)")
      return 0
    }
  }
}
