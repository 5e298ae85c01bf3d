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

  /// The number to type for a right (or wrong) answer to the question printed last in
  /// `output` (options are shuffled at each showing, so the place of the key changes).
  static func pick(in output: [String], right: Bool) -> String {
    let keys: Set<String> = ["VPC", "참"]
    let shown = output.suffix(from: output.lastIndex { $0.hasPrefix("Q ") } ?? 0)
    for line in shown where line.hasPrefix("  ") {
      let parts = line.dropFirst(2).split(separator: ".", maxSplits: 1)
      guard parts.count == 2, let number = Int(parts[0]) else { continue }
      let text = parts[1].trimmingCharacters(in: .whitespaces)
      if keys.contains(text) == right { return String(number) }
    }
    return "1"
  }

  @Test func plainModeAsksAFailedCardAgainAtTheEnd() throws {
    let database = try store()
    var now = Fixtures.start
    // q1 wrong, q4 right (Good on first sight: its 10m step brings it back), q1 right, q4 right.
    var script = [false, true, true, true][...]
    var output: [String] = []
    let runner = PlainDrillRunner(
      session: try session(database, at: now),
      store: ProgressDrillStore(
        database: database, timeZone: utc, links: ConceptLinksLoader(ready: Fixtures.links)),
      readLine: {
        now += 5
        return script.popFirst().map { Self.pick(in: output, right: $0) }
      }, write: { output.append($0) }, clock: { now })
    let finished = try runner.run()
    let headers = output.filter { $0.hasPrefix("Q ") }
    #expect(
      headers == [
        "Q 1/2 · aws-network › 네트워크 › VPC", "Q 2/3 · aws-network › 네트워크 › VPC",
        "Q 3/4 · aws-network › 네트워크 › VPC · again",
        "Q 4/4 · aws-network › 네트워크 › VPC · again",
      ])
    #expect(output.filter { $0.hasPrefix("Right.") || $0.hasPrefix("Wrong.") }.count == 4)
    #expect(output.contains("Related to VPC: flows to 인터넷 게이트웨이, has part 서브넷"))
    #expect(
      output.suffix(2) == [
        "Session over: 4 answered (2 cards, 2 asked again), 3 right (1 of 2 the first time), 20s.",
        "Nothing more due today.",
      ])
    let log = try database.reviewLog()
    #expect(log.map(\.questionID) == ["q1", "q4", "q1", "q4"])
    #expect(log.map(\.rating) == [1, 3, 4, 4])
    #expect(finished.summary.repeats == 2)
    // The repeat graduated the card: nothing of it is left for today.
    #expect(try database.card(questionID: "q1")?.card.state == .review)
  }

  @Test func theTerminalDrillAsksItAgainAndTheSummarySaysSo() throws {
    let database = try store()
    let services = StoreServices(
      database: database, questions: questions, grader: TypedAnswerGrader(), timeZone: utc,
      limit: nil, links: ConceptLinksLoader { Fixtures.links })
    // q1 wrong, next; q4 right, next; q1 (again) right, next; q4 (again) right, next: the
    // summary. Options are shuffled at each showing (from the clock), so q1's key moves.
    let first = try #require(
      try services.drillSession(at: Fixtures.start).items.first { $0.question.id == "q1" })
    let again = StudyOrder.reshuffled(first.question, seed: StudyOrder.seed(at: Fixtures.start))
    let wrong = first.question.options.indices.first { !first.question.keyIndices.contains($0) }
    let keys: [Key] = [
      .character(Character(String((wrong ?? 0) + 1))), .enter, .character("1"), .enter,
      .character(Character(String((again.keyIndices.first ?? 0) + 1))), .enter,
      .character("1"), .enter,
    ]
    let terminal = VirtualTerminal(size: Size(width: 80, height: 24), keys: keys)
    let runner = AppRunner(
      model: AppModel(
        route: .drill(DrillScreen(session: try services.drillSession(at: Fixtures.start)))),
      backend: terminal, services: services, clock: { Fixtures.start })
    try runner.run()
    runner.drawFrame()
    let lines = terminal.text.components(separatedBy: "\n")
    #expect(lines.contains(" Answered  4 (2 cards, 2 asked again)"))
    #expect(lines.contains(" Right     3 (1 of 2 the first time)"))
    #expect(lines.contains(" Next      nothing more today"))
    #expect(try database.reviewLog().map(\.questionID) == ["q1", "q4", "q1", "q4"])
  }
}
