import Foundation
import NoteDrillWiring
import ProgressStore
import StudyCore
import Testing

@testable import NoteDrillApp

/// Two sessions on one store (two drills in two terminals): each undo takes back the session's
/// own answer, never the other's, and a refused undo does not end the session.
@Suite struct SharedStoreUndoTests {
  let utc = TimeZone(secondsFromGMT: 0) ?? .current

  @Test func undoTakesBackTheSessionsOwnAnswerNotTheLatestInTheStore() throws {
    let database = try AppDatabase.inMemory()
    try database.reconcile(with: [Fixtures.single, Fixtures.trueFalse], at: Fixtures.start)
    let mine = ProgressDrillStore(database: database, timeZone: utc)
    let theirs = ProgressDrillStore(database: database, timeZone: utc)
    let now = Fixtures.start.addingTimeInterval(60)
    _ = try mine.save(Answer(questionID: Fixtures.single.id, rating: .good), at: now)
    _ = try theirs.save(Answer(questionID: Fixtures.trueFalse.id, rating: .again), at: now + 1)
    try mine.undoLastAnswer()
    #expect(try database.reviewLog().map(\.questionID) == [Fixtures.trueFalse.id])
  }

  @Test func aPlainSessionGoesOnWhenAnotherAnsweredTheCardItUndoes() throws {
    let database = try AppDatabase.inMemory()
    try database.reconcile(with: [Fixtures.single], at: Fixtures.start)
    let other = ProgressDrillStore(database: database, timeZone: utc)
    var now = Fixtures.start
    let (items, _) = try ProgressDrillStore.items(
      database: database, questions: [Fixtures.single], at: now, timeZone: utc, limit: nil)
    var input = ["1", "u", "1"][...]
    var output: [String] = []
    let runner = PlainDrillRunner(
      session: DrillSession(items: items, at: now),
      store: ProgressDrillStore(database: database, timeZone: utc),
      readLine: {
        now += 5
        // The other session answers the same card between this answer and its undo.
        if input.first == "u" {
          _ = try? other.save(Answer(questionID: Fixtures.single.id, rating: .good), at: now)
        }
        return input.popFirst()
      }, write: { output.append($0) }, clock: { now })
    try runner.run()
    #expect(output.contains { $0.hasPrefix("Not undone: another NoteDrill session") })
    #expect(output.contains { $0.hasPrefix("Session over: ") })
  }
}
