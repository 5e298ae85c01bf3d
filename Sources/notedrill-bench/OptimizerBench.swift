import Foundation
import StudyCore

/// `notedrill-bench optimizer`: fits FSRS-6 weights to simulated learners (known weights, per-card
/// noise, 1,000 to 100,000 reviews) with NoteDrill's optimizer and with the reference
/// (fsrs-rs-python 0.9.3 `compute_parameters`, same training items, same held-out split), times
/// both in the same run and compares held-out log loss.
enum OptimizerBench {
  struct Case {
    var name: String
    var reviews: [OptimizerReview]
    var truth: FSRSWeights?
  }

  struct ReferenceResult: Decodable {
    var weights: [Double]
    var seconds: Double
    var train_items: Int
    var test_log_loss: [String: Double]
  }

  static func cases(sizes: [Int]) -> [Case] {
    sizes.enumerated().map { index, size in
      var learner = SimulatedLearner(
        trueWeights: SimulatedLearner.sampleWeights, noise: 0.3, seed: 0x0F17 + UInt64(index))
      let perDay = max(5, min(40, size / 400))
      return Case(
        name: "simulated \(size)", reviews: learner.history(reviews: size, newPerDay: perDay),
        truth: SimulatedLearner.sampleWeights)
    }
  }

  static func run(sizes: [Int] = [1_000, 10_000, 30_000, 100_000]) {
    print("\n== FSRS-6 optimizer against fsrs-rs-python 0.9.3 (held out: 1 card in 5)")
    var rows = [
      [
        "log", "reviews", "train", "held out", "default", "truth", "reference", "ours",
        "ours/ref", "ours s", "ref s", "time ratio",
      ]
    ]
    for item in cases(sizes: sizes) {
      rows.append(compare(item))
    }
    print("held-out log loss (lower is better); seconds: one fit on the training part")
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      print(
        zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
          .joined(separator: "  "))
    }
  }

  static func compare(_ item: Case) -> [String] {
    let histories = CardHistory.histories(item.reviews)
    let (train, test) = OptimizationRun.split(histories)
    let trainItems = TrainingItems(histories: train)
    let testItems = TrainingItems(histories: test)
    let clock = ContinuousClock()
    let started = clock.now
    let ours = FSRSOptimizer.fit(trainItems)
    let oursSeconds = seconds(clock.now - started)
    let score = { (w: FSRSWeights) in PredictionMetrics.evaluate(w, on: testItems).logLoss }
    let defaultLoss = score(.defaults)
    let truthLoss = item.truth.map(score)
    let oursLoss = score(ours.weights)
    var cells = [
      item.name, String(item.reviews.count), String(trainItems.items.count),
      String(testItems.items.count), f(defaultLoss), truthLoss.map(f) ?? "-",
    ]
    switch reference(trainItems, testItems) {
    case .success(let result):
      let refWeights = (try? FSRSWeights(result.weights)) ?? .defaults
      let refLoss = score(refWeights)
      if ProcessInfo.processInfo.environment["OPTIMIZER_BENCH_WEIGHTS"] != nil {
        print("\(item.name) ours: " + ours.weights.values.map(f).joined(separator: ","))
        print("\(item.name) ref:  " + refWeights.values.map(f).joined(separator: ","))
      }
      cells += [
        f(refLoss), f(oursLoss), String(format: "%.4f", oursLoss / refLoss),
        String(format: "%.3f", oursSeconds), String(format: "%.3f", result.seconds),
        String(format: "%.2f", oursSeconds / result.seconds),
      ]
    case .failure(let error):
      print("reference skipped for \(item.name): \(error.reason)")
      cells += ["-", f(oursLoss), "-", String(format: "%.3f", oursSeconds), "-", "-"]
    }
    return cells
  }

  struct Unavailable: Error { var reason: String }

  static func reference(_ train: TrainingItems, _ test: TrainingItems)
    -> Result<ReferenceResult, Unavailable>
  {
    let script = Bench.packageRoot.appendingPathComponent("scripts/fsrs/reference_optimizer.py")
    let input = FileManager.default.temporaryDirectory.appendingPathComponent(
      "notedrill-optimizer-\(ProcessInfo.processInfo.processIdentifier).json")
    defer { try? FileManager.default.removeItem(at: input) }
    do {
      try Data(ReferenceExport.json(train: train, test: test).utf8).write(to: input)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["python3", script.path, input.path]
      let output = Pipe()
      let errors = Pipe()
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      let message = errors.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        return .failure(Unavailable(reason: String(decoding: message, as: UTF8.self)))
      }
      return .success(try JSONDecoder().decode(ReferenceResult.self, from: data))
    } catch {
      return .failure(Unavailable(reason: "\(error)"))
    }
  }

  static func f(_ value: Double) -> String { String(format: "%.4f", value) }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
