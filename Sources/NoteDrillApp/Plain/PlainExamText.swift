import Foundation
import StudyCore
import TerminalUI

/// The lines plain exam mode prints.
public enum PlainExamText {
  /// The first line: questions, time, mode, seed.
  public static func header(_ session: ExamSession) -> String {
    let settings = session.settings
    let time = session.limitMs.map { ExamText.clock(ms: $0) } ?? "no time limit"
    return "NoteDrill exam #\(session.attemptID): \(session.slots.count) questions, \(time), "
      + "\(settings.mode.rawValue) (seed \(settings.seed))"
  }

  /// `Q i/N · domain · 12:34 left`, the prompt, "Select TWO" when it applies, options, hint.
  public static func question(_ session: ExamSession) -> [String] {
    guard let slot = session.current else { return [] }
    let question = slot.pick.question
    var lines = [
      "",
      "Q \(session.index + 1)/\(session.slots.count) · \(PlainText.clean(slot.pick.domain)) · "
        + ExamText.countdown(session),
    ]
    lines += PlainText.clean(question.prompt, newlines: true).components(separatedBy: "\n")
    if let select = ExamText.selectHint(question) { lines.append("(\(select))") }
    for (offset, option) in DrillSession.choices(of: question).enumerated() {
      lines.append("  \(offset + 1). \(PlainText.clean(option))")
    }
    lines.append(hint(for: question))
    return lines
  }

  /// What to type for `question`, with the exam's own keys.
  public static func hint(for question: Question) -> String {
    let count = DrillSession.choices(of: question).count
    let what: String
    switch question.format {
    case .singleChoice, .trueFalse: what = "a number 1-\(count)"
    case .multipleChoice: what = "every right number, separated by commas"
    case .ordering: what = "the numbers in order, separated by commas"
    case .typed, .flip: what = "the answer"
    }
    return "Answer with \(what); empty line skips, f flags, q hands in:"
  }

  /// Practice mode: the verdict and the key at once.
  public static func practiceFeedback(_ slot: ExamSlot) -> [String] {
    let question = slot.pick.question
    var lines = [
      "\(ExamText.verdict(slot)). Answer: \(PlainText.clean(ExamText.keys(question)))",
      "Source: \(PlainText.clean(ExamText.source(question)))",
    ]
    if !question.explanation.isEmpty { lines.append(PlainText.clean(question.explanation)) }
    return lines
  }

  /// The results: score, estimate, time, per-domain bars, then every question reviewed.
  public static func results(_ session: ExamSession, result: ExamSessionResult) -> [String] {
    var lines = [
      "", "Exam handed in. " + ExamText.scoreLine(result), ExamText.estimateNote,
      ExamText.timeLine(result, limitMs: session.limitMs), "By domain:",
    ]
    let domains = result.domains.map(ExamText.shortened)
    let labelWidth = min(44, domains.map { DisplayWidth.width(of: $0.domain) }.max() ?? 10)
    for domain in domains {
      lines.append("  " + ExamText.domainLine(domain, labelWidth: labelWidth, barWidth: 10))
    }
    lines.append("Review:")
    for (position, slot) in session.slots.enumerated() {
      let question = slot.pick.question
      let flag = slot.isFlagged ? " · flagged" : ""
      lines.append(
        "\(position + 1). \(ExamText.verdict(slot))\(flag) · "
          + PlainText.clean(question.prompt))
      lines.append("   Chosen: " + PlainText.clean(slot.given ?? "(blank)"))
      lines.append("   Answer: " + PlainText.clean(ExamText.keys(question)))
      lines.append("   Source: " + PlainText.clean(ExamText.source(question)))
      if !question.explanation.isEmpty {
        lines.append("   " + PlainText.clean(question.explanation))
      }
    }
    return lines
  }
}
