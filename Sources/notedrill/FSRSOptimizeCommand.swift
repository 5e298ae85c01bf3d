import ArgumentParser
import Foundation
import ProgressStore
import StudyCore

extension FSRSCommand {
  /// `notedrill fsrs optimize`: fits the 21 FSRS-6 weights to the learner's review log.
  struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "optimize",
      abstract: "Fit the FSRS-6 weights to your review log and show how well they predict.",
      discussion: """
        Reads the store's review log (the questions of the notes folder), or with --log FILE \
        (- for standard input) JSON lines in the `fsrs replay` format. One card in five (by a \
        hash of its id) is held out: weights are fitted on the rest, and the held-out reviews \
        score the defaults, the weights in use and the fitted ones (log loss and RMSE(bins), \
        lower is better). The weights printed are then fitted on the whole log.

        --apply stores them for this notes folder; the scheduler uses them from the next \
        answer on (earlier answers keep the weights they were scheduled with). \
        `notedrill fsrs weights` shows the weights in use; `--reset` there goes back to the \
        defaults. Nothing is fitted or stored unless you ask.
        """)

    @OptionGroup var notesOptions: NotesOptions

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Read reviews from this JSON-lines file (- for standard input) instead of the store.",
        valueName: "file"))
    var log: String?

    @Flag(name: .long, help: "Store the fitted weights for this notes folder.") var apply = false
    @Flag(name: .long, help: "Print as JSON.") var json = false
    @Option(name: .long, help: "Seed of the batch order.") var seed: UInt64 = 2023
    @Option(
      name: .customLong("reference-input"),
      help: ArgumentHelp(
        "Also write the split as input for scripts/fsrs/reference_optimizer.py.",
        visibility: .hidden))
    var referenceInput: String?

    func validate() throws {
      if apply && log != nil {
        throw ValidationError("--apply stores weights fitted on the store's log; drop --log")
      }
    }

    func run() throws {
      var configuration = OptimizerConfiguration()
      configuration.seed = seed
      if let log {
        let reviews = try Self.readLog(log)
        let run = OptimizationRun(reviews: reviews, configuration: configuration)
        try writeReferenceInput(run)
        print(json ? OptimizeText.json(run) : OptimizeText.render(run))
        return
      }
      let (database, bank) = try StoreAccess.openReconciled(notesOptions)
      let (reviews, current) = try StoreAccess.attempt { () throws(StoreError) in
        (
          try database.optimizerReviews(questionIDs: Set(bank.questions.map(\.id))),
          try database.fittedWeights()
        )
      }
      let run = OptimizationRun(
        reviews: reviews, current: current?.weights, configuration: configuration)
      try writeReferenceInput(run)
      print(json ? OptimizeText.json(run) : OptimizeText.render(run))
      guard apply else { return }
      guard run.fit.stage != .defaults else {
        StandardError.print("nothing applied: too few reviews to fit; the defaults stay")
        return
      }
      let scores = Dictionary(run.scores.map { ($0.label, $0.metrics.logLoss) }) { a, _ in a }
      let fitted = FittedWeights(
        weights: run.fit.weights, fittedAt: UTCTimestamp.unixMicros(StoreAccess.now()),
        reviews: run.fit.trainingReviews, defaultLogLoss: scores["default"],
        fittedLogLoss: scores["fitted"])
      try StoreAccess.attempt { () throws(StoreError) in try database.applyFittedWeights(fitted) }
      if !json { print("Applied: the scheduler uses these weights from the next answer on.") }
    }

    /// The held-out split for the reference optimizer, with our held-out fit as "ours".
    private func writeReferenceInput(_ run: OptimizationRun) throws {
      guard let referenceInput else { return }
      let text = ReferenceExport.json(
        train: run.split.train, test: run.split.test,
        extraWeights: [("ours", run.heldOutFit.weights)])
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: referenceInput))
      } catch {
        StandardError.print("error: cannot write \(referenceInput): \(error.localizedDescription)")
        throw ExitCode(1)
      }
    }

    /// Reads replay-format lines; a bad line is a one-line error naming it, and nothing is fitted.
    static func readLog(_ path: String) throws -> [OptimizerReview] {
      let text: String
      if path == "-" {
        var lines: [String] = []
        while let line = readLine() { lines.append(line) }
        text = lines.joined(separator: "\n")
      } else {
        guard let data = FileManager.default.contents(atPath: path) else {
          StandardError.print("error: cannot read \(path)")
          throw ExitCode(1)
        }
        text = String(decoding: data, as: UTF8.self)
      }
      var reviews: [OptimizerReview] = []
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      where !line.allSatisfy(\.isWhitespace) {
        do {
          let input = try ReplayInput.parse(String(line))
          reviews.append(
            OptimizerReview(card: input.card, rating: input.rating, time: input.micros))
        } catch {
          StandardError.print("error: line \(index + 1): \(error)")
          throw ExitCode(1)
        }
      }
      return reviews
    }
  }
}
