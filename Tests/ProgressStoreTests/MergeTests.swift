import Foundation
import StudyCore
import Testing

@testable import ProgressStore

/// Merging answers given elsewhere: replay order, identity, idempotence.
@Suite struct MergeTests {
  func store(_ count: Int = 3) throws -> AppDatabase {
    let database = try AppDatabase.inMemory()
    _ = try database.reconcile(
      with: (0..<count).map { question($0) }, at: try instant("2024-03-01T08:00:00Z"))
    return database
  }

  func review(
    _ number: Int, _ time: String, _ rating: Rating = .good, device: String? = nil,
    sequence: Int64 = 1
  ) throws -> LoggedReview {
    LoggedReview(
      questionID: question(number).id, micros: Int64(try instant(time).timeIntervalSince1970 * 1e6),
      rating: rating, origin: device.map { ReviewOrigin(device: $0, sequence: sequence) })
  }

  @Test func anOlderAnswerFromElsewhereTakesItsPlaceInTimeAndTheCacheEqualsAReplay() throws {
    let database = try store()
    let id = question(0).id
    try database.recordAnswer(
      Answer(questionID: id, rating: .good), at: try instant("2024-03-03T09:00:00Z"), timeZone: utc)
    let report = try database.mergeReviews(
      [try review(0, "2024-03-02T09:00:00Z", .again, device: "other")], identity: .origin,
      timeZone: utc)
    #expect(report == MergeReport(added: 1, alreadyKnown: 0, unknownQuestions: 0, cardsReplayed: 1))
    #expect(try database.verifyCache().isConsistent)
    let log = try database.loggedReviews()
    #expect(log.map(\.rating) == [.again, .good])
    #expect(log.map(\.stateBefore) == [0, 0])
    // The same card as answering in time order in a fresh store.
    let fresh = try store()
    try fresh.recordAnswer(
      Answer(questionID: id, rating: .again), at: try instant("2024-03-02T09:00:00Z"), timeZone: utc
    )
    try fresh.recordAnswer(
      Answer(questionID: id, rating: .good), at: try instant("2024-03-03T09:00:00Z"), timeZone: utc)
    #expect(try database.card(questionID: id) == fresh.card(questionID: id))
  }

  @Test func mergingTheSameOriginsTwiceAddsThemOnce() throws {
    let database = try store()
    let incoming = [
      try review(1, "2024-03-02T09:00:00Z", device: "d1", sequence: 1),
      try review(2, "2024-03-02T09:01:00Z", device: "d1", sequence: 2),
      try review(9, "2024-03-02T09:02:00Z", device: "d1", sequence: 3),
    ]
    let first = try database.mergeReviews(incoming, identity: .origin, timeZone: utc)
    #expect(first == MergeReport(added: 2, alreadyKnown: 0, unknownQuestions: 1, cardsReplayed: 2))
    let second = try database.mergeReviews(incoming, identity: .origin, timeZone: utc)
    #expect(second == MergeReport(added: 0, alreadyKnown: 2, unknownQuestions: 1, cardsReplayed: 0))
    #expect(try database.reviewLog().count == 2)
    #expect(try database.dailyCounters().map(\.answers) == [2])
  }

  @Test func anAnswerWithinTheToleranceOfALoggedOneIsRecognised() throws {
    let database = try store()
    try database.recordAnswer(
      Answer(questionID: question(0).id, rating: .hard),
      at: try instant("2024-03-02T09:00:00.123456Z"), timeZone: utc)
    let incoming = [
      try review(0, "2024-03-02T09:00:00.123Z", .hard),
      try review(0, "2024-03-02T09:00:00.500Z", .good),
      try review(0, "2024-03-05T09:00:00Z", .good),
      try review(0, "2024-03-05T09:00:00.2Z", .good),
    ]
    let report = try database.mergeReviews(
      incoming, identity: .nearbyAnswer(toleranceMicros: 1_000_000), timeZone: utc)
    #expect(report.added == 2)
    #expect(report.alreadyKnown == 2)
    #expect(try database.verifyCache().isConsistent)
  }

  @Test func claimingNamesLocalAnswersOnceAfterTheFloor() throws {
    let database = try store()
    for minute in 0..<3 {
      try database.recordAnswer(
        Answer(questionID: question(minute).id, rating: .good),
        at: try instant("2024-03-02T09:0\(minute):00Z"), timeZone: utc)
    }
    let first = try database.claimLocalReviews(device: "me", after: 5)
    #expect(first.compactMap(\.origin?.sequence) == [6, 7, 8])
    try database.recordAnswer(
      Answer(questionID: question(0).id, rating: .easy), at: try instant("2024-03-03T09:00:00Z"),
      timeZone: utc)
    let second = try database.claimLocalReviews(device: "me", after: 0)
    #expect(second.compactMap(\.origin?.sequence) == [6, 7, 8, 9])
    #expect(second.first?.parameters == StoreSettings.defaults.schedulerParameters)
  }
}
