import StudyCore
import TerminalUI

/// The Stats screen's charts as lines: a calendar heatmap, vertical bars, horizontal bars and
/// sparklines, drawn with block characters so they read without colour too.
enum StatsCharts {
  static let heading = Style.bold
  static let accent = Style().foreground(.cyan)
  static let muted = Style.dim
  /// Heatmap shades from no answers to the busiest day.
  static let shades: [Character] = ["·", "░", "▒", "▓", "█"]

  /// Answers per day as a calendar: a row per weekday (Monday first), a column per week.
  static func heatmap(_ days: [ReportDay]) -> [ChartLine] {
    guard let first = days.first, let start = ReportDate.dayNumber(first.day) else { return [] }
    let offset = ReportDate.weekday(ofDay: start)
    let columns = (offset + days.count + 6) / 7
    let peak = max(1, days.map(\.answers).max() ?? 1)
    var grid = Array(repeating: Array(repeating: " ", count: columns), count: 7)
    for (index, day) in days.enumerated() {
      let slot = offset + index
      let level =
        day.answers == 0 ? 0 : 1 + min(3, Int(Double(day.answers) / Double(peak) * 4 - 1e-9))
      grid[slot % 7][slot / 7] = String(shades[level])
    }
    let labels = ["Mon", "", "Wed", "", "Fri", "", "Sun"]
    return (0..<7).map { row in
      var line = ChartLine(DisplayWidth.pad(labels[row], toWidth: 4), style: muted)
      for cell in grid[row] {
        line.add(cell + " ", cell == "·" || cell == " " ? muted : accent)
      }
      return line
    }
  }

  /// Vertical bars `height` rows tall, `columnWidth` columns per value (the last one a gap
  /// when wider than one), scaled to the largest.
  static func verticalBars(_ values: [Int], height: Int, columnWidth: Int = 1) -> [ChartLine] {
    let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let peak = max(1, values.max() ?? 1)
    let levels = values.map { Int((Double($0) / Double(peak) * Double(height * 8)).rounded(.up)) }
    return (0..<height).map { row in
      let floor = (height - 1 - row) * 8
      let gap = String(repeating: " ", count: max(0, columnWidth - 1))
      let text = levels.map { String(blocks[min(8, max(0, $0 - floor))]) + gap }.joined()
      return ChartLine(text, style: accent)
    }
  }

  /// `label ████░░░░ 42%` with the label padded to `labelWidth` and the bar `barWidth` wide.
  /// With `keepingEnd`, a label too long is cut at the front (`…› VPC 엔드포인트`), where a
  /// topic's heading path repeats the note's title.
  static func meter(
    _ label: String, _ fraction: Double?, labelWidth: Int, barWidth: Int, note: String = "",
    keepingEnd: Bool = false
  ) -> ChartLine {
    var line = ChartLine()
    let clean = TerminalText.sanitize(label)
    let cut =
      keepingEnd
      ? DisplayWidth.truncateLeading(clean, toWidth: labelWidth)
      : DisplayWidth.truncate(clean, toWidth: labelWidth)
    line.add(DisplayWidth.pad(cut, toWidth: labelWidth) + " ")
    let bar = ReportNumbers.textBar(fraction ?? 0, width: barWidth)
    let filled = bar.prefix { $0 == "█" }
    line.add(String(filled), accent)
    line.add(String(bar.dropFirst(filled.count)), muted)
    line.add(" " + DisplayWidth.pad(ReportNumbers.percent(fraction), toWidth: 4, alignment: .right))
    if !note.isEmpty { line.add(" " + note, muted) }
    return line
  }

  /// Cards by state as one bar `width` wide: review `█`, learning `▓`, new `░`, suspended `×`.
  static func cardBar(_ cards: ReportCardCounts, width: Int) -> ChartLine {
    let parts: [(Int, Character, Style)] = [
      (cards.review, "█", Style().foreground(.green)),
      (cards.learning, "▓", Style().foreground(.yellow)),
      (cards.new, "░", muted), (cards.suspended, "×", Style().foreground(.red)),
    ]
    let total = max(1, cards.total)
    var line = ChartLine()
    var used = 0
    for (index, part) in parts.enumerated() {
      let share =
        index == parts.count - 1
        ? width - used : Int((Double(part.0) / Double(total) * Double(width)).rounded())
      let cells = max(0, min(width - used, part.0 > 0 ? max(1, share) : 0))
      used += cells
      if cells > 0 { line.add(String(repeating: part.1, count: cells), part.2) }
    }
    return line
  }
}
