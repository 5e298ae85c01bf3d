import Foundation
import StudyCore
import TerminalUI

extension DrillScreen {
  /// The smallest terminal the drill lays out in.
  public static let minimumSize = Size(width: 40, height: 12)

  /// Draws the screen into `buffer`; returns where the cursor goes (the typed-answer field).
  public func render(into buffer: inout Buffer) -> Point? {
    let area = buffer.area
    if TooSmallNotice.isNeeded(for: buffer.size, minimum: Self.minimumSize) {
      buffer.render(TooSmallNotice(minimum: Self.minimumSize), in: area)
      return nil
    }
    renderHeader(into: &buffer, area: area)
    let top = area.height < 16 ? 3 : 4
    let footer = session.phase.isAnswered ? 2 : 1
    let body = Rect(x: 1, y: top, width: area.width - 2, height: area.height - top - footer)
    let lines = bodyLines(width: body.width)
    let drawn = BodyBuilder.draw(
      lines, into: &buffer, area: body, scroll: effectiveScroll(lines, height: body.height))
    buffer.render(KeyHelpBar(hints), in: area.bottom(1))
    if case .answered(let feedback) = session.phase {
      let line = Self.ratingLine(feedback, width: area.width - 2)
      buffer.write(line, at: Point(x: 1, y: area.height - 2), clip: area)
    }
    if showsHelp {
      let overlay = OverlayBox(
        title: "Keys", body: OverlayBox.keyTable(allHints), footer: "any key closes")
      buffer.render(overlay, in: overlay.frame(in: area))
      return nil
    }
    guard let row = drawn.inputRow, session.phase == .asking else { return nil }
    return InputField(text: session.draft).render(
      into: &buffer, area: Rect(x: body.x, y: row, width: body.width, height: 1), prompt: "> ")
  }

  private func renderHeader(into buffer: inout Buffer, area: Rect) {
    let total = session.items.count
    let done = min(session.records.count, total)
    let position =
      session.current.map { _ in "\(done + 1)/\(total)" } ?? "\(done)/\(total)"
    buffer.render(
      TitleBar("NoteDrill · " + session.mode.title, trailing: position), in: area.top(1))
    var counts: [QueueReason: Int] = [:]
    for item in session.unansweredItems { counts[item.reason, default: 0] += 1 }
    let label =
      "due \(counts[.review] ?? 0) · learning \(counts[.learning] ?? 0) · new \(counts[.new] ?? 0)"
    buffer.render(
      ProgressBar(done: done, total: total, label: label),
      in: Rect(x: 1, y: 1, width: area.width - 2, height: 1))
    if let item = session.current {
      let parts = item.question.topic.components(separatedBy: " › ")
      buffer.render(Breadcrumb(parts), in: Rect(x: 1, y: 2, width: area.width - 2, height: 1))
    }
  }

  /// The scroll that keeps the highlighted option in view on a choice question.
  private func effectiveScroll(_ lines: [StyledLine], height: Int) -> Int {
    guard session.phase == .asking,
      let row = lines.lastIndex(where: { $0.style.attributes.contains(.reverse) })
    else { return scroll }
    return max(scroll, row - height + 1)
  }

  func bodyLines(width: Int) -> [StyledLine] {
    var body = BodyBuilder(width: width)
    switch session.phase {
    case .asking, .revealed:
      if let question = session.current?.question { questionLines(question, into: &body) }
    case .nearMiss(let feedback):
      if let question = session.current?.question { nearMissLines(feedback, question, into: &body) }
    case .answered(let feedback):
      if let question = session.current?.question { answerLines(feedback, question, into: &body) }
    case .finished:
      summaryLines(into: &body)
    }
    return body.lines
  }

  private func questionLines(_ question: Question, into body: inout BodyBuilder) {
    body.paragraph(question.prompt, style: .bold)
    body.blank()
    switch question.format {
    case .typed:
      body.append(StyledLine(text: "", isInput: true))
      body.blank()
      body.paragraph("Type the answer, Enter to check.", style: .dim)
    case .flip:
      if session.phase == .revealed {
        body.paragraph(question.keys.joined(separator: "; "))
        body.blank()
        body.paragraph(question.explanation, style: .dim)
      } else {
        body.paragraph("Recall the answer, then press Space.", style: .dim)
      }
    default:
      optionLines(question, into: &body)
    }
  }

  private func optionLines(_ question: Question, into body: inout BodyBuilder) {
    let isMulti = question.format == .multipleChoice || question.format == .ordering
    let list = OptionList(
      DrillSession.choices(of: question), highlighted: session.highlighted,
      checked: isMulti ? Set(session.selection) : nil)
    for row in list.rows(width: body.width) {
      var text = row.text
      if question.format == .ordering, let place = session.selection.firstIndex(of: row.option),
        text.hasPrefix("> ") || text.hasPrefix("  "), text.contains("[x]")
      {
        text = text.replacingOccurrences(of: "[x]", with: "[\(place + 1)]")
      }
      body.append(
        StyledLine(text: text, style: row.option == session.highlighted ? .reverse : .plain))
    }
  }
}
