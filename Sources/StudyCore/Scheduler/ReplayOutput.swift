import Foundation

/// Writes one reviewed card as the JSON line `notedrill fsrs replay` prints.
///
/// Fields, in order: `card`, `state` ("learning", "review", "relearning"), `step` (null in
/// review), `stability`, `difficulty`, `due`, `last_review` (ISO-8601 UTC), `interval_days`,
/// `retrievability_before`. Numbers are printed in full (shortest text that reads back to the
/// same double).
public enum ReplayOutput {
  /// The output line for the card `card` after `outcome`.
  public static func line(card: String, outcome: ReviewOutcome) -> String {
    let after = outcome.card
    let fields: [(String, String)] = [
      ("card", quoted(card)),
      ("state", quoted(after.state.name)),
      ("step", after.step.map(String.init) ?? "null"),
      ("stability", number(after.stability)),
      ("difficulty", number(after.difficulty)),
      ("due", quoted(UTCTimestamp.format(micros: after.dueMicros))),
      (
        "last_review",
        after.lastReviewMicros.map { quoted(UTCTimestamp.format(micros: $0)) } ?? "null"
      ),
      ("interval_days", String(outcome.intervalDays)),
      ("retrievability_before", number(outcome.retrievabilityBefore)),
    ]
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  private static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return "\(value)"
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
