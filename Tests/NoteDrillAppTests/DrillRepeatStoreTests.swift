import Foundation
import NoteDrillWiring
import ProgressStore
import StudyCore
import TerminalUI
import Testing

@testable import NoteDrillApp

/// Repeats within a session with the real store and scheduler (default learning steps 1m,
/// 10m), in plain mode and through the terminal runner.
@Suite struct DrillRepeatStoreTests {
  let utc = TimeZone(secondsFromGMT: 0) ?? .current
  let questions = [Fixtures.single, Fixtures.trueFalse]

  func store() throws -> AppDatabase {
    let database = try AppDatabase.inMemory()
    try database.reconcile(with: questions, at: Fixtures.start)
    return database
  }

  func session(_ database: AppDatabase, at now: Date) throws -> DrillSession {
    let (items, _) = try ProgressDrillStore.items(
      database: database, questions: questions, at: now, timeZone: utc, limit: nil)
    return DrillSession(items: items, at: now)
  }

  @Test func plainModeAsksAFailedCardAgainAtTheEnd() throws {
    let database = try store()
    var now = Fixtures.start
    var input = ["1", "1", "2"][...]  // q1 wrong, q4 right, q1 right
    var output: [String] = []
    let runner = PlainDrillRunner(
      session: try session(database, at: now),
      store: ProgressDrillStore(
        database: database, timeZone: utc, links: ConceptLinksLoader(ready: Fixtures.links)),
      readLine: {
        now += 5
        return input.popFirst()
      }, write: { output.append($0) }, clock: { now })
    let finished = try runner.run()
    let headers = output.filter { $0.hasPrefix("Q ") }
    #expect(
      headers == [
        "Q 1/2 · aws-network › 네트워크 › VPC", "Q 2/3 · aws-network › 네트워크 › VPC",
        "Q 3/3 · aws-network › 네트워크 › VPC · again",
      ])
    #expect(output.filter { $0.hasPrefix("Right.") || $0.hasPrefix("Wrong.") }.count == 3)
    #expect(output.contains("Related to VPC: flows to 인터넷 게이트웨이, has part 서브넷"))
    #expect(
      output.suffix(2) == [
        "Session over: 3 answered (2 cards, 1 asked again), 2 right (1 of 2 the first time), 15s.",
        "Nothing more due today.",
      ])
    let log = try database.reviewLog()
    #expect(log.map(\.questionID) == ["q1", "q4", "q1"])
    #expect(log.map(\.rating) == [1, 4, 4])
    #expect(finished.summary.repeats == 1)
    // The repeat graduated the card: nothing of it is left for today.
    #expect(try database.card(questionID: "q1")?.card.state == .review)
  }

  @Test func theTerminalDrillAsksItAgainAndTheSummarySaysSo() throws {
    let database = try store()
    let services = StoreServices(
      database: database, questions: questions, grader: TypedAnswerGrader(), timeZone: utc,
      limit: nil, links: ConceptLinksLoader { Fixtures.links })
    // q1 wrong, next; q4 right, next; q1 (again) right, next: the summary.
    let keys: [Key] = [
      .character("1"), .enter, .character("1"), .enter, .character("2"), .enter,
    ]
    let terminal = VirtualTerminal(size: Size(width: 80, height: 24), keys: keys)
    let runner = AppRunner(
      model: AppModel(
        route: .drill(DrillScreen(session: try services.drillSession(at: Fixtures.start)))),
      backend: terminal, services: services, clock: { Fixtures.start })
    try runner.run()
    runner.drawFrame()
    let lines = terminal.text.components(separatedBy: "\n")
    #expect(lines.contains(" Answered  3 (2 cards, 1 asked again)"))
    #expect(lines.contains(" Right     2 (1 of 2 the first time)"))
    #expect(lines.contains(" Next      nothing more today"))
    #expect(try database.reviewLog().map(\.questionID) == ["q1", "q4", "q1"])
  }
}
