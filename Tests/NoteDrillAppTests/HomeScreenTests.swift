import Foundation
import ProgressStore
import TerminalUI
import Testing

@testable import NoteDrillApp

@Suite struct HomeScreenTests {
  static let numbers = HomeNumbers(
    due: 1, learning: 2, new: 3, doneToday: 4, streak: 5, retention: nil)

  @Test func onlyBuiltCapabilitiesAreListed() {
    #expect(
      HomeScreen(numbers: Self.numbers).entries.map(\.rawValue) == [
        "Daily drill", "Mock exam", "Weak topics", "Checklists", "Stats", "Export report",
        "Quit",
      ])
  }

  @Test func everyKeyOnTheHomeScreen() {
    let cases: [(Key, [HomeEffect], Int, Bool)] = [
      (.down, [], 1, false), (.character("j"), [], 1, false), (.up, [], 0, false),
      (.character("k"), [], 0, false), (.enter, [.open(.dailyDrill)], 0, false),
      (.character(" "), [.open(.dailyDrill)], 0, false), (.right, [.open(.dailyDrill)], 0, false),
      (.character("1"), [.open(.dailyDrill)], 0, false),
      (.character("2"), [.open(.mockExam)], 1, false),
      (.character("3"), [.open(.weakTopics)], 2, false),
      (.character("4"), [.open(.checklists)], 3, false),
      (.character("5"), [.open(.stats)], 4, false),
      (.character("6"), [.open(.exportReport)], 5, false),
      (.character("7"), [.open(.quit)], 6, false), (.character("8"), [], 0, false),
      (.character("q"), [.open(.quit)], 0, false), (.escape, [.open(.quit)], 0, false),
      (.interrupted(.hangup), [.open(.quit)], 0, false), (.character("?"), [], 0, true),
      (.character("x"), [], 0, false), (.resize(Size(width: 40, height: 12)), [], 0, false),
    ]
    for (key, effects, highlighted, help) in cases {
      var home = HomeScreen(numbers: Self.numbers)
      #expect(home.update(key) == effects, "\(key)")
      #expect(home.highlighted == highlighted, "\(key)")
      #expect(home.showsHelp == help, "\(key)")
    }
  }

  @Test func movingStopsAtTheEnds() {
    var home = HomeScreen(numbers: Self.numbers)
    for _ in 0..<8 { _ = home.update(.down) }
    #expect(home.highlighted == 6)
    #expect(home.update(.enter) == [.open(.quit)])
  }

  @Test func retentionWithoutReviewsIsADash() {
    #expect(HomeScreen(numbers: Self.numbers).numberRows.last == "True retention –")
  }

  @Test func statsEntryAsksForStatsAndQFromHomeQuits() throws {
    var model = AppModel(route: .home(HomeScreen(numbers: Self.numbers)))
    #expect(model.update(.character("5"), at: Fixtures.start) == [.loadStats])
    #expect(model.update(.character("q"), at: Fixtures.start) == [.quit])
    #expect(model.isFinished)
  }

  @Test func mockExamOpensTheExamStartScreen() {
    var model = AppModel(route: .home(HomeScreen(numbers: Self.numbers)))
    #expect(model.update(.character("2"), at: Fixtures.start) == [.openExam])
  }

  @Test func closingTheDrillGoesHomeUnlessStartedWithDrill() {
    var model = AppModel(route: .drill(DrillScreen(session: Fixtures.session([]))))
    #expect(model.update(.enter, at: Fixtures.start) == [.loadHome])
    var drillOnly = AppModel(
      route: .drill(DrillScreen(session: Fixtures.session([]))), drillOnly: true)
    #expect(drillOnly.update(.enter, at: Fixtures.start) == [.quit])
    #expect(drillOnly.isFinished)
  }
}
