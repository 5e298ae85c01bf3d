import Foundation
import NoteDrillWiring
import ProgressStore
import StudyCore
import TerminalUI
import Testing

@testable import NoteDrillApp

/// The app's drill services with real exam services over an in-memory store.
final class ExamAppServices: AppServices {
  let drill = FakeServices(questions: ExamRecorderTests.bank)
  let examServices: StoreExamServices

  init(database: AppDatabase, minutes: Int) {
    let recorder = ExamRecorder(
      database: database, questions: ExamRecorderTests.bank, grader: TypedAnswerGrader(),
      timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
    examServices = StoreExamServices(
      recorder: recorder, questions: ExamRecorderTests.bank, titles: [:],
      request: ExamRequest(
        questionCount: 3, settings: ExamSettings(seed: 0, timeLimitSeconds: minutes * 60)),
      fixedSeed: 21)
  }

  var exams: ExamServices? { examServices }
  func homeNumbers(at now: Date) -> HomeNumbers { drill.homeNumbers(at: now) }
  func drillSession(at now: Date) throws -> DrillSession { try drill.drillSession(at: now) }
  func report(at now: Date) -> ProgressReport? { nil }
  func exportScreen(at now: Date) -> ExportScreen { drill.exportScreen(at: now) }
  func exportReport(_ format: ReportFormat, to path: String, at now: Date)
    -> Result<String, ReportWriteError>
  {
    drill.exportReport(format, to: path, at: now)
  }
  func save(_ answer: Answer, at now: Date) throws -> ReviewOutcome? {
    try drill.save(answer, at: now)
  }
  func undoLastAnswer() throws { try drill.undoLastAnswer() }
  func outcomes(questionID: String, at now: Date) -> RatingOutcomes? { nil }
  func remaining(at now: Date) -> (count: Int, nextLearningDue: Date?) { (0, nil) }
}

/// The exam inside the app: from the home menu, ticked by the runner, handed in at time-up,
/// left and offered again.
@Suite struct ExamAppTests {
  final class Clock: @unchecked Sendable {
    var now = Fixtures.start
  }

  static func app(minutes: Int = 1) throws -> (AppRunner, VirtualTerminal, Clock, AppDatabase) {
    let database = try AppDatabase.inMemory()
    try database.reconcile(with: ExamRecorderTests.bank, at: Fixtures.start)
    let services = ExamAppServices(database: database, minutes: minutes)
    let terminal = VirtualTerminal(size: Size(width: 80, height: 24))
    let clock = Clock()
    let runner = AppRunner(
      model: AppModel(route: .home(HomeScreen(numbers: services.homeNumbers(at: clock.now)))),
      backend: terminal, services: services, clock: { clock.now }, tickInterval: .seconds(1))
    return (runner, terminal, clock, database)
  }

  @Test func theHomeMenuOpensAnExamThatTimeUpHandsIn() throws {
    let (runner, terminal, clock, database) = try Self.app()
    for key: Key in [.character("2"), .enter, .character("1")] { try runner.handle(key) }
    #expect(runner.model.wantsTicks)
    clock.now = Fixtures.at(30)
    try runner.tick()
    runner.drawFrame()
    #expect(terminal.lines[0].hasSuffix("Q 1/3 · 0:30 left"))
    clock.now = Fixtures.at(61)
    try runner.tick()
    #expect(!runner.model.wantsTicks)
    runner.drawFrame()
    #expect(terminal.lines[0].hasSuffix("results"))
    #expect(terminal.text.contains("Time used 1:00 of 1:00 (time ran out)"))
    let history = try database.examHistory()
    let percent = (history.first?.correct ?? 0) * 100 / 3
    #expect(terminal.text.contains("Trend \(percent)%"))
    #expect(history.count == 1)
    #expect(history.first?.isFinished == true)
    #expect(history.first?.answered == 1)
    #expect(try database.reviewLog().isEmpty)
  }

  @Test func leavingKeepsTheExamAndTheStartScreenOffersItWithItsTime() throws {
    let (runner, terminal, clock, _) = try Self.app(minutes: 10)
    for key: Key in [.character("2"), .enter, .character("1")] { try runner.handle(key) }
    clock.now = Fixtures.at(125)
    try runner.handle(.character("q"))
    runner.drawFrame()
    #expect(terminal.text.contains("> 1. Resume exam #1 (3 questions, 1 answered) with 7:55 left."))
    try runner.handle(.enter)
    runner.drawFrame()
    #expect(terminal.lines[0].hasSuffix("Q 1/3 · 7:55 left"))
    #expect(terminal.lines[1] == " Answered 1 · Flagged 0 · Blank 2")
  }

  @Test func theDrillIsNotTickedSoItsLoopStillEndsWithTheKeys() throws {
    let (runner, _, _, _) = try Self.app()
    try runner.handle(.character("1"))
    #expect(!runner.model.wantsTicks)
    // With keys used up and no ticking wanted, run() returns instead of ticking forever.
    try runner.run()
  }
}
