import Foundation
import NoteDrillWiring
import ProgressStore
import StudyCore
import Testing

/// The text of `notedrill stats` and `notedrill exam history` from the fixture's synthetic
/// history, compared with golden files (no binary needed).
@Suite struct CommandTextTests {
  @Test func statsTextMatchesGolden() throws {
    let store = try ReportFixture.store()
    let stats = try store.stats(at: ReportFixture.now, timeZone: ReportFixture.utc)
    try ReportFixture.expectGolden(
      StatsText.render(stats, storePath: "progress.sqlite", top: 3) + "\n", "stats.txt")
  }

  @Test func examHistoryTableAndJSONMatchGoldens() throws {
    let entries = try ReportFixture.store().examHistory()
    #expect(!entries.isEmpty)
    try ReportFixture.expectGolden(
      ExamHistoryText.table(entries, timeZone: ReportFixture.utc).joined(separator: "\n") + "\n",
      "exam-history.txt")
    try ReportFixture.expectGolden(ExamHistoryText.json(entries) + "\n", "exam-history.json")
  }

  @Test func noExamYetSaysHowToStartOne() {
    #expect(
      ExamHistoryText.table([], timeZone: ReportFixture.utc)
        == ["No mock exams yet: `notedrill exam` starts one."])
    #expect(ExamHistoryText.trend([]) == "Trend: no exam handed in yet.")
  }
}
