import Foundation
import StudyCore
import TerminalUI

extension ExamScreen {
  /// The results page: the summary, or one question reviewed.
  func resultLines(_ result: ExamSessionResult, width: Int) -> [StyledLine] {
    switch resultsView {
    case .summary: return summaryLines(result, width: width)
    case .review(let position): return reviewLines(position, width: width)
    }
  }

  private func summaryLines(_ result: ExamSessionResult, width: Int) -> [StyledLine] {
    var body = BodyBuilder(width: width)
    body.paragraph(
      "Score \(result.correct)/\(result.total) (\(result.percent)%)", style: .bold)
    body.paragraph(
      "Estimated scaled score \(result.scaledEstimate) of 1000 · pass line \(ExamScore.passLine)"
        + " · " + (result.passes ? "PASS" : "below the line"))
    body.paragraph(ExamText.estimateNote, style: .dim)
    body.paragraph(ExamText.timeLine(result, limitMs: session.limitMs))
    body.blank()
    body.paragraph("By domain", style: .bold)
    let domains = result.domains.map(ExamText.shortened)
    let widest = domains.map { DisplayWidth.width(of: $0.domain) }.max() ?? 0
    let labelWidth = max(8, min(widest, width - 24))
    let barWidth = max(5, min(20, width - labelWidth - 12))
    for domain in domains {
      body.append(
        StyledLine(
          text: ExamText.domainLine(domain, labelWidth: labelWidth, barWidth: barWidth)))
    }
    if !trend.isEmpty {
      body.blank()
      body.paragraph(
        "Trend " + trend.suffix(10).map { "\($0)%" }.joined(separator: " → "), style: .plain)
    }
    return body.lines
  }

  private func reviewLines(_ position: Int, width: Int) -> [StyledLine] {
    var body = BodyBuilder(width: width)
    guard session.slots.indices.contains(position) else { return [] }
    let slot = session.slots[position]
    let question = slot.pick.question
    let flag = slot.isFlagged ? " · flagged" : ""
    body.paragraph(
      "Review \(position + 1)/\(session.slots.count) · \(ExamText.verdict(slot))\(flag)",
      style: .bold)
    body.paragraph(question.prompt)
    if let select = ExamText.selectHint(question) { body.paragraph("(\(select))", style: .dim) }
    body.blank()
    let choices = DrillSession.choices(of: question)
    for (offset, option) in choices.enumerated() {
      let isKey = question.keys.contains(option)
      let isChosen = slot.given?.components(separatedBy: "; ").contains(option) == true
      let mark = (isKey ? "✓" : " ") + (isChosen ? " [x] " : " [ ] ")
      body.paragraph(mark + "\(offset + 1). " + option, indent: 0)
    }
    body.blank()
    body.paragraph("Chosen: " + (slot.given ?? "(blank)"))
    body.paragraph("Answer: " + ExamText.keys(question), style: .bold)
    body.paragraph("Source: " + ExamText.source(question), style: .dim)
    if !question.explanation.isEmpty { body.paragraph(question.explanation, style: .dim) }
    return body.lines
  }
}
