import Foundation
import Testing

/// `notedrill report` end to end: formats, files, --since, friendly empty report, errors.
@Suite struct ReportCommandTests {
  @Test func emptyStoreGivesAShortFriendlyReport() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let result = try sandbox.runWithNotes(["report"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        # NoteDrill progress report

        Study day 2024-03-01 · made 2024-03-01T09:00:00Z

        Nothing studied yet: 14 questions from your notes are waiting. Run `notedrill drill` \
        (or open NoteDrill and choose Daily drill); this report fills in as you answer.

        """)
  }

  @Test func eachFormatAfterSomeAnswers() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    #expect(try sandbox.runWithNotes(["store", "exercise", "--answers", "6"]).status == 0)
    let markdown = try sandbox.runWithNotes(["report", "--format", "md"])
    #expect(markdown.stdout.contains("| Answers | 6 ("))
    #expect(markdown.stdout.contains("## Mastery by note, weakest first"))
    let json = try sandbox.runWithNotes(["report", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    #expect(value(object, "summary", "reviews") as? Int == 6)
    let csv = try sandbox.runWithNotes(["report", "--format", "csv"])
    let lines = csv.stdout.split(separator: "\r\n")
    #expect(lines.first?.hasPrefix("id,path,line,topic,kind,prompt,state,") == true)
    #expect(lines.count == 15)
    #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",")[1] == "mini.md" })
    let file = sandbox.root.appendingPathComponent("out/report.html")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    let html = try sandbox.runWithNotes(["report", "--format", "html", "-o", file.path])
    #expect(html.status == 0)
    #expect(html.stdout.hasPrefix("wrote \(file.path) ("))
    let page = try String(contentsOf: file, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
  }

  @Test func sinceCountsFromThatDay() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    #expect(try sandbox.runWithNotes(["store", "exercise", "--answers", "4"]).status == 0)
    let later = try sandbox.runWithNotes(
      ["report", "--format", "json", "--since", "2024-03-02"], now: "2024-03-03T09:00:00Z")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [String: Any])
    #expect(object["since"] as? String == "2024-03-02")
    #expect(value(object, "summary", "reviews") as? Int == 0)
    #expect(value(object, "summary", "cards", "new") as? Int == 10)
  }

  @Test func badInputGetsOneLineAndWritesNothing() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let badDate = try sandbox.runWithNotes(["report", "--since", "2024-02-30"])
    #expect(badDate.status == 64)
    #expect(
      badDate.stderr.hasPrefix("Error: --since takes a date as YYYY-MM-DD, not '2024-02-30'."))
    let badFormat = try sandbox.runWithNotes(["report", "--format", "pdf"])
    #expect(badFormat.status == 64)
    let missing = sandbox.root.appendingPathComponent("no/such/folder/report.md")
    let noFolder = try sandbox.runWithNotes(["report", "-o", missing.path])
    #expect(noFolder.status == 1)
    #expect(noFolder.stderr == "error: no folder \(missing.deletingLastPathComponent().path)\n")
    let folder = try sandbox.runWithNotes(["report", "-o", sandbox.root.path])
    #expect(folder.status == 1)
    #expect(folder.stderr.hasSuffix("is a folder; give a file name\n"))
  }
}
