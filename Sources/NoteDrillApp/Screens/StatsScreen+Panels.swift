import StudyCore
import TerminalUI

extension StatsScreen {
  func activityPanel() -> [ChartLine] {
    let total = report.activity.reduce(0) { $0 + $1.answers }
    var title = ChartLine(
      "Activity, last \(report.activity.count) days", style: StatsCharts.heading)
    title.add("  \(ReportNumbers.count(total)) answers", StatsCharts.muted)
    return [title] + StatsCharts.heatmap(report.activity)
  }

  func forecastPanel(width: Int, height: Int) -> [ChartLine] {
    let days = report.forecast
    let total = days.reduce(0) { $0 + $1.due }
    var title = ChartLine("Due, next \(days.count) days", style: StatsCharts.heading)
    title.add("  \(ReportNumbers.count(total)) reviews", StatsCharts.muted)
    let peak = days.map(\.due).max() ?? 0
    let columnWidth = width >= 2 * days.count ? 2 : 1
    let bars = StatsCharts.verticalBars(
      days.map(\.due), height: height >= 34 ? 5 : 3, columnWidth: columnWidth)
    var axis = ChartLine(
      "today \(ReportNumbers.count(days.first?.due ?? 0))", style: StatsCharts.muted)
    axis.add(" · peak \(ReportNumbers.count(peak)) · 30 days →", StatsCharts.muted)
    return [title] + bars + [axis]
  }

  func intervalPanel(width: Int) -> [ChartLine] {
    let buckets = report.retentionByInterval.filter { $0.recall.reviews > 0 }
    guard !buckets.isEmpty else { return [] }
    var lines = [ChartLine("Retention by interval", style: StatsCharts.heading)]
    let barWidth = max(6, min(30, width - 24))
    for bucket in buckets {
      lines.append(
        StatsCharts.meter(
          bucket.label, bucket.recall.rate, labelWidth: 6, barWidth: barWidth,
          note: "of \(ReportNumbers.count(bucket.recall.reviews))"))
    }
    return lines
  }

  func masteryPanel(_ title: String, _ rows: [ReportMastery], width: Int, rows limit: Int)
    -> [ChartLine]
  {
    guard !rows.isEmpty else { return [] }
    var heading = ChartLine(title, style: StatsCharts.heading)
    heading.add("  weakest first", StatsCharts.muted)
    let barWidth = max(5, min(20, width / 4))
    let labelWidth = max(8, width - barWidth - 6)
    var lines = [heading]
    for row in rows.prefix(limit) {
      lines.append(
        StatsCharts.meter(
          row.name, row.mastery, labelWidth: labelWidth, barWidth: barWidth, keepingEnd: true))
    }
    if rows.count > limit {
      lines.append(ChartLine("… \(rows.count - limit) more", style: StatsCharts.muted))
    }
    return lines
  }

  func examLines(width: Int) -> [ChartLine] {
    let exams = report.exams
    guard let last = exams.attempts.last else { return [] }
    var line = ChartLine("Mock exams ", style: StatsCharts.heading)
    line.add("\(exams.attempts.count) · last \(ReportNumbers.percent(last.score))")
    if let trend = exams.trend { line.add(" · trend \(ReportNumbers.signed(trend)) pts/exam") }
    line.add("  ")
    line.add(
      ReportSparkline.line(
        exams.attempts.suffix(20).map { Int(($0.score * 100).rounded()) }, top: 100),
      StatsCharts.accent)
    var lines = [line]
    if let weakest = exams.domains.first {
      var domain = ChartLine("  weakest domain: ", style: StatsCharts.muted)
      domain.add(weakest.domain.isEmpty ? "(none)" : weakest.domain)
      domain.add(" \(ReportNumbers.percent(weakest.score))")
      lines.append(domain)
    }
    return lines
  }

  func checklistLines(width: Int) -> [ChartLine] {
    let lists = report.checklists
    guard !lists.isEmpty else { return [] }
    let checked = lists.reduce(0) { $0 + $1.checked }
    let total = lists.reduce(0) { $0 + $1.total }
    var line = ChartLine("Checklists ", style: StatsCharts.heading)
    line.add("\(checked) of \(total) done")
    var lines = [line]
    let barWidth = max(5, min(20, width / 5))
    for list in lists {
      lines.append(
        StatsCharts.meter(
          "  " + list.path, list.fraction, labelWidth: max(8, min(40, width - barWidth - 16)),
          barWidth: barWidth, note: "\(list.checked)/\(list.total)"))
    }
    return lines
  }

  func leechLines(width: Int, rows limit: Int) -> [ChartLine] {
    guard !report.leeches.isEmpty else { return [] }
    var lines = [
      ChartLine("Leeches ", style: StatsCharts.heading).adding(
        report.leeches.count == 1
          ? "1 question forgotten 8 times or more"
          : "\(report.leeches.count) questions forgotten 8 times or more")
    ]
    for leech in report.leeches.prefix(limit) {
      var line = ChartLine("  \(leech.lapses)× ", style: StatsCharts.muted)
      line.add(leech.prompt)
      lines.append(line.truncated(to: width))
    }
    return lines
  }
}

extension ChartLine {
  /// This line with `text` added in `style`.
  func adding(_ text: String, _ style: Style = .plain) -> ChartLine {
    var copy = self
    copy.add(text, style)
    return copy
  }
}
