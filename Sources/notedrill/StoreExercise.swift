import ArgumentParser
import Foundation
import ProgressStore
import StudyCore

/// `notedrill store exercise` (hidden): answers synthetic reviews as fast as it can, printing
/// `answered ID` once each is committed. Tests run it in several processes at once and kill it
/// midway to show that acknowledged answers survive.
struct StoreExercise: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exercise", abstract: "Answer synthetic reviews (for tests).",
    shouldDisplay: false)

  @OptionGroup var notesOptions: NotesOptions
  @Option(parsing: .unconditional, help: "How many answers to record.") var answers = 100
  @Option(
    parsing: .unconditional,
    help: "This process's share: questions whose index modulo --shards is this.")
  var shard = 0
  @Option(parsing: .unconditional, help: "How many processes share the questions.") var shards = 1
  @Option(parsing: .unconditional, help: "Seed for the ratings.") var seed: UInt64 = 1

  func validate() throws {
    guard answers >= 0, shards >= 1, (0..<shards).contains(shard) else {
      throw ValidationError("need --answers >= 0, --shards >= 1 and 0 <= --shard < --shards")
    }
  }

  func run() throws {
    let (database, bank) = try StoreAccess.openReconciled(notesOptions)
    let mine = bank.questions.indices.filter { $0 % shards == shard }.map { bank.questions[$0].id }
    guard !mine.isEmpty else { throw ValidationError("no questions for this shard") }
    var state = seed
    for index in 0..<answers {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let rating = Rating(rawValue: Int(state >> 62) + 1) ?? .good
      let answer = Answer(
        questionID: mine[index % mine.count], rating: rating, responseMs: 1000 + index)
      let receipt = try StoreAccess.attempt { () throws(StoreError) in
        try database.recordAnswer(answer, at: StoreAccess.now(), timeZone: StoreAccess.timeZone)
      }
      StoreAccess.printNow("answered \(receipt.reviewID)")
    }
  }
}
