/// The report's charts as inline SVG: sized by `viewBox` so they scale with the page, with a
/// `<title>` per mark so a pointer shows the number, and colors from the page's CSS classes.
enum ReportSVG {
  /// Colors from light to dark for the activity calendar.
  static let heat = ["#e9edf2", "#bfd8ee", "#7fb0dc", "#3f7fc0", "#1c4f8c"]

  /// A calendar heatmap: one column per week (Monday on top), one square per day.
  static func heatmap(_ days: [ReportDay]) -> String {
    guard let first = days.first, let start = ReportDate.dayNumber(first.day) else { return "" }
    let offset = ReportDate.weekday(ofDay: start)
    let columns = (offset + days.count + 6) / 7
    let cell = 12
    let left = 26
    let top = 14
    let width = left + columns * cell + 4
    let height = top + 7 * cell + 4
    let peak = max(1, days.map(\.answers).max() ?? 1)
    var out = svgOpen(width: width, height: height, label: "Answers per day", cls: "heat")
    for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].enumerated() where !name.isEmpty {
      out += text(name, x: 0, y: top + row * cell + 9, cls: "axis")
    }
    for (index, day) in days.enumerated() {
      let slot = offset + index
      let x = left + (slot / 7) * cell
      let y = top + (slot % 7) * cell
      if let parts = ReportDate.monthAndDay(day.day), parts.day <= 7, slot % 7 == 0 || index == 0 {
        out += text(ReportDate.monthName(parts.month), x: x, y: 10, cls: "axis")
      }
      let level =
        day.answers == 0 ? 0 : 1 + min(3, Int(Double(day.answers) / Double(peak) * 4 - 1e-9))
      out +=
        "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" rx=\"2\" "
        + "fill=\"\(heat[level])\"><title>\(day.day): \(day.answers) answers</title></rect>"
    }
    return out + "</svg>"
  }

  /// Vertical bars with a label under every `labelEvery`-th one and the peak on the axis.
  static func bars(
    _ values: [(label: String, value: Int, tip: String)], labelEvery: Int, name: String
  ) -> String {
    let barWidth = values.count > 45 ? 6 : 14
    let chartHeight = 100
    let left = 34
    let width = left + values.count * barWidth + 4
    let peak = max(1, values.map(\.value).max() ?? 1)
    var out = svgOpen(width: width, height: chartHeight + 30, label: name)
    out += text(ReportNumbers.count(peak), x: 0, y: 10, cls: "axis")
    out += text("0", x: 0, y: chartHeight + 4, cls: "axis")
    out += line(x1: left - 2, y1: chartHeight + 4, x2: width, y2: chartHeight + 4)
    for (index, item) in values.enumerated() {
      let height = Int((Double(item.value) / Double(peak) * Double(chartHeight - 6)).rounded())
      let x = left + index * barWidth
      out +=
        "<rect class=\"bar\" x=\"\(x)\" y=\"\(chartHeight + 4 - height)\" "
        + "width=\"\(barWidth - (barWidth > 8 ? 3 : 1))\" height=\"\(height)\"><title>\(ReportEscaping.html(item.tip))"
        + "</title></rect>"
      if index % labelEvery == 0 {
        out += text(item.label, x: x, y: chartHeight + 20, cls: "axis")
      }
    }
    return out + "</svg>"
  }

  /// Recall per interval bucket as bars, with the predicted recall as a tick on each.
  static func intervals(_ buckets: [IntervalRetention]) -> String {
    let shown = buckets.filter { $0.recall.reviews > 0 }
    let slot = 58
    let chartHeight = 100
    let left = 34
    let width = left + shown.count * slot
    var out = svgOpen(width: width, height: chartHeight + 30, label: "Recall by interval")
    for percent in [0, 50, 100] {
      let y = chartHeight + 4 - percent * (chartHeight - 4) / 100
      out += text("\(percent)%", x: 0, y: y + 3, cls: "axis")
      out += line(x1: left - 2, y1: y, x2: width, y2: y, cls: "grid")
    }
    for (index, bucket) in shown.enumerated() {
      let x = left + index * slot + 8
      let rate = bucket.recall.rate ?? 0
      let height = Int((rate * Double(chartHeight - 4)).rounded())
      out +=
        "<rect class=\"bar\" x=\"\(x)\" y=\"\(chartHeight + 4 - height)\" width=\"34\" "
        + "height=\"\(height)\"><title>\(bucket.label): \(ReportNumbers.percent(rate)) of "
        + "\(bucket.recall.reviews) recalled</title></rect>"
      if let predicted = bucket.predicted {
        let y = chartHeight + 4 - Int((predicted * Double(chartHeight - 4)).rounded())
        out += line(x1: x - 3, y1: y, x2: x + 37, y2: y, cls: "predicted")
      }
      out += text(bucket.label, x: x, y: chartHeight + 20, cls: "axis")
    }
    return out + "</svg>"
  }

  /// Exam scores as a line with a labelled point per attempt.
  static func examTrend(_ attempts: [ExamResult]) -> String {
    let step = 80
    let chartHeight = 90
    let left = 34
    let width = left + max(1, attempts.count) * step
    var out = svgOpen(width: width, height: chartHeight + 34, label: "Exam scores")
    for percent in [0, 50, 100] {
      let y = 12 + chartHeight - percent * chartHeight / 100
      out += text("\(percent)%", x: 0, y: y + 3, cls: "axis")
      out += line(x1: left - 2, y1: y, x2: width, y2: y, cls: "grid")
    }
    let points = attempts.enumerated().map { index, exam in
      (
        x: left + index * step + step / 2,
        y: 12 + chartHeight - Int(exam.score * Double(chartHeight))
      )
    }
    out +=
      "<polyline class=\"trend\" points=\""
      + points.map { "\($0.x),\($0.y)" }.joined(separator: " ") + "\"/>"
    for (point, exam) in zip(points, attempts) {
      out +=
        "<circle class=\"dot\" cx=\"\(point.x)\" cy=\"\(point.y)\" r=\"3.5\"><title>"
        + "\(exam.day): \(ReportNumbers.percent(exam.score))</title></circle>"
      out += text(ReportNumbers.percent(exam.score), x: point.x - 10, y: point.y - 6, cls: "value")
      out += text(String(exam.day.dropFirst(5)), x: point.x - 14, y: chartHeight + 30, cls: "axis")
    }
    return out + "</svg>"
  }

  /// A horizontal bar split by card state.
  static func stacked(_ parts: [(label: String, value: Int, cls: String)]) -> String {
    let total = max(1, parts.reduce(0) { $0 + $1.value })
    var out = svgOpen(width: 600, height: 22, label: "Cards by state")
    var x = 0.0
    for part in parts where part.value > 0 {
      let width = Double(part.value) / Double(total) * 600
      out +=
        "<rect class=\"\(part.cls)\" x=\"\(format(x))\" y=\"0\" width=\"\(format(width))\" "
        + "height=\"22\"><title>\(part.label): \(part.value)</title></rect>"
      x += width
    }
    return out + "</svg>"
  }

  private static func svgOpen(width: Int, height: Int, label: String, cls: String = "chart")
    -> String
  {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(cls)\" viewBox=\"0 0 \(width) \(height)\" "
      + "width=\"\(width)\" role=\"img\" aria-label=\"\(label)\">"
  }

  private static func text(_ value: String, x: Int, y: Int, cls: String) -> String {
    "<text class=\"\(cls)\" x=\"\(x)\" y=\"\(y)\">\(ReportEscaping.html(value))</text>"
  }

  private static func line(x1: Int, y1: Int, x2: Int, y2: Int, cls: String = "axisline") -> String {
    "<line class=\"\(cls)\" x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\"/>"
  }

  private static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }
}
