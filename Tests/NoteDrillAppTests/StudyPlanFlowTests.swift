import Foundation
import NoteDrillWiring
import ProgressStore
import StudyCore
import TerminalUI
import Testing

@testable import NoteDrillApp

/// The home menu's Weak topics and Checklists, driven by keys through the runner over a real
/// store and a note on disk.
@Suite("Weak topics and checklists in the app")
struct StudyPlanFlowTests {
  static let size = Size(width: 80, height: 24)

  /// Keys that answer `question` right on the drill screen, then go on.
  static func rightAnswer(_ question: Question, shownAt now: Date) -> [Key] {
    // A session shows options in a fresh order (seeded by the time it starts).
    let question = StudyOrder.reshuffled(question, seed: StudyOrder.seed(at: now))
    let digits = question.keyIndices.map { Key.character(Character(String($0 + 1))) }
    switch question.format {
    case .singleChoice: return digits + [.enter]
    case .trueFalse:
      let index = DrillSession.choices(of: question).firstIndex(of: question.keys[0]) ?? 0
      return [.character(Character(String(index + 1))), .enter]
    case .multipleChoice: return digits + [.enter, .enter]
    case .ordering:
      let order = question.keys.compactMap { question.options.firstIndex(of: $0) }
      return order.map { .character(Character(String($0 + 1))) } + [.enter, .enter]
    case .typed: return question.keys[0].map { Key.character($0) } + [.enter, .enter]
    case .flip: return [.character(" "), .character("3")]
    }
  }

  static func run(_ fixture: StudyPlanFixture, keys: [Key], at now: Date) throws
    -> (VirtualTerminal, AppRunner)
  {
    let services = StoreServices(
      database: fixture.database, questions: fixture.bank.questions, grader: TypedAnswerGrader(),
      timeZone: StudyPlanFixture.utc, limit: nil)
    let terminal = VirtualTerminal(size: size, keys: keys)
    let runner = AppRunner(
      model: AppModel(route: .home(HomeScreen(numbers: services.homeNumbers(at: now)))),
      backend: terminal,
      services: services, clock: { now }, study: fixture.services)
    try runner.run()
    runner.drawFrame()
    return (terminal, runner)
  }

  @Test("Weak topics → Enter reviews the weakest topic (logged as review) → q returns to the list")
  func weakTopicReview() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    for question in fixture.questions(under: "Route 53") {
      try fixture.database.recordAnswer(
        Answer(questionID: question.id, rating: .again, isCorrect: false), at: Fixtures.start,
        timeZone: StudyPlanFixture.utc)
    }
    let now = Fixtures.at(86_400)
    let review = try fixture.services.weakTopics(at: now).review(
      topic: try #require(fixture.services.weakTopics(at: now).topics().first).key, limit: 20)
    let first = try #require(review.first)
    let (terminal, runner) = try Self.run(
      fixture,
      keys: [.character("3"), .enter] + Self.rightAnswer(first, shownAt: now) + [
        .character("q"), .enter,
      ],
      at: now)
    guard case .weakTopics = runner.model.route else {
      Issue.record("not back on the list:\n\(terminal.text)")
      return
    }
    #expect(terminal.text.contains("NoteDrill · Weak topics"))
    #expect(terminal.lines[4].contains("웹 서비스 › Route 53"))
    let log = try fixture.database.reviewLog(questionID: first.id)
    #expect(log.last?.mode == "review")
    #expect(log.last?.isCorrect == true)
  }

  @Test("Checklists → Space ticks (store only) → v verifies; all right suggests ticking")
  func checklistVerify() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
    let now = Fixtures.at(60)
    let entries = try fixture.services.checklistEntries(at: now)
    let quiz = try fixture.services.weakTopics(at: now).verifyQuiz(
      entries[1].coverage, limit: StudyPlanRunner.verifyLimit)
    #expect(!quiz.isEmpty)
    let keys: [Key] =
      [.character("4"), .character(" "), .down, .character("v")]
      + quiz.flatMap { Self.rightAnswer($0, shownAt: now) } + [.character("q")]
    let (terminal, runner) = try Self.run(fixture, keys: keys, at: now)
    guard case .checklists(let screen) = runner.model.route else {
      Issue.record("not back on the checklists:\n\(terminal.text)")
      return
    }
    #expect(screen.highlighted == 1)
    #expect(screen.entries.map(\.isChecked) == [true, false, true])
    #expect(terminal.text.contains("All \(quiz.count) right: known. Space ticks this item."))
    #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == before)
    let logs = try quiz.flatMap { try fixture.database.reviewLog(questionID: $0.id) }
    #expect(logs.count == quiz.count)
    #expect(logs.allSatisfy { $0.mode == "checklist" && $0.isCorrect })
  }

  @Test("Checklists → w writes the learner's state into the note, and says so")
  func checklistWriteBack() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    let (terminal, _) = try Self.run(
      fixture, keys: [.character("4"), .character(" "), .character("w")], at: Fixtures.at(60))
    let text = try String(contentsOfFile: fixture.path, encoding: .utf8)
    #expect(
      text
        == StudyPlanFixture.note.replacingOccurrences(of: "- [ ] Route 53", with: "- [x] Route 53"))
    #expect(terminal.text.contains("Written to web:"))
  }
}
