import Foundation
import StudyCore
import TerminalUI

/// The lines plain mode prints; every note text is sanitized and kept on its own lines.
public enum PlainText {
  /// The session's first line.
  public static func header(total: Int, due: Int, learning: Int, new: Int) -> String {
    "NoteDrill drill: \(total) cards (due \(due), learning \(learning), new \(new))"
  }

  /// The question block: `Q n/total · topic`, the prompt, numbered options, the hint line.
  public static func question(_ item: DrillItem, number: Int, total: Int) -> [String] {
    let question = item.question
    let again = item.isRepeat ? " · again" : ""
    var lines = ["", "Q \(number)/\(total) · \(clean(question.topic))" + again]
    lines += clean(question.prompt, newlines: true).components(separatedBy: "\n")
    for (offset, option) in DrillSession.choices(of: question).enumerated() {
      lines.append("  \(offset + 1). \(clean(option))")
    }
    lines.append(PlainInput.hint(for: question))
    return lines
  }

  /// The answer of a flip card, shown on an empty line.
  public static func revealed(_ question: Question) -> [String] {
    ["Answer: " + clean(question.keys.joined(separator: "; ")), PlainInput.hint(for: question)]
  }

  /// The near-miss question.
  public static func nearMiss(given: String, question: Question) -> String {
    "Close: you wrote \"\(clean(given))\", the answer is \"\(clean(question.keys.first ?? ""))\"."
      + " Count it as right? (y/n)"
  }

  /// Feedback after an answer is saved: verdict and key, rating and next interval, source,
  /// related concepts.
  public static func feedback(
    _ feedback: DrillFeedback, question: Question, outcome: ReviewOutcome?,
    related: [RelatedConcept] = []
  ) -> [String] {
    let verdict = feedback.isCorrect ? "Right." : "Wrong."
    let key = question.keys.map(clean).joined(
      separator: question.format == .ordering ? " → " : "; ")
    var lines = question.format == .flip ? ["Answer: \(key)"] : ["\(verdict) Answer: \(key)"]
    let interval = outcome.map {
      " · next in " + DrillText.interval(days: $0.intervalDays, card: $0)
    }
    lines.append("Rated \(feedback.rating.name)" + (interval ?? ""))
    lines.append("Source: \(question.source.location) · \(clean(headingPath(question)))")
    if !question.explanation.isEmpty {
      lines.append(clean(question.explanation))
    }
    return lines + DrillText.relatedLines(related).map(clean)
  }

  /// The closing summary.
  public static func summary(_ session: DrillSession, remaining: Int, at now: Date) -> [String] {
    let summary = session.summary
    let seconds = Int(now.timeIntervalSince(session.startedAt))
    return [
      "",
      "Session over: \(summary.answers) answered" + DrillText.repeatsNote(summary)
        + ", \(summary.right) right" + DrillText.firstTimeNote(summary) + ", "
        + DrillText.duration(seconds: seconds) + ".",
      remaining == 0 ? "Nothing more due today." : "Still due today: \(remaining).",
    ]
  }

  static func headingPath(_ question: Question) -> String {
    ([question.source.document] + question.source.headingPath).joined(separator: " › ")
  }

  static func clean(_ text: String) -> String { clean(text, newlines: false) }

  static func clean(_ text: String, newlines: Bool) -> String {
    TerminalText.sanitize(text, keepingNewlines: newlines)
  }
}
