import Foundation
import StudyCore
import TerminalUI
import Testing

@testable import NoteDrillApp

/// The Stats screen reached from the home screen, in the virtual terminal at 80x24 and
/// 120x40, compared as text.
@Suite struct StatsScreenTests {
  static func screen(_ size: Size, keys: [Key] = []) throws -> VirtualTerminal {
    let services = FakeServices(questions: ScreenScripts.questions)
    services.progressReport = StatsFixtures.report
    return try ScreenScripts.run([.character("5")] + keys, size: size, services: services)
  }

  @Test(arguments: ["80x24", "120x40"])
  func statsScreenMatches(_ size: String) throws {
    let parts = size.split(separator: "x").compactMap { Int($0) }
    let terminal = try Self.screen(Size(width: parts[0], height: parts[1]))
    try ScreenGoldens.expect(terminal.text, "stats-\(size)")
  }

  @Test func nothingStudiedYetIsAFriendlyNoteAndScrollStopsAtTheEnd() throws {
    var empty = StatsFixtures.report
    empty.summary = ReportSummary(
      daysStudied: 0, currentStreak: 0, longestStreak: 0, reviews: 0, correct: 0,
      retention: RecallRate(reviews: 0, recalled: 0),
      cards: ReportCardCounts(new: 42, learning: 0, review: 0, suspended: 0, due: 0, orphans: 0),
      timeSpentMs: 0)
    empty.exams = ExamHistory(attempts: [])
    empty.checklists = []
    var screen = StatsScreen(report: empty)
    var buffer = Buffer(size: Size(width: 80, height: 24))
    screen.render(into: &buffer)
    #expect(buffer.lines[2].hasPrefix("  Nothing studied yet: 42 questions from your notes are"))
    #expect(buffer.lines.last == "q back")
    var full = StatsScreen(report: StatsFixtures.report)
    for _ in 0..<40 { _ = full.update(.down) }
    var scrolled = Buffer(size: Size(width: 80, height: 24))
    full.render(into: &scrolled)
    #expect(scrolled.lines[22].contains("NAT 게이트웨이는 어느 서브넷에 두나요?"))
    let closes = screen.update(.escape)
    #expect(closes)
  }
}
