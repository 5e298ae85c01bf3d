import Foundation
import StudyCore
import TerminalUI

extension ExamScreen {
  /// Draws the screen into `buffer`; returns where the cursor goes (the typed-answer field).
  public func render(into buffer: inout Buffer) -> Point? {
    let area = buffer.area
    if TooSmallNotice.isNeeded(for: buffer.size, minimum: DrillScreen.minimumSize) {
      buffer.render(TooSmallNotice(minimum: DrillScreen.minimumSize), in: area)
      return nil
    }
    renderHeader(into: &buffer, area: area)
    let body = Rect(x: 1, y: 4, width: area.width - 2, height: area.height - 5)
    var cursor: Point?
    switch session.phase {
    case .navigator: renderNavigator(into: &buffer, area: body)
    case .results(let result):
      let lines = resultLines(result, width: body.width)
      _ = BodyBuilder.draw(lines, into: &buffer, area: body, scroll: scroll)
    default:
      let lines = questionLines(width: body.width)
      let drawn = BodyBuilder.draw(lines, into: &buffer, area: body, scroll: scroll)
      if let row = drawn.inputRow, session.phase == .question {
        cursor = input.render(
          into: &buffer, area: Rect(x: body.x, y: row, width: body.width, height: 1),
          prompt: "> ")
      }
    }
    buffer.render(KeyHelpBar(hints), in: area.bottom(1))
    if let overlay = overlay {
      buffer.render(overlay, in: overlay.frame(in: area))
      return nil
    }
    return cursor
  }

  private func renderHeader(into buffer: inout Buffer, area: Rect) {
    let mode = session.settings.mode == .practice ? "Practice exam" : "Mock exam"
    let trailing: String
    if session.result != nil {
      trailing = "results"
    } else {
      trailing = "Q \(session.index + 1)/\(session.slots.count) · " + ExamText.countdown(session)
    }
    buffer.render(TitleBar("NoteDrill · \(mode)", trailing: trailing), in: area.top(1))
    let answered = session.slots.filter { $0.given != nil }.count
    let (flagged, blank) = (session.flaggedPositions.count, session.slots.count - answered)
    var status =
      area.width < 60
      ? "Answered \(answered) · Flag \(flagged) · Blank \(blank)"
      : "Answered \(answered) · Flagged \(flagged) · Blank \(blank)"
    if session.result == nil, session.current?.isFlagged == true {
      status += area.width < 60 ? " · [F]" : " · [flagged]"
    }
    buffer.write(status, at: Point(x: 1, y: 1), clip: area.insetBy(dx: 1, dy: 0))
    if session.result == nil, let slot = session.current {
      buffer.render(
        Breadcrumb(slot.pick.domain.components(separatedBy: " › ")),
        in: Rect(x: 1, y: 2, width: area.width - 2, height: 1))
    }
  }

  /// The question on screen with its options, and in practice the answer once given.
  func questionLines(width: Int) -> [StyledLine] {
    var body = BodyBuilder(width: width)
    guard let slot = session.current else { return [] }
    let question = slot.pick.question
    body.paragraph(question.prompt, style: .bold)
    if let select = ExamText.selectHint(question) { body.paragraph("(\(select))", style: .dim) }
    body.blank()
    if question.format == .typed {
      body.append(StyledLine(text: "", isInput: true))
      body.blank()
      body.paragraph("Type the answer, Enter to save it and go on.", style: .dim)
    } else {
      optionLines(slot, into: &body)
    }
    if session.revealed.contains(session.index) {
      body.blank()
      body.paragraph(
        "\(ExamText.verdict(slot)). Answer: " + ExamText.keys(question), style: .bold)
      body.paragraph("Source: " + ExamText.source(question), style: .dim)
      if !question.explanation.isEmpty { body.paragraph(question.explanation, style: .dim) }
    }
    return body.lines
  }

  private func optionLines(_ slot: ExamSlot, into body: inout BodyBuilder) {
    var chosen: [Int] = []
    switch slot.response {
    case .choices(let set)?: chosen = set.sorted()
    case .order(let order)?: chosen = order
    default: break
    }
    let list = OptionList(
      DrillSession.choices(of: slot.pick.question), highlighted: highlighted,
      checked: Set(chosen))
    for row in list.rows(width: body.width) {
      var text = row.text
      if slot.pick.question.format == .ordering, let place = chosen.firstIndex(of: row.option) {
        text = text.replacingOccurrences(of: "[x]", with: "[\(place + 1)]")
      }
      body.append(StyledLine(text: text, style: row.option == highlighted ? .reverse : .plain))
    }
  }

