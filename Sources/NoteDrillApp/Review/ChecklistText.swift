import StudyCore
import TerminalUI

/// Note text made safe to print on one line.
public enum TerminalSafe {
  /// `text` without control characters or line breaks.
  public static func text(_ text: String) -> String {
    TerminalText.sanitize(text, keepingNewlines: false)
  }
}

/// What `notedrill checklist` prints.
public enum ChecklistText {
  /// How many characters of an id `list` shows.
  public static let shortID = 8

  /// Items by note and heading: `  c1a2b3c4 [x] text — 12 questions, 34%`.
  public static func list(_ entries: [ChecklistEntry]) -> [String] {
    if entries.isEmpty { return ["No study checklists (- [ ] items) in these notes."] }
    var lines: [String] = []
    var heading: [String]?
    for entry in entries {
      let path = [entry.item.document] + entry.item.headingPath
      if path != heading {
        lines.append(TerminalSafe.text(path.joined(separator: " › ")))
        heading = path
      }
      let coverage = entry.coverage
      let tail =
        coverage.questions.isEmpty
        ? "no questions"
        : "\(coverage.questions.count) questions, "
          + MasteryText.percent(coverage.mastery.mastery).trimmingCharacters(in: .whitespaces)
      lines.append(
        "  \(entry.item.id.prefix(shortID)) [\(entry.isChecked ? "x" : " ")] "
          + TerminalSafe.text(entry.item.text) + " — " + tail)
    }
    let done = entries.filter(\.isChecked).count
    lines.append("\(done) of \(entries.count) done.")
    return lines
  }

  /// One item in full: state, concepts, mastery, and every question about it.
  public static func show(_ entry: ChecklistEntry, weak: WeakTopics) -> [String] {
    let coverage = entry.coverage
    var lines = [
      "\(entry.item.id) [\(entry.isChecked ? "x" : " ")] " + TerminalSafe.text(entry.item.text),
      "Source: \(entry.path):\(entry.item.line) · "
        + TerminalSafe.text(entry.item.headingPath.joined(separator: " › ")),
      "Concepts: "
        + (coverage.concepts.isEmpty
          ? "none" : coverage.concepts.map { TerminalSafe.text($0.name) }.joined(separator: ", ")),
      "Headings: "
        + (coverage.headings.isEmpty
          ? "none (found by concept)"
          : coverage.headings.map(TerminalSafe.text).joined(separator: ", ")),
      "Mastery: "
        + MasteryText.percent(coverage.mastery.mastery).trimmingCharacters(in: .whitespaces)
        + " · " + MasteryText.detail(coverage.mastery),
      "Questions (\(coverage.questions.count)):",
    ]
    for question in coverage.questions {
      let evidence = weak.evidence(of: question)
      let state =
        evidence.retrievability.map { "recall \(Int(($0 * 100).rounded()))%" } ?? "not studied"
      lines.append(
        "  \(question.id) [\(question.kind.rawValue)] \(state) · "
          + TerminalSafe.text(question.prompt))
    }
    return lines
  }

  /// The line after a verify quiz.
  public static func verdict(_ right: Int, of answered: Int, entry: ChecklistEntry) -> String {
    if answered == 0 { return "Quiz stopped before any answer." }
    if right == answered {
      return entry.isChecked
        ? "All \(answered) right: known, and already ticked."
        : "All \(answered) right: known. Suggest ticking this item."
    }
    return "\(right) of \(answered) right: not yet. Review it before ticking."
  }
}
