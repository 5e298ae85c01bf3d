import Foundation
import StudyCore

/// The text and JSON forms of `notedrill fsrs optimize`.
enum OptimizeText {
  /// The human-readable report.
  static func render(_ run: OptimizationRun) -> String {
    var lines: [String] = []
    var read = "Read \(run.reviewsRead) reviews of \(run.cards) cards"
    if run.cardsLeftOut > 0 {
      read += " (\(run.cardsLeftOut) more left out: first studied before the log starts)"
    }
    lines.append(read + ".")
    lines.append(
      "Held out 1 card in 5: fitted on \(run.trainingItems) scored reviews, "
        + "scored on \(run.heldOutItems).")
    if run.heldOutItems > 0 {
      lines.append("")
      lines.append(pad("weights", 10) + pad("log loss", 10) + "RMSE(bins)")
      for score in run.scores {
        lines.append(
          pad(score.label, 10) + pad(fixed(score.metrics.logLoss, 4), 10)
            + fixed(score.metrics.rmseBins, 4))
      }
    }
    lines.append("")
    lines.append(stageLine(run.fit))
    lines.append(run.fit.weights.values.map { fixed($0, 4) }.joined(separator: ","))
    return lines.joined(separator: "\n")
  }

  static func stageLine(_ fit: FitResult) -> String {
    switch fit.stage {
    case .defaults:
      "Too few reviews to fit (at least \(FSRSOptimizer.minimumReviews) scored): the defaults."
    case .initialStability:
      "Too few reviews for gradient descent (at least \(FSRSOptimizer.minimumTrainingReviews) "
        + "scored): initial stabilities fitted from \(fit.initialReviews), the rest default."
    case .trained:
      "Weights fitted on the whole log (\(fit.trainingReviews) scored reviews; initial "
        + "stabilities from \(fit.initialReviews)):"
    }
  }

  /// The JSON form: counts, the held-out scores and the fitted weights.
  static func json(_ run: OptimizationRun) -> String {
    let scores = run.scores.map { score in
      "{\"weights\":\"\(score.label)\",\"log_loss\":\(number(score.metrics.logLoss)),"
        + "\"rmse_bins\":\(number(score.metrics.rmseBins)),\"reviews\":\(score.metrics.reviews)}"
    }
    let fields: [(String, String)] = [
      ("reviews_read", String(run.reviewsRead)),
      ("cards", String(run.cards)),
      ("cards_left_out", String(run.cardsLeftOut)),
      ("training_reviews", String(run.trainingItems)),
      ("held_out_reviews", String(run.heldOutItems)),
      ("held_out", "[" + scores.joined(separator: ",") + "]"),
      ("held_out_fit", weights(run.heldOutFit.weights)),
      ("stage", "\"\(run.fit.stage.rawValue)\""),
      ("reviews_used", String(run.fit.trainingReviews)),
      ("weights", weights(run.fit.weights)),
    ]
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  private static func weights(_ weights: FSRSWeights) -> String {
    "[" + weights.values.map(number).joined(separator: ",") + "]"
  }

  private static func number(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
  }

  static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "-" }
    return String(format: "%.\(digits)f", value)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
