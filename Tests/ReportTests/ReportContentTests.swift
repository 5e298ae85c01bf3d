import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore
import Testing

/// The report's numbers from the fixture's history, worked out by hand (see ``ReportFixture``).
@Suite struct ReportContentTests {
  @Test func summaryCountsEveryDrillAnswerAndExamTime() throws {
    let report = try ReportFixture.report()
    #expect(report.studyDay == "2024-03-15")
    #expect(report.generatedAt == "2024-03-15T10:00:00Z")
    let summary = report.summary
    #expect(summary.daysStudied == 11)
    #expect(summary.currentStreak == 0)
    #expect(summary.longestStreak == 9)
    #expect(summary.reviews == 25)
    #expect(summary.correct == 15)
    #expect(summary.retention == RecallRate(reviews: 10, recalled: 1))
    #expect(
      summary.cards
        == ReportCardCounts(new: 1, learning: 1, review: 2, suspended: 1, due: 2, orphans: 0))
    // 25 answers of 2 s, six exam answers of 30 s that never reached the review log.
    #expect(summary.timeSpentMs == 230_000)
  }

  @Test func retentionByIntervalUsesDaysSincePreviousScheduledAnswer() throws {
    let buckets = try ReportFixture.report().retentionByInterval
    #expect(
      buckets.map(\.label) == ["<1d", "1d", "2-3d", "4-7d", "8-14d", "15-30d", "31-90d", "91d+"])
    #expect(buckets.map(\.recall.reviews) == [7, 1, 0, 0, 2, 0, 0, 0])
    #expect(buckets.map(\.recall.recalled) == [0, 0, 0, 0, 1, 0, 0, 0])
    #expect(buckets[2].predicted == nil)
    let predicted = try #require(buckets[4].predicted)
    #expect(predicted > 0.5 && predicted < 1)
  }

  @Test func examsAreScoredPerDomainWithTheTrend() throws {
    let exams = try ReportFixture.report().exams
    #expect(exams.attempts.map(\.day) == ["2024-03-06", "2024-03-12"])
    #expect(exams.attempts.map(\.correct) == [1, 2])
    #expect(exams.attempts.map(\.answered) == [3, 3])
    #expect(
      exams.attempts[0].domains == [
        DomainScore(domain: "Storage & <Data>", questions: 1, correct: 1),
        DomainScore(domain: "Network | VPC", questions: 2, correct: 0),
      ])
    #expect(
      exams.domains == [
        DomainScore(domain: "Network | VPC", questions: 4, correct: 1),
        DomainScore(domain: "Storage & <Data>", questions: 2, correct: 2),
      ])
    let trend = try #require(exams.trend)
    #expect(abs(trend - 100.0 / 3) < 1e-9)
  }

  @Test func masteryLeechesChecklistsAndPaths() throws {
    let report = try ReportFixture.report()
    #expect(Set(report.notes.map(\.name)) == ["storage.md", "network.md"])
    let network = try #require(report.notes.first { $0.name == "network.md" })
    #expect(network.questions == 3 && network.studied == 2)
    #expect(report.notes.map(\.mastery) == report.notes.map(\.mastery).sorted())
    #expect(report.topics.last?.name == "Network › Route 53")
    #expect(report.topics.last?.studied == 0)
    #expect(report.leeches.map(\.lapses) == [8])
    #expect(report.leeches.first?.prompt == ReportFixture.nasty)
    #expect(report.leeches.first?.source == "storage.md:10")
    #expect(report.checklists == [ChecklistCompletion(path: "plan.md", total: 3, checked: 2)])
  }

  @Test func activityCoversNinetyDaysAndForecastThirty() throws {
    let report = try ReportFixture.report()
    #expect(report.activity.count == 90)
    #expect(report.activity.last?.day == "2024-03-15")
    #expect(report.activity.first?.day == "2023-12-17")
    #expect(report.activity.reduce(0) { $0 + $1.answers } == 25)
    #expect(report.activity.first { $0.day == "2024-03-01" }?.answers == 6)
    #expect(report.forecast.count == 30)
    #expect(report.forecast.first?.day == "2024-03-15")
    // Not suspended and studied: q1, q2 (review) and q3 (learning, overdue).
    #expect(report.forecast.reduce(0) { $0 + $1.due } <= 3)
    #expect(report.forecast.first?.due ?? 0 >= 1)
  }

  @Test func sinceLimitsActivityFiguresOnly() throws {
    let since = try #require(AppDatabase.studyDayNumber(named: "2024-03-11"))
    let report = try ReportFixture.report(since: since)
    #expect(report.since == "2024-03-11")
    #expect(report.summary.reviews == 3)
    #expect(report.summary.daysStudied == 2)
    #expect(report.summary.retention == RecallRate(reviews: 2, recalled: 1))
    #expect(report.summary.timeSpentMs == 96_000)
    #expect(report.exams.attempts.map(\.day) == ["2024-03-12"])
    #expect(report.activity.map(\.day).first == "2024-03-11")
    #expect(report.activity.count == 5)
    // Card states do not depend on --since.
    #expect(report.summary.cards.review == 2)
    #expect(report.leeches.count == 1)
  }

  @Test func studyDayNamesAreCheckedAsRealDates() {
    #expect(AppDatabase.studyDayNumber(named: "2024-03-11") == 19_793)
    #expect(AppDatabase.studyDayNumber(named: "2024-02-30") == nil)
    #expect(AppDatabase.studyDayNumber(named: "2024-3-1") == nil)
    #expect(AppDatabase.studyDayNumber(named: "yesterday") == nil)
  }

  @Test func anEmptyStoreGivesAShortFriendlyReport() throws {
    let store = try AppDatabase.inMemory()
    try store.reconcile(with: ReportFixture.questions, at: ReportFixture.start)
    let report = try ReportExport(database: store, documents: [], timeZone: ReportFixture.utc)
      .report(at: ReportFixture.now)
    #expect(report.hasNoProgress)
    let markdown = ReportMarkdown.render(report)
    #expect(markdown.contains("Nothing studied yet: 5 questions"))
    #expect(markdown.split(separator: "\n").count <= 5)
    let html = ReportHTML.render(report)
    #expect(html.contains("Nothing studied yet"))
    #expect(!html.contains("<table"))
    let json = try ReportJSON.render(report)
    #expect(json.contains("\"reviews\" : 0"))
  }
}
