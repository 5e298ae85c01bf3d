import Foundation

/// Plain-text renderings of questions for the command line and line mode.
public enum QuestionText {
  /// One line: id, kind, prompt (first line), key.
  public static func line(_ question: Question) -> String {
    let prompt = question.prompt.replacingOccurrences(of: "\n", with: " ")
    return
      "\(question.id)  \(question.kind.rawValue)  \(prompt)  → \(question.keys.joined(separator: " | "))"
  }

  /// The whole question: prompt, numbered options with keys marked, source.
  public static func full(_ question: Question) -> String {
    var lines = [
      "\(question.id) · \(question.kind.rawValue) · \(question.format.rawValue) · \(question.language.rawValue)",
      question.topic, "", question.prompt,
    ]
    for (index, option) in question.options.enumerated() {
      let mark = question.keys.contains(option) ? "*" : " "
      lines.append("  \(mark) \(index + 1). \(option)")
    }
    if question.options.isEmpty {
      lines.append("  answer: \(question.keys.joined(separator: ", "))")
    }
    if !question.aliases.isEmpty {
      lines.append("  also accepted: \(question.aliases.joined(separator: ", "))")
    }
    lines.append("")
    lines.append("source: \(question.source.location) — \(question.explanation)")
    lines.append(
      "terms: \(question.terms.joined(separator: ", "))  sibling group: \(question.siblingGroup)")
    return lines.joined(separator: "\n")
  }

  /// The lint report: counts per gate with what each checks, then (verbose) every drop.
  public static func lint(_ bank: QuestionBank, verbose: Bool) -> String {
    let counts = bank.report.countsByGate
    var lines = ["\(bank.questions.count) questions kept of \(bank.report.candidates) candidates"]
    for gate in QualityGate.allCases {
      let count = counts[gate] ?? 0
      lines.append(
        "  \(gate.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(count)  — \(gate.explanation)"
      )
    }
    let audit = bank.audit
    lines.append(
      "\naudit of the \(audit.questionsChecked) questions kept (every count should be 0):")
    for check in BankAudit.checks {
      lines.append(
        "  \(check.padding(toLength: 16, withPad: " ", startingAt: 0)) \(audit.counts[check] ?? 0)")
    }
    for finding in audit.findings.prefix(verbose ? Int.max : 20) {
      lines.append("  ! \(finding.check) \(finding.question): \(finding.detail)")
    }
    if verbose {
      for item in bank.report.dropped {
        let prompt = item.subject.replacingOccurrences(of: "\n", with: " ")
        lines.append(
          "\(item.source.location): \(item.gate.rawValue): \(item.kind?.rawValue ?? "-"): \(prompt)"
        )
      }
    }
    return lines.joined(separator: "\n")
  }
}
