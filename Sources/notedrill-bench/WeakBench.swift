import Foundation
import ProgressStore
import StudyCore

/// Weak topics on the store benchmark's history (100k questions, about 1.1M reviews): the
/// store's mastery evidence, the index of the bank and the ranking of every topic, against the
/// stats page (which also ranks topics and terms) in the same run.
enum WeakBench {
  static let iterations = 5

  static func run() {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-weak-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try runIn(folder)
    } catch {
      print("weak-topic benchmark failed: \(error)")
    }
  }

  private static func runIn(_ folder: URL) throws {
    let now = StoreBench.now
    let utc = StoreBench.utc
    let url = folder.appendingPathComponent("progress.sqlite")
    let questions = StoreBench.makeQuestions()
    let history = StoreBench.makeHistory(questions)
    let setup = try AppDatabase.open(at: url, now: now)
    try setup.reconcile(with: questions, at: now.addingTimeInterval(-1600 * 86_400))
    try setup.importAnswers(history, timeZone: utc)
    try setup.close()
    let store = try AppDatabase.open(at: url, now: now)
    defer { try? store.close() }
    let graph = ConceptGraph(concepts: [], edges: [])
    let baseline = try measure { _ = try store.stats(at: now, timeZone: utc) }
    var evidence: [String: QuestionEvidence] = [:]
    let evidenceTimes = try measure { evidence = try store.masteryEvidence(at: now) }
    var index = StudyIndex(questions: [], graph: graph, aliases: AliasTable())
    let indexTimes = try measure {
      index = StudyIndex(questions: questions, graph: graph, aliases: AliasTable())
    }
    var ranked: [MasteryScore] = []
    let rankTimes = try measure { ranked = WeakTopics(index: index, evidence: evidence).topics() }
    let listTimes = try measure {
      let weak = WeakTopics(index: index, evidence: try store.masteryEvidence(at: now))
      ranked = weak.topics()
      _ = weak.review(topic: ranked.first?.key ?? "", limit: 20)
    }
    let base = Bench.median(baseline)
    func row(_ name: String, _ values: [Double]) -> Bench.Row {
      Bench.Row(
        measure: name, value: Bench.format(seconds: Bench.median(values)),
        baseline: Bench.format(seconds: base),
        ratio: String(format: "%.2fx", Bench.median(values) / max(base, 1e-9)), target: "-",
        verdict: "-")
    }
    Bench.printTable(
      title: "weak topics: \(questions.count) questions, \(history.count) reviews, "
        + "\(ranked.count) topics (\(evidence.count) studied questions); median of \(iterations) "
        + "(baseline: the stats page)",
      rows: [
        row("mastery evidence from the store", evidenceTimes),
        row("study index of the bank (built once per launch)", indexTimes),
        row("ranking of every topic", rankTimes),
        row("weak-topic list: evidence + ranking + the first review", listTimes),
      ])
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