  private func renderNavigator(into buffer: inout Buffer, area: Rect) {
    let legend = "# answered  . blank  F flagged"
    buffer.write(
      area.width < 50 ? legend : "All questions: " + legend, at: Point(x: area.x, y: area.y),
      style: .bold, clip: area)
    let cellWidth = area.width >= Self.navigatorColumns * 7 ? 7 : 4
    for (position, slot) in session.slots.enumerated() {
      let row = position / Self.navigatorColumns
      let column = position % Self.navigatorColumns
      let y = area.y + 2 + row
      guard y < area.y + area.height else { break }
      let mark = slot.given == nil ? "." : "#"
      let flag = slot.isFlagged ? "F" : " "
      let number = DisplayWidth.pad("\(position + 1)", toWidth: cellWidth - 2, alignment: .right)
      let style: Style = position == navigatorCursor ? .reverse : .plain
      buffer.write(
        number + mark + flag, at: Point(x: area.x + column * cellWidth, y: y), style: style,
        clip: area)
    }
  }

  /// The confirmation or pause box over the screen, when one is up.
  var overlay: OverlayBox? {
    if showsHelp {
      return OverlayBox(
        title: "Keys", body: OverlayBox.keyTable(allHints), footer: "any key closes")
    }
    switch session.phase {
    case .confirmSubmit: return confirmationBox
    case .paused:
      return OverlayBox(
        title: "Paused", body: "The clock is stopped at " + ExamText.countdown(session) + ".",
        footer: "any key goes on")
    default: return nil
    }
  }

  private var confirmationBox: OverlayBox {
    let blank = session.blankPositions.map { "\($0 + 1)" }
    let flagged = session.flaggedPositions.map { "\($0 + 1)" }
    var lines = ["Hand in the exam now?", ""]
    lines.append(
      blank.isEmpty
        ? "Every question is answered."
        : "Blank (\(blank.count)): "
          + blank.joined(separator: ", "))
    lines.append(
      flagged.isEmpty
        ? "Nothing flagged."
        : "Flagged (\(flagged.count)): "
          + flagged.joined(separator: ", "))
    if !blank.isEmpty { lines += ["", "A blank answer counts as wrong."] }
    return OverlayBox(
      title: "Hand in", body: lines.joined(separator: "\n"), footer: "y hand in · n keep going")
  }

  /// The footer's keys for the phase.
  var hints: [KeyHint] {
    switch session.phase {
    case .navigator:
      return [
        KeyHint("arrows", "move"), KeyHint("Enter", "open"), KeyHint("s", "hand in"),
        KeyHint("Esc", "back"),
      ]
    case .confirmSubmit: return [KeyHint("y", "hand in"), KeyHint("n", "keep going")]
    case .paused: return [KeyHint("any key", "go on")]
    case .results:
      if case .review = resultsView {
        return [KeyHint("n", "next"), KeyHint("b", "back"), KeyHint("q", "summary")]
      }
      return [
        KeyHint("r", "review"), KeyHint("m", "retake missed"), KeyHint("t", "retake flagged"),
        KeyHint("q", "close"),
      ]
    case .question:
      let typed = session.current?.pick.question.format == .typed
      var hints =
        typed
        ? [KeyHint("Enter", "save"), KeyHint("Tab", "next"), KeyHint("Esc", "questions")]
        : [
          KeyHint("1-9", "choose"), KeyHint("n/b", "next/back"), KeyHint("f", "flag"),
          KeyHint("g", "questions"), KeyHint("s", "hand in"),
        ]
      if session.settings.mode == .practice && !typed { hints.append(KeyHint("p", "pause")) }
      hints.append(KeyHint("?", "keys"))
      return hints
    }
  }

  /// Every key of the question screen, for the `?` overlay.
  var allHints: [KeyHint] {
    [
      KeyHint("1-9", "choose (toggle for Select TWO)"), KeyHint("j/k", "move"),
      KeyHint("Space", "choose highlighted"), KeyHint("Enter", "choose and go on"),
      KeyHint("n/→/Tab", "next question"), KeyHint("b/←", "previous question"),
      KeyHint("f", "flag for review"), KeyHint("g", "all questions"), KeyHint("x", "clear answer"),
      KeyHint("s", "hand in"), KeyHint("p", "pause (practice)"),
      KeyHint("q", "leave (resume later)"),
    ]
  }
}
