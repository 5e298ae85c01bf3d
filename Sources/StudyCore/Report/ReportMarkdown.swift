/// The Markdown report: headings, GitHub tables and a text bar per note and topic.
public enum ReportMarkdown {
  /// How many topics and leeches the page lists (the JSON report has them all).
  public static let listLimit = 25

  /// The report as Markdown ending in a newline.
  public static func render(_ report: ProgressReport) -> String {
    var out: [String] = ["# NoteDrill progress report", "", header(report), ""]
    if report.hasNoProgress {
      out += emptyBody(report)
      return out.joined(separator: "\n") + "\n"
    }
    out += summary(report)
    out += mastery("Mastery by note", first: "note", report.notes, limit: report.notes.count)
    out += mastery("Mastery by topic", first: "topic", report.topics, limit: listLimit)
    out += checklists(report.checklists)
    out += exams(report.exams)
    out += activity(report.activity)
    out += forecast(report.forecast)
    out += intervals(report.retentionByInterval)
    out += leeches(report.leeches)
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  private static func header(_ report: ProgressReport) -> String {
    var text = "Study day \(report.studyDay) · made \(report.generatedAt)"
    if let since = report.since { text += " · activity since \(since)" }
    return text
  }

  private static func emptyBody(_ report: ProgressReport) -> [String] {
    let cards = report.summary.cards
    return [
      "Nothing studied yet: \(ReportNumbers.count(cards.total)) questions from your notes are "
        + "waiting. Run `notedrill drill` (or open NoteDrill and choose Daily drill); this "
        + "report fills in as you answer."
    ]
  }

  private static func summary(_ report: ProgressReport) -> [String] {
    let s = report.summary
    let c = s.cards
    let right =
      s.reviews > 0
      ? " (\(ReportNumbers.percent(Double(s.correct) / Double(s.reviews))) right)" : ""
    return [
      "## Summary", "", "| | |", "| --- | --- |",
      "| Days studied | \(s.daysStudied) |",
      "| Streak | \(s.currentStreak) days (longest \(s.longestStreak)) |",
      "| Answers | \(ReportNumbers.count(s.reviews))\(right) |",
      "| True retention | \(ReportNumbers.percent(s.retention.rate)) of "
        + "\(ReportNumbers.count(s.retention.reviews)) reviews |",
      "| Time spent | \(ReportNumbers.duration(milliseconds: s.timeSpentMs)) |",
      "| Cards | \(ReportNumbers.count(c.new)) new · \(ReportNumbers.count(c.learning)) learning · "
        + "\(ReportNumbers.count(c.review)) review · \(ReportNumbers.count(c.suspended)) "
        + "suspended · \(ReportNumbers.count(c.due)) due today |",
      "",
    ]
  }

  private static func mastery(
    _ title: String, first: String, _ rows: [ReportMastery], limit: Int
  ) -> [String] {
    guard !rows.isEmpty else { return [] }
    var out = [
      "## \(title), weakest first", "", "| \(first) | mastery | | studied |",
      "| --- | --- | ---: | ---: |",
    ]
    for row in rows.prefix(limit) {
      out.append(
        "| \(ReportEscaping.markdown(row.name)) | \(ReportNumbers.textBar(row.mastery, width: 10)) "
          + "| \(ReportNumbers.percent(row.mastery)) | \(row.studied) / \(row.questions) |")
    }
    if rows.count > limit { out += ["", "… and \(rows.count - limit) more in the JSON report."] }
    return out + [""]
  }

  private static func checklists(_ rows: [ChecklistCompletion]) -> [String] {
    guard !rows.isEmpty else { return [] }
    var out = ["## Checklists", "", "| note | done | | items |", "| --- | --- | ---: | ---: |"]
    for row in rows {
      out.append(
        "| \(ReportEscaping.markdown(row.path)) | \(ReportNumbers.textBar(row.fraction, width: 10)) "
          + "| \(ReportNumbers.percent(row.fraction)) | \(row.checked) / \(row.total) |")
    }
    return out + [""]
  }

  private static func exams(_ history: ExamHistory) -> [String] {
    guard !history.attempts.isEmpty else { return [] }
    var out = ["## Mock exams", ""]
    if let trend = history.trend {
      out += ["Trend: \(ReportNumbers.signed(trend)) points per exam.", ""]
    }
    out += ["| date | score | | right | domains |", "| --- | --- | ---: | ---: | --- |"]
    for exam in history.attempts {
      let domains = exam.domains.map { domain in
        "\(ReportEscaping.markdown(domain.domain.isEmpty ? "(none)" : domain.domain)) "
          + ReportNumbers.percent(domain.score)
      }.joined(separator: " · ")
      out.append(
        "| \(exam.day) | \(ReportNumbers.textBar(exam.score, width: 10)) | "
          + "\(ReportNumbers.percent(exam.score)) | \(exam.correct) / \(exam.questions) | "
          + "\(domains) |")
    }
    out += ["", "| domain, all exams | score | right |", "| --- | ---: | ---: |"]
    for domain in history.domains {
      out.append(
        "| \(ReportEscaping.markdown(domain.domain.isEmpty ? "(none)" : domain.domain)) | "
          + "\(ReportNumbers.percent(domain.score)) | \(domain.correct) / \(domain.questions) |")
    }
    return out + [""]
  }

  private static func activity(_ days: [ReportDay]) -> [String] {
    guard let first = days.first, let last = days.last else { return [] }
    let total = days.reduce(0) { $0 + $1.answers }
    let active = days.filter { $0.answers > 0 }.count
    var out = [
      "## Activity, \(first.day) to \(last.day)", "",
      "\(ReportNumbers.count(total)) answers on \(active) of \(days.count) days.", "",
      "`\(ReportSparkline.line(days.map(\.answers)))`", "",
    ]
    let studied = days.filter { $0.answers > 0 }.suffix(14)
    if !studied.isEmpty {
      out += ["| day | answers | right | time |", "| --- | ---: | ---: | ---: |"]
      for day in studied {
        out.append(
          "| \(day.day) | \(day.answers) | \(day.correct) | "
            + "\(ReportNumbers.duration(milliseconds: day.timeSpentMs)) |")
      }
      out.append("")
    }
    return out
  }

  private static func forecast(_ days: [ForecastDay]) -> [String] {
    guard let first = days.first, let last = days.last else { return [] }
    let total = days.reduce(0) { $0 + $1.due }
    var out = [
      "## Due in the next 30 days", "",
      "\(ReportNumbers.count(total)) reviews from \(first.day) to \(last.day); "
        + "\(ReportNumbers.count(first.due)) today (overdue included).", "",
      "`\(ReportSparkline.line(days.map(\.due)))`", "", "| week from | due |", "| --- | ---: |",
    ]
    for start in stride(from: 0, to: days.count, by: 7) {
      let week = days[start..<min(days.count, start + 7)]
      out.append("| \(days[start].day) | \(ReportNumbers.count(week.reduce(0) { $0 + $1.due })) |")
    }
    return out + [""]
  }

  private static func intervals(_ buckets: [IntervalRetention]) -> [String] {
    guard buckets.contains(where: { $0.recall.reviews > 0 }) else { return [] }
    var out = [
      "## Retention by interval", "", "| since last review | reviews | recalled | | predicted |",
      "| --- | ---: | --- | ---: | ---: |",
    ]
    for bucket in buckets where bucket.recall.reviews > 0 {
      out.append(
        "| \(bucket.label) | \(ReportNumbers.count(bucket.recall.reviews)) | "
          + "\(ReportNumbers.textBar(bucket.recall.rate ?? 0, width: 10)) | "
          + "\(ReportNumbers.percent(bucket.recall.rate)) | "
          + "\(ReportNumbers.percent(bucket.predicted)) |")
    }
    return out + [""]
  }

  private static func leeches(_ leeches: [ReportLeech]) -> [String] {
    guard !leeches.isEmpty else { return [] }
    var out = [
      "## Leeches", "", "| question | topic | source | lapses |", "| --- | --- | --- | ---: |",
    ]
    for leech in leeches.prefix(listLimit) {
      out.append(
        "| \(ReportEscaping.markdown(leech.prompt)) | \(ReportEscaping.markdown(leech.topic)) | "
          + "\(ReportEscaping.markdown(leech.source)) | \(leech.lapses) |")
    }
    if leeches.count > listLimit {
      out += ["", "… and \(leeches.count - listLimit) more in the JSON report."]
    }
    return out + [""]
  }
}

/// Sparklines from eight block heights.
public enum ReportSparkline {
  /// One character per value, scaled to `top` (else the largest): `▁` to `█`, `·` for zero.
  public static func line(_ values: [Int], top: Int? = nil) -> String {
    let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let top = max(1, top ?? values.max() ?? 1)
    return String(
      values.map { value -> Character in
        guard value > 0 else { return "·" }
        let level = Int(Double(value) / Double(top) * 8 - 1e-9)
        return blocks[min(7, max(0, level))]
      })
  }
}
