import Foundation
import NoteDrillApp
import ProgressStore
import StudyCore
import Testing

/// Each format from the fixture's history: golden files for Markdown, JSON and CSV, structure
/// for HTML, and note text with markup escaped in all four.
@Suite struct ReportFormatTests {
  static let markup = ["<script>", "&", "|", "`"]

  @Test func markdownMatchesGolden() throws {
    try ReportFixture.expectGolden(ReportMarkdown.render(try ReportFixture.report()), "report.md")
  }

  @Test func jsonMatchesGoldenAndDecodesBack() throws {
    let report = try ReportFixture.report()
    let json = try ReportJSON.render(report)
    try ReportFixture.expectGolden(json, "report.json")
    let decoded = try JSONDecoder().decode(ProgressReport.self, from: Data(json.utf8))
    #expect(decoded == report)
    #expect(decoded.version == 1)
  }

  @Test func csvMatchesGolden() throws {
    let rows = try ReportFixture.store().reportQuestionRows(
      at: ReportFixture.now, timeZone: ReportFixture.utc)
    try ReportFixture.expectGolden(ReportCSV.render(rows), "report.csv")
  }

  @Test func csvRowsCarryStateAndCounts() throws {
    let rows = try ReportFixture.store().reportQuestionRows(
      at: ReportFixture.now, timeZone: ReportFixture.utc)
    #expect(rows.map(\.id) == ReportFixture.questions.map(\.id))
    #expect(rows.map(\.state) == ["suspended", "review", "review", "learning", "new"])
    #expect(rows.map(\.reviews) == [17, 4, 2, 2, 0])
    #expect(rows.map(\.correct) == [9, 3, 2, 1, 0])
    #expect(rows.map(\.lapses) == [8, 1, 0, 0, 0])
    #expect(rows[4].due == nil && rows[4].stability == nil && rows[4].lastReview == nil)
    #expect(rows[2].lastReview == "2024-03-11")
  }

  @Test func markdownEscapesNoteText() throws {
    let text = ReportMarkdown.render(try ReportFixture.report())
    #expect(!text.contains("<script>"))
    #expect(text.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; a\\|b \\`s3\\` bucket?"))
    #expect(text.contains("Storage › S3 &amp; \\`Glacier\\`"))
    #expect(text.contains("Network \\| VPC \\| Subnets") == false)
    #expect(text.contains("Network › VPC \\| Subnets"))
    // Every table row has its header's column count: no stray unescaped pipe.
    var columns: Int?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        columns = nil
        continue
      }
      let count = Self.cells(String(line))
      if let columns { #expect(count == columns, "\(line)") } else { columns = count }
    }
  }

  @Test func htmlIsOneSafeSelfContainedPage() throws {
    let html = ReportHTML.render(try ReportFixture.report())
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("@import"))
    let urls = html.components(separatedBy: "http").count - 1
    let namespaces = html.components(separatedBy: "http://www.w3.org/2000/svg").count - 1
    #expect(urls == namespaces, "only the SVG namespace may name a URL")
    #expect(html.contains("@page { size: A4"))
    #expect(
      html.contains(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; a&#124;b &#96;s3&#96; bucket?"))
    #expect(html.contains("Storage &amp; &lt;Data&gt;"))
    for tag in ["section", "svg", "table", "tr", "td", "main", "header", "footer"] {
      #expect(
        Self.count("<\(tag)[ >]", in: html) == Self.count("</\(tag)>", in: html),
        "unbalanced <\(tag)>")
    }
    #expect(Self.count("<svg[ >]", in: html) == 6)
    for heading in [
      "Cards", "Activity", "Due, next 30 days", "Retention by interval", "Mastery by note",
      "Weakest topics", "Mock exams", "Checklists", "Leeches",
    ] {
      #expect(html.contains("<h2>\(heading)</h2>"), "missing section \(heading)")
    }
  }

  @Test func jsonEscapesMarkupAndKeepsTheText() throws {
    let report = try ReportFixture.report()
    let json = try ReportJSON.render(report)
    for mark in Self.markup { #expect(!json.contains(mark), "raw \(mark) in JSON") }
    #expect(json.contains("\\u003cscript\\u003e"))
    let decoded = try JSONDecoder().decode(ProgressReport.self, from: Data(json.utf8))
    #expect(decoded.leeches.first?.prompt == ReportFixture.nasty)
  }

  @Test func csvQuotesMarkupAndFormulas() throws {
    let rows = try ReportFixture.store().reportQuestionRows(
      at: ReportFixture.now, timeZone: ReportFixture.utc)
    let csv = ReportCSV.render(rows)
    #expect(csv.contains(",\"Which <script>alert(\"\"x\"\")</script> & a|b `s3` bucket?\","))
    #expect(csv.contains(",\"Storage › S3 & `Glacier`\","))
    #expect(ReportEscaping.csv("=SUM(A1)") == "'=SUM(A1)")
    #expect(ReportEscaping.csv("-1") == "'-1")
    #expect(ReportEscaping.csv("plain") == "plain")
    #expect(ReportEscaping.csv("a\nb") == "\"a\nb\"")
    #expect(Self.parseCSV(csv)[1][5] == ReportFixture.nasty)
    #expect(Self.parseCSV(csv).allSatisfy { $0.count == ReportCSV.header.count })
  }

  // MARK: - Helpers

  static func count(_ pattern: String, in text: String) -> Int {
    (try? NSRegularExpression(pattern: pattern)).map {
      $0.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    } ?? -1
  }

  /// Cells of a Markdown table row, splitting on pipes not escaped with a backslash.
  static func cells(_ line: String) -> Int {
    var count = 0
    var escaped = false
    for character in line {
      if character == "|" && !escaped { count += 1 }
      escaped = character == "\\" && !escaped
    }
    return count - 1
  }

  /// A small RFC 4180 reader, for checking what a spreadsheet would see.
  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\r\n" || character == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(character)
      }
    }
    return rows
  }
}
