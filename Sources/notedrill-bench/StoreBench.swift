import Foundation
import ProgressStore
import StudyCore

/// The progress store with 100k questions and about a million reviews of synthetic history:
/// open + reconcile, today's queue and one answer (commit included), each as median and p99,
/// against a store with the same questions and no history (the baseline) in the same run.
enum StoreBench {
  static let questionCount = 100_000
  /// Cards never studied (the last ones in note order); the rest have a history.
  static let newCount = 5_000
  static let seed: UInt64 = 0x5EED_5707_2026
  /// "Now" for the whole run: the history ends here.
  static let now = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z
  static let utc = TimeZone(secondsFromGMT: 0) ?? .current

  /// The timings of one store.
  struct Timings {
    var open: [Double] = []
    var edited: [Double] = []
    var queue: [Double] = []
    var answer: [Double] = []
    var undo: [Double] = []
    var queueLength = 0
  }

  /// Builds both stores in a temporary folder, times them, prints the table, cleans up.
  static func run() {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-store-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try runIn(folder)
    } catch {
      print("store benchmark failed: \(error)")
    }
  }

  private static func runIn(_ folder: URL) throws {
    let questions = makeQuestions()
    let edited = questions.enumerated().map { index, question in
      var copy = question
      if index % 1000 == 7 { copy.prompt += " (edited)" }
      return copy
    }
    let emptyURL = folder.appendingPathComponent("empty/progress.sqlite")
    let fullURL = folder.appendingPathComponent("full/progress.sqlite")
    let firstImport = try time { try create(emptyURL, questions) }
    try create(fullURL, questions)
    let history = makeHistory(questions)
    let importSeconds = try time {
      let store = try AppDatabase.open(at: fullURL, now: now)
      try store.importAnswers(history, timeZone: utc)
      try store.close()
    }
    print(
      "\nstore bench: \(questionCount) questions, \(history.count) reviews imported in "
        + "\(Bench.format(seconds: importSeconds)); first import of the questions "
        + Bench.format(seconds: firstImport))
    let baseline = try measure(emptyURL, questions, edited)
    let full = try measure(fullURL, questions, edited)
    let extra = try measureOnce(fullURL)
    report(full: full, baseline: baseline, reviews: history.count, extra: extra)
    reportSize(full: fullURL, empty: emptyURL, reviews: history.count)
  }

  // MARK: - Data

  /// Questions shaped like the bank's: Korean prompts, four options, topics of 50 questions,
  /// notes of 1000, three siblings per fact.
  static func makeQuestions() -> [Question] {
    (0..<questionCount).map { index in
      let id = "q" + String(UInt64(index) &* 0x9E37_79B9_7F4A_7C15 >> 1, radix: 16)
      let note = index / 1000
      return Question(
        id: id, kind: .termToDefinition, format: .singleChoice,
        prompt: "다음 중 서비스 \(index / 3)에 대한 설명으로 알맞은 것은? (synthetic \(index))",
        keys: ["서비스 \(index / 3)의 정의: 트래픽을 분산하고 상태를 확인하는 관리형 기능"],
        options: (0..<4).map { "보기 \($0): 서비스 \(index / 3 + $0)의 정의를 설명하는 문장" },
        explanation: "서비스 \(index / 3)은(는) 노트 \(note)의 \(index % 1000)번째 사실입니다.",
        source: SourceReference(
          document: "note\(note)", path: "notes/note\(note).md", line: index % 1000 + 1,
          headingPath: ["Part \(note)", "Section \(index / 50)"]),
        topic: "Note \(note) › Part \(note) › Section \(index / 50)",
        terms: ["Service \(index / 3)", "Area \(index / 500)"], siblingGroup: "fact-\(index / 3)",
        language: .korean, order: index)
    }
  }

  /// Each studied card starts somewhere in the 1500 days before `now` and is reviewed whenever
  /// it falls due until its next due date passes `now`: 8% Again, 7% Hard, 75% Good, 10% Easy.
  /// Sorted by time, as a real log is.
  static func makeHistory(_ questions: [Question]) -> [ImportedAnswer] {
    var random = FSRSBench.SplitMix64(seed: seed)
    let scheduler = FSRSScheduler()
    var answers: [ImportedAnswer] = []
    answers.reserveCapacity(1_100_000)
    for question in questions.prefix(questionCount - newCount) {
      var at = now.addingTimeInterval(-Double(random.below(1500 * 86_400)) - 3600)
      var card = SchedulingCard.new(due: at)
      while at <= now {
        let u = random.unit()
        let rating: Rating = u < 0.08 ? .again : u < 0.15 ? .hard : u < 0.90 ? .good : .easy
        guard let outcome = try? scheduler.review(card, rating: rating, at: at) else { break }
        answers.append(
          ImportedAnswer(
            questionID: question.id, rating: rating, at: at, responseMs: 2000 + random.below(8000)))
        card = outcome.card
        at = card.due
      }
    }
    answers.sort { $0.at < $1.at }
    return answers
  }

  // MARK: - Timing

  private static func create(_ url: URL, _ questions: [Question]) throws {
    let store = try AppDatabase.open(at: url, now: now)
    try store.reconcile(with: questions, at: now.addingTimeInterval(-1600 * 86_400))
    try store.close()
  }

  private static func measure(_ url: URL, _ questions: [Question], _ edited: [Question])
    throws -> Timings
  {
    var timings = Timings()
    timings.open = try measureThrowing(iterations: 40) {
      let store = try AppDatabase.open(at: url, now: now)
      try store.reconcile(with: questions, at: now)
      try store.close()
    }
    var flip = false
    timings.edited = try measureThrowing(iterations: 20) {
      flip.toggle()
      let store = try AppDatabase.open(at: url, now: now)
      try store.reconcile(with: flip ? edited : questions, at: now)
      try store.close()
    }
    let store = try AppDatabase.open(at: url, now: now)
    defer { try? store.close() }
    try store.reconcile(with: questions, at: now)
    timings.queueLength = try store.todayQueue(at: now, timeZone: utc).entries.count
    timings.queue = try measureThrowing(iterations: 300) {
      _ = try store.todayQueue(at: now, timeZone: utc)
    }
    let targets = try store.todayQueue(at: now, timeZone: utc).entries.map(\.questionID)
    var step = 0
    timings.answer = try measureThrowing(iterations: 300) {
      step += 1
      let answer = Answer(questionID: targets[step % targets.count], rating: .good)
      try store.recordAnswer(answer, at: now.addingTimeInterval(Double(step)), timeZone: utc)
    }
    timings.undo = try measureThrowing(iterations: 100) { try store.undoLastAnswer() }
    return timings
  }

  /// Stats, rebuild and check on the big store: once each.
  private static func measureOnce(_ url: URL) throws -> [(String, Double)] {
    let store = try AppDatabase.open(at: url, now: now)
    defer { try? store.close() }
    return [
      ("stats", try time { _ = try store.stats(at: now, timeZone: utc) }),
      ("store rebuild (replay of the log)", try time { try store.rebuildCache() }),
      ("store check (integrity + replay)", try time { _ = try store.check() }),
      ("daily backup", try time { try store.makeBackup(now: now, reason: .daily) }),
    ]
  }

  private static func measureThrowing(iterations: Int, _ body: () throws -> Void) throws
    -> [Double]
  {
    var failure: (any Error)?
    let seconds = Bench.measure(iterations: iterations) {
      do { try body() } catch { failure = failure ?? error }
    }
    if let failure { throw failure }
    return seconds
  }

  private static func time(_ body: () throws -> Void) throws -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  // MARK: - Report

  private static func report(
    full: Timings, baseline: Timings, reviews: Int, extra: [(String, Double)]
  ) {
    let rows = [
      row("open + reconcile (unchanged notes)", full.open, baseline.open, target: 0.300),
      row("open + reconcile (100 questions edited)", full.edited, baseline.edited, target: 0.300),
      row("today's queue (\(full.queueLength) cards)", full.queue, baseline.queue, target: 0.005),
      row("one answer, commit included", full.answer, baseline.answer, target: 0.005),
      row("undo of the last answer", full.undo, baseline.undo, target: nil),
    ]
    Bench.printTable(
      title: "progress store: 100k questions, \(reviews) reviews (baseline: no history); "
        + "median / p99", rows: rows)
    for (name, seconds) in extra { print("\(name): \(Bench.format(seconds: seconds))") }
  }

  /// The file's size, and what the history adds per million reviews (the size beyond the same
  /// store without history).
  private static func reportSize(full: URL, empty: URL, reviews: Int) {
    func size(_ url: URL) -> Double {
      Double((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0)
        / 1_048_576
    }
    let perMillion = (size(full) - size(empty)) / Double(max(reviews, 1)) * 1_000_000
    print(
      String(
        format: "store size: %.1f MiB (%.1f MiB without history): %.1f MiB per million reviews",
        size(full), size(empty), perMillion))
  }

  private static func row(_ name: String, _ values: [Double], _ baseline: [Double], target: Double?)
    -> Bench.Row
  {
    let median = Bench.median(values)
    let p99 = Bench.quantile(values, 0.99)
    let base = Bench.median(baseline)
    let verdict = target.map { median <= $0 ? "ok" : "MISSED" } ?? "-"
    return Bench.Row(
      measure: name,
      value: "\(Bench.format(seconds: median)) / \(Bench.format(seconds: p99))",
      baseline:
        "\(Bench.format(seconds: base)) / \(Bench.format(seconds: Bench.quantile(baseline, 0.99)))",
      ratio: String(format: "%.2fx", median / max(base, 1e-9)),
      target: target.map { "< \(Bench.format(seconds: $0)) median" } ?? "-", verdict: verdict)
  }
}
