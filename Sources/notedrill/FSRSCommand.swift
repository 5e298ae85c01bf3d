import ArgumentParser
import Foundation
import StudyCore

/// `notedrill fsrs`: tools around the FSRS-6 scheduler.
struct FSRSCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fsrs", abstract: "FSRS-6 scheduler tools.",
    subcommands: [Replay.self, Optimize.self, Weights.self])
}

extension FSRSCommand {
  /// `notedrill fsrs replay`: runs reviews from standard input through the scheduler.
  struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "replay",
      abstract: "Replay reviews (JSON lines on standard input) through the FSRS-6 scheduler.",
      discussion: """
        Each input line is one review:
          {"card": "<any id>", "rating": 1-4, "time": "2024-03-01T09:30:00Z", "fuzz": 0.42}
        Ratings: 1 Again, 2 Hard, 3 Good, 4 Easy. "fuzz" (optional) is a uniform draw in [0, 1) \
        that spreads review intervals; without it there is no fuzz. Cards are kept apart by id; \
        an id seen for the first time is a new card.

        Each review prints one line with the card after it: card, state, step, stability, \
        difficulty, due, last_review, interval_days, retrievability_before.

        A line that cannot be used (bad JSON, rating out of range, bad time, time before that \
        card's last review) is reported on standard error with its line number and skipped; \
        the rest still runs. Exit status: 0 when every line succeeded, 1 when any failed, \
        64 for bad options.
        """)

    @Option(
      name: .customLong("params"),
      help: ArgumentHelp(
        "FSRS parameters: 21 comma-separated numbers (FSRS-6), or 19 (FSRS-5, upgraded).",
        valueName: "w0,w1,..."))
    var params: String?

    @Option(parsing: .unconditional, help: "Desired retention, between 0 and 1.")
    var retention: Double = SchedulerParameters.defaultDesiredRetention

    @Option(
      help: ArgumentHelp(
        "Learning steps: durations with a unit (s, m, h, d), comma-separated; '' or none for no steps.",
        valueName: "steps"))
    var steps: String = "1m,10m"

    @Option(
      name: .customLong("relearning-steps"),
      help: ArgumentHelp(
        "Relearning steps, in the same form as --steps.", valueName: "steps"))
    var relearningSteps: String = "10m"

    @Option(
      name: .customLong("max-interval"), parsing: .unconditional,
      help: "The longest review interval, in days.")
    var maxInterval: Int = SchedulerParameters.defaultMaximumInterval

    func validate() throws {
      _ = try parameters()
    }

    func run() throws {
      var runner = ReplayRunner(scheduler: FSRSScheduler(parameters: try parameters()))
      var lineNumber = 0
      var failures = 0
      while let line = readLine() {
        lineNumber += 1
        switch runner.replay(line: line) {
        case nil:
          continue
        case .success(let output):
          print(output)
        case .failure(let error):
          failures += 1
          Self.report("line \(lineNumber): \(error)")
        }
      }
      if failures > 0 {
        Self.report("\(failures) of \(lineNumber) lines failed")
        throw ExitCode(1)
      }
    }

    /// The checked settings, or a validation error worded for the user.
    private func parameters() throws -> SchedulerParameters {
      do {
        let weights = try params.map(SchedulerOptionText.weights) ?? .defaults
        return try SchedulerParameters(
          weights: weights, desiredRetention: retention,
          learningSteps: SchedulerOptionText.steps(steps, kind: .learning),
          relearningSteps: SchedulerOptionText.steps(relearningSteps, kind: .relearning),
          maximumInterval: maxInterval)
      } catch {
        throw ValidationError(error.description)
      }
    }

    private static func report(_ message: String) {
      StandardError.print(message)
    }
  }
}
