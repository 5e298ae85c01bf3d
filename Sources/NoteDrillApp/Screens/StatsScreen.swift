import Foundation
import StudyCore
import TerminalUI

/// The progress report as a screen: headline numbers, cards by state, an activity calendar,
/// the due forecast, retention by interval, mastery bars, exams and checklists. Two columns
/// from 72 columns wide; charts and lists grow with the window; j/k scroll the rest.
public struct StatsScreen: Equatable, Sendable {
  /// The numbers shown.
  public var report: ProgressReport
  /// How far the page is scrolled.
  public internal(set) var scroll = 0

  /// A page for `report`.
  public init(report: ProgressReport) {
    self.report = report
  }

  /// Handles one key; true when the page should close.
  public mutating func update(_ key: Key) -> Bool {
    switch key {
    case .down, .character("j"): scroll += 1
    case .up, .character("k"): scroll = max(0, scroll - 1)
    case .pageDown, .character(" "): scroll += 10
    case .pageUp: scroll = max(0, scroll - 10)
    case .character("q"), .escape, .enter, .interrupted, .left: return true
    default: break
    }
    return false
  }

  /// Draws the page.
  public func render(into buffer: inout Buffer) {
    let area = buffer.area
    if TooSmallNotice.isNeeded(for: buffer.size, minimum: DrillScreen.minimumSize) {
      buffer.render(TooSmallNotice(minimum: DrillScreen.minimumSize), in: area)
      return
    }
    buffer.render(TitleBar("NoteDrill · Stats", trailing: report.studyDay), in: area.top(1))
    let body = Rect(x: 1, y: 1, width: area.width - 2, height: area.height - 2)
    let lines = self.lines(width: body.width, height: body.height)
    let first = min(max(0, scroll), max(0, lines.count - body.height))
    for (row, line) in lines.dropFirst(first).prefix(body.height).enumerated() {
      line.draw(into: &buffer, at: Point(x: body.x, y: body.y + row), clip: body)
    }
    var hints = [KeyHint("q", "back")]
    if lines.count > body.height { hints.insert(KeyHint("j/k", "scroll"), at: 0) }
    buffer.render(KeyHelpBar(hints), in: area.bottom(1))
  }

  /// Every line of the page for a body `width` wide and `height` tall.
  func lines(width: Int, height: Int) -> [ChartLine] {
    if report.hasNoProgress { return emptyLines(width: width) }
    var lines = summaryLines(width: width)
    let twoColumns = width >= 72
    let gap = 3
    let half = twoColumns ? (width - gap) / 2 : width
    let listRows = max(4, height - 18)
    let left =
      activityPanel() + [ChartLine()]
      + masteryPanel(
        "Weakest topics", report.topics, width: half, rows: listRows)
    let right =
      forecastPanel(width: half, height: height) + [ChartLine()] + intervalPanel(width: half)
      + [ChartLine()] + masteryPanel("Notes", report.notes, width: half, rows: listRows)
    lines.append(ChartLine())
    if twoColumns {
      lines += ChartLine.columns(left, right, leftWidth: half, gap: gap)
    } else {
      lines += left + [ChartLine()] + right
    }
    lines +=
      [ChartLine()] + examLines(width: width) + checklistLines(width: width)
      + leechLines(width: width, rows: listRows)
    while lines.last?.width == 0 { lines.removeLast() }
    return lines
  }

  private func emptyLines(width: Int) -> [ChartLine] {
    let text =
      "Nothing studied yet: \(ReportNumbers.count(report.summary.cards.total)) questions "
      + "from your notes are waiting. Open Daily drill from the home screen; these charts "
      + "fill in as you answer."
    return [ChartLine()]
      + DisplayWidth.wrap(text, width: max(1, width - 2)).map {
        ChartLine(" " + $0)
      }
  }

  private func summaryLines(width: Int) -> [ChartLine] {
    let s = report.summary
    let right = s.reviews > 0 ? Double(s.correct) / Double(s.reviews) : nil
    var first = ChartLine()
    first.add("\(s.daysStudied)", .bold)
    first.add(" days studied · streak ")
    first.add("\(s.currentStreak)", .bold)
    first.add(" (best \(s.longestStreak)) · ")
    first.add(ReportNumbers.count(s.reviews), .bold)
    first.add(" answers, \(ReportNumbers.percent(right)) right")
    var second = ChartLine()
    second.add("True retention ")
    second.add(ReportNumbers.percent(s.retention.rate), .bold)
    second.add(" of \(ReportNumbers.count(s.retention.reviews)) · time ")
    second.add(ReportNumbers.duration(milliseconds: s.timeSpentMs), .bold)
    second.add(" · due today ")
    second.add(ReportNumbers.count(s.cards.due), .bold)
    let c = s.cards
    var legend = ChartLine()
    legend.add(
      "█ review \(ReportNumbers.count(c.review))  ▓ learning \(ReportNumbers.count(c.learning))"
        + "  ░ new \(ReportNumbers.count(c.new))  × suspended \(c.suspended)", StatsCharts.muted)
    var bar = ChartLine("Cards ")
    bar.pieces += StatsCharts.cardBar(c, width: max(10, width - 6)).pieces
    return [first, second, bar, legend]
  }
}
