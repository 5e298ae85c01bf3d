import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore
import TerminalUI

/// The terminal front end: launch to the first question drawn (the concept graph's build
/// started on its own thread, open + reconcile + today's queue + session + first frame) with
/// the 100k-question / ~1M-review store against the same questions with no history; when the
/// graph is ready; key to frame (update + render + diff) and answer to answer screen (with the
/// related concepts), as median and p99. The graph is built from about 10 MB of notes
/// (Content/ repeated), the size of notes that gives a bank of 100k questions.
enum AppBench {
  static let size = Size(width: 100, height: 30)

  /// The notes the concept graph is built from at launch, parsed once (parsing is not part of
  /// the launch measure, as for the bank), and the alias list.
  struct Notes {
    var documents: [NoteDocument]
    var aliases: AliasTable
  }

  static func run() {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-app-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try runIn(folder)
    } catch {
      print("app benchmark failed: \(error)")
    }
  }

  private static func runIn(_ folder: URL) throws {
    let questions = StoreBench.makeQuestions()
    let notes = Notes(
      documents: OutlineBench.parse(OutlineBench.corpus()), aliases: OutlineBench.contentAliases())
    let emptyURL = folder.appendingPathComponent("empty/progress.sqlite")
    let fullURL = folder.appendingPathComponent("full/progress.sqlite")
    for url in [emptyURL, fullURL] {
      let store = try AppDatabase.open(at: url, now: StoreBench.now)
      try store.reconcile(with: questions, at: StoreBench.now.addingTimeInterval(-1600 * 86_400))
      try store.close()
    }
    let history = StoreBench.makeHistory(questions)
    let store = try AppDatabase.open(at: fullURL, now: StoreBench.now)
    try store.importAnswers(history, timeZone: StoreBench.utc)
    try store.close()
    let empty = try launches(emptyURL, questions, notes)
    let full = try launches(fullURL, questions, notes)
    let frames = try keyToFrame(fullURL, questions, notes)
    let answers = try answerToFrame(fullURL, questions, notes)
    report(
      full: full, empty: empty, frames: frames, answers: answers, reviews: history.count,
      notes: notes.documents.count)
    try graphShare(fullURL, questions, notes)
    try breakdown(fullURL, questions, notes)
  }

  /// One launch: seconds to the first question's frame, and to the graph being ready.
  struct Launch {
    var firstQuestion: Double
    var graphReady: Double
  }

  /// Launches on a virtual terminal; after each, waits for the background graph (so builds do
  /// not pile up) and notes when it was ready.
  private static func launches(
    _ url: URL, _ questions: [Question], _ notes: Notes?, count: Int = 15
  ) throws -> [Launch] {
    try (0..<count).map { _ in
      let start = ContinuousClock.now
      let (runner, links) = try firstFrame(url, questions, notes)
      let elapsed = ContinuousClock.now - start
      guard case .drill = runner.model.route else { throw BenchFailure.noDrill }
      _ = links.links
      return Launch(
        firstQuestion: seconds(elapsed), graphReady: seconds(ContinuousClock.now - start))
    }
  }

  /// What the app does from launch to the first question: the graph build starts on its own
  /// thread, then the store is opened and reconciled and the session's first frame drawn.
  private static func firstFrame(_ url: URL, _ questions: [Question], _ notes: Notes?) throws
    -> (AppRunner, ConceptLinksLoader)
  {
    let links =
      notes.map { notes in
        ConceptLinksLoader {
          ConceptLinks(
            graph: ConceptGraph.build(notes.documents, aliases: notes.aliases),
            aliases: notes.aliases)
        }
      } ?? ConceptLinksLoader(ready: ConceptLinks())
    let database = try AppDatabase.open(at: url, now: StoreBench.now)
    try database.reconcile(with: questions, at: StoreBench.now)
    let services = StoreServices(
      database: database, questions: questions, grader: TypedAnswerGrader(),
      timeZone: StoreBench.utc, limit: nil, links: links)
    let session = try services.drillSession(at: StoreBench.now)
    let runner = AppRunner(
      model: AppModel(route: .drill(DrillScreen(session: session))),
      backend: VirtualTerminal(size: size), services: services, clock: { StoreBench.now })
    runner.drawFrame()
    return (runner, links)
  }

  /// Seconds from a key to its frame drawn (moves, help open and closed), no store work.
  private static func keyToFrame(_ url: URL, _ questions: [Question], _ notes: Notes) throws
    -> [Double]
  {
    let (runner, links) = try firstFrame(url, questions, notes)
    _ = links.links
    let keys: [Key] = [
      .character("j"), .character("j"), .character("k"), .character("?"), .character("x"),
    ]
    return try (0..<2000).map { index in
      let start = ContinuousClock.now
      try runner.handle(keys[index % keys.count])
      runner.drawFrame()
      return seconds(ContinuousClock.now - start)
    }
  }

  /// Seconds from an answer key to the answer screen drawn (grading, the intervals read from
  /// the store, the related concepts looked up in the built graph); `u` takes it back.
  private static func answerToFrame(_ url: URL, _ questions: [Question], _ notes: Notes) throws
    -> [Double]
  {
    let (runner, links) = try firstFrame(url, questions, notes)
    _ = links.links
    return try (0..<300).map { _ in
      let start = ContinuousClock.now
      try runner.handle(.character("1"))
      runner.drawFrame()
      let elapsed = seconds(ContinuousClock.now - start)
      try runner.handle(.character("u"))
      return elapsed
    }
  }

  private static func report(
    full: [Launch], empty: [Launch], frames: [Double], answers: [Double], reviews: Int, notes: Int
  ) {
    let launch = Bench.median(full.map(\.firstQuestion))
    let base = Bench.median(empty.map(\.firstQuestion))
    func pair(_ values: [Double]) -> String {
      "\(Bench.format(seconds: Bench.median(values))) / "
        + Bench.format(seconds: Bench.quantile(values, 0.99))
    }
    let rows = [
      Bench.Row(
        measure:
          "in process, bank prebuilt (not the launch: see `launch`): graph started, open, reconcile, queue, frame",
        value: pair(full.map(\.firstQuestion)), baseline: pair(empty.map(\.firstQuestion)),
        ratio: String(format: "%.2fx", launch / max(base, 1e-9)), target: "< 150 ms median",
        verdict: launch <= 0.150 ? "ok" : "MISSED"),
      Bench.Row(
        measure: "concept graph ready, from launch (own thread, \(notes) notes)",
        value: pair(full.map(\.graphReady)), baseline: pair(empty.map(\.graphReady)),
        ratio: "-", target: "-", verdict: "-"),
      Bench.Row(
        measure: "key to frame (update, render, diff) at 100x30", value: pair(frames),
        baseline: "-", ratio: "-", target: "< 5 ms median",
        verdict: Bench.median(frames) <= 0.005 ? "ok" : "MISSED"),
      Bench.Row(
        measure: "answer to answer screen (grade, intervals, related)", value: pair(answers),
        baseline: "-", ratio: "-", target: "< 5 ms median",
        verdict: Bench.median(answers) <= 0.005 ? "ok" : "MISSED"),
    ]
    Bench.printTable(
      title: "terminal front end: 100k questions, \(reviews) reviews (baseline: no history); "
        + "median / p99", rows: rows)
  }

  /// What starting the graph's thread costs the launch on this machine: launches with it and
  /// without it (no graph at all), alternated so that both see the same load.
  private static func graphShare(_ url: URL, _ questions: [Question], _ notes: Notes) throws {
    var with: [Double] = []
    var without: [Double] = []
    for _ in 0..<15 {
      with += try launches(url, questions, notes, count: 1).map(\.firstQuestion)
      without += try launches(url, questions, nil, count: 1).map(\.firstQuestion)
    }
    let ratio = Bench.median(with) / max(Bench.median(without), 1e-9)
    print(
      "launch with the graph's thread \(Bench.format(seconds: Bench.median(with))), without a "
        + "graph \(Bench.format(seconds: Bench.median(without))): "
        + String(format: "%.2fx (medians of 15, alternated)", ratio))
    // The bundled notes alone, as `notedrill drill` builds them when run on Content/.
    let bundled = OutlineBench.parse(Array(OutlineBench.corpus().prefix(notesPerCopy())))
    let graph = Bench.measure(iterations: 15) {
      _ = ConceptGraph.build(bundled, aliases: notes.aliases)
    }
    print(
      "concept graph of the bundled notes alone (\(bundled.count) notes): "
        + Bench.format(seconds: Bench.median(graph)) + " median")
  }

  /// How many notes one copy of Content/ is in the benchmark corpus.
  private static func notesPerCopy() -> Int {
    NoteLoader.markdownFiles(in: Bench.packageRoot.appendingPathComponent("Content").path).count
  }

  /// Where launch time goes with the full store (one run, after the timed ones).
  private static func breakdown(_ url: URL, _ questions: [Question], _ notes: Notes) throws {
    var marks: [(String, Double)] = []
    var start = ContinuousClock.now
    func mark(_ name: String) {
      let now = ContinuousClock.now
      marks.append((name, seconds(now - start)))
      start = now
    }
    let graph = ConceptGraph.build(notes.documents, aliases: notes.aliases)
    mark("concept graph alone (\(notes.documents.count) notes, \(graph.concepts.count) concepts)")
    let database = try AppDatabase.open(at: url, now: StoreBench.now)
    mark("open")
    try database.reconcile(with: questions, at: StoreBench.now)
    mark("reconcile")
    let queue = try database.todayQueue(at: StoreBench.now, timeZone: StoreBench.utc)
    mark("today's queue (\(queue.entries.count) cards)")
    let services = StoreServices(
      database: database, questions: questions, grader: TypedAnswerGrader(),
      timeZone: StoreBench.utc, limit: nil,
      links: ConceptLinks(graph: graph, aliases: notes.aliases))
    let session = try services.drillSession(at: StoreBench.now)
    mark("queue again + session")
    let runner = AppRunner(
      model: AppModel(route: .drill(DrillScreen(session: session))),
      backend: VirtualTerminal(size: size), services: services, clock: { StoreBench.now })
    runner.drawFrame()
    mark("first frame")
    print(marks.map { "\($0.0) \(Bench.format(seconds: $0.1))" }.joined(separator: ", "))
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  enum BenchFailure: Error {
    case noDrill
  }
}
