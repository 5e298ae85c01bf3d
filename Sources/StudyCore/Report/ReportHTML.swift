/// The HTML report: one self-contained page (inline CSS and SVG, no script, nothing fetched)
/// that reads on screen and prints on A4. Every piece of note text goes through
/// ``ReportEscaping/html(_:)``.
public enum ReportHTML {
  /// How many topics and leeches the page lists (the JSON report has them all).
  public static let listLimit = 25

  /// The page.
  public static func render(_ report: ProgressReport) -> String {
    var body = header(report)
    if report.hasNoProgress {
      body +=
        "<section class=\"empty\"><p>Nothing studied yet: "
        + "\(ReportNumbers.count(report.summary.cards.total)) questions from your notes are "
        + "waiting.</p><p>Run <code>notedrill drill</code> (or open NoteDrill and choose Daily "
        + "drill); this report fills in as you answer.</p></section>"
    } else {
      body += tiles(report.summary) + cards(report.summary.cards) + activity(report.activity)
      body +=
        "<div class=\"pair\">" + forecast(report.forecast)
        + intervals(report.retentionByInterval) + "</div>"
      body += mastery("Mastery by note", first: "Note", report.notes, limit: report.notes.count)
      body += mastery("Weakest topics", first: "Topic", report.topics, limit: listLimit)
      body += exams(report.exams) + checklists(report.checklists) + leeches(report.leeches)
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>NoteDrill progress report · \(ReportEscaping.html(report.studyDay))</title>
      <style>
      \(ReportHTMLStyle.css)
      </style>
      </head>
      <body>
      <main>
      \(body)
      <footer>Made by NoteDrill from your notes and your answers. Mastery is the mean chance of \
      recalling a question today (questions never studied count as 0); true retention counts \
      scheduled reviews of learned cards.</footer>
      </main>
      </body>
      </html>

      """
  }

  private static func header(_ report: ProgressReport) -> String {
    var meta = "Study day \(report.studyDay) · made \(report.generatedAt)"
    if let since = report.since { meta += " · activity since \(since)" }
    return "<header><h1>NoteDrill progress report</h1><p class=\"meta\">"
      + ReportEscaping.html(meta) + "</p></header>\n"
  }

  private static func tiles(_ s: ReportSummary) -> String {
    let right = s.reviews > 0 ? Double(s.correct) / Double(s.reviews) : nil
    let items: [(String, String, String)] = [
      ("Days studied", "\(s.daysStudied)", ""),
      ("Streak", "\(s.currentStreak)", "longest \(s.longestStreak)"),
      ("Answers", ReportNumbers.count(s.reviews), "\(ReportNumbers.percent(right)) right"),
      (
        "True retention", ReportNumbers.percent(s.retention.rate),
        "of \(ReportNumbers.count(s.retention.reviews)) reviews"
      ),
      ("Time spent", ReportNumbers.duration(milliseconds: s.timeSpentMs), ""),
      ("Due today", ReportNumbers.count(s.cards.due), ""),
    ]
    let cells = items.map { label, value, note in
      "<div class=\"tile\"><div class=\"label\">\(label)</div><div class=\"value\">\(value)</div>"
        + "<div class=\"note\">\(ReportEscaping.html(note))</div></div>"
    }
    return "<section class=\"tiles\">" + cells.joined() + "</section>\n"
  }

  private static func cards(_ c: ReportCardCounts) -> String {
    let parts = [
      ("New", c.new, "s-new"), ("Learning", c.learning, "s-learning"),
      ("Review", c.review, "s-review"), ("Suspended", c.suspended, "s-suspended"),
    ]
    let legend = parts.map { label, value, cls in
      "<span><i class=\"\(cls)\"></i>\(label) \(ReportNumbers.count(value))</span>"
    }.joined()
    return "<section><h2>Cards</h2>" + ReportSVG.stacked(parts)
      + "<p class=\"legend\">\(legend)</p></section>\n"
  }

  private static func activity(_ days: [ReportDay]) -> String {
    guard let first = days.first, let last = days.last else { return "" }
    let total = days.reduce(0) { $0 + $1.answers }
    let active = days.filter { $0.answers > 0 }.count
    let values = days.map { day in
      (
        label: String(day.day.dropFirst(5)), value: day.answers,
        tip: "\(day.day): \(day.answers) answers"
      )
    }
    return "<section><h2>Activity</h2><p class=\"sub\">\(first.day) to \(last.day): "
      + "\(ReportNumbers.count(total)) answers on \(active) of \(days.count) days</p>"
      + "<div class=\"activity\">" + ReportSVG.heatmap(days)
      + ReportSVG.bars(values, labelEvery: 14, name: "Answers per day") + "</div></section>\n"
  }

  private static func forecast(_ days: [ForecastDay]) -> String {
    guard !days.isEmpty else { return "" }
    let total = days.reduce(0) { $0 + $1.due }
    let values = days.map { day in
      (label: String(day.day.dropFirst(5)), value: day.due, tip: "\(day.day): \(day.due) due")
    }
    return "<section><h2>Due, next 30 days</h2><p class=\"sub\">\(ReportNumbers.count(total)) "
      + "reviews</p>" + ReportSVG.bars(values, labelEvery: 7, name: "Due per day") + "</section>"
  }

  private static func intervals(_ buckets: [IntervalRetention]) -> String {
    guard buckets.contains(where: { $0.recall.reviews > 0 }) else { return "" }
    return "<section><h2>Retention by interval</h2><p class=\"sub\">bars: recalled · line: "
      + "predicted</p>" + ReportSVG.intervals(buckets) + "</section>"
  }

  private static func mastery(
    _ title: String, first: String, _ rows: [ReportMastery], limit: Int
  ) -> String {
    guard !rows.isEmpty else { return "" }
    var out =
      "<section><h2>\(title)</h2><table><thead><tr><th>\(first)</th><th>Mastery</th>"
      + "<th class=\"num\">Studied</th></tr></thead><tbody>"
    for row in rows.prefix(limit) {
      out +=
        "<tr><td>\(ReportEscaping.html(row.name))</td><td>\(meter(row.mastery))</td>"
        + "<td class=\"num\">\(row.studied) / \(row.questions)</td></tr>"
    }
    out += "</tbody></table>"
    if rows.count > limit {
      out += "<p class=\"sub\">… and \(rows.count - limit) more in the JSON report.</p>"
    }
    return out + "</section>\n"
  }

  static func meter(_ fraction: Double) -> String {
    let percent = Int((min(1, max(0, fraction)) * 100).rounded())
    return "<span class=\"meter\"><span style=\"width:\(percent)%\"></span></span>"
      + "<span class=\"pct\">\(percent)%</span>"
  }

  private static func checklists(_ rows: [ChecklistCompletion]) -> String {
    guard !rows.isEmpty else { return "" }
    var out =
      "<section><h2>Checklists</h2><table><thead><tr><th>Note</th><th>Done</th>"
      + "<th class=\"num\">Items</th></tr></thead><tbody>"
    for row in rows {
      out +=
        "<tr><td>\(ReportEscaping.html(row.path))</td><td>\(meter(row.fraction))</td>"
        + "<td class=\"num\">\(row.checked) / \(row.total)</td></tr>"
    }
    return out + "</tbody></table></section>\n"
  }

  private static func exams(_ history: ExamHistory) -> String {
    guard !history.attempts.isEmpty else { return "" }
    var out = "<section><h2>Mock exams</h2>"
    if let trend = history.trend {
      out += "<p class=\"sub\">Trend: \(ReportNumbers.signed(trend)) points per exam</p>"
    }
    out += ReportSVG.examTrend(history.attempts)
    out +=
      "<table><thead><tr><th>Date</th><th>Score</th><th class=\"num\">Right</th>"
      + "<th>Domains</th></tr></thead><tbody>"
    for exam in history.attempts {
      let domains = exam.domains.map { domain in
        ReportEscaping.html(domain.domain.isEmpty ? "(none)" : domain.domain) + " "
          + ReportNumbers.percent(domain.score)
      }.joined(separator: " · ")
      out +=
        "<tr><td>\(exam.day)</td><td>\(meter(exam.score))</td><td class=\"num\">"
        + "\(exam.correct) / \(exam.questions)</td><td class=\"small\">\(domains)</td></tr>"
    }
    out += "</tbody></table><h3>By domain, all exams</h3><table><tbody>"
    for domain in history.domains {
      out +=
        "<tr><td>\(ReportEscaping.html(domain.domain.isEmpty ? "(none)" : domain.domain))"
        + "</td><td>\(meter(domain.score))</td><td class=\"num\">\(domain.correct) / "
        + "\(domain.questions)</td></tr>"
    }
    return out + "</tbody></table></section>\n"
  }

  private static func leeches(_ leeches: [ReportLeech]) -> String {
    guard !leeches.isEmpty else { return "" }
    var out =
      "<section><h2>Leeches</h2><table><thead><tr><th>Question</th><th>Source</th>"
      + "<th class=\"num\">Lapses</th></tr></thead><tbody>"
    for leech in leeches.prefix(listLimit) {
      out +=
        "<tr><td>\(ReportEscaping.html(leech.prompt))<div class=\"small\">"
        + "\(ReportEscaping.html(leech.topic))</div></td><td class=\"small\">"
        + "\(ReportEscaping.html(leech.source))</td><td class=\"num\">\(leech.lapses)</td></tr>"
    }
    out += "</tbody></table>"
    if leeches.count > listLimit {
      out += "<p class=\"sub\">… and \(leeches.count - listLimit) more in the JSON report.</p>"
    }
    return out + "</section>\n"
  }
}
