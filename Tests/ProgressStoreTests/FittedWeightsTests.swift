import Foundation
import StudyCore
import Testing

@testable import ProgressStore

/// Weights fitted by `fsrs optimize --apply`: kept per notes folder, used by the scheduler.
@Suite struct FittedWeightsTests {
  static func fitted() throws -> FittedWeights {
    var values = FSRSWeights.defaultValues
    values[2] = 7.5
    return FittedWeights(
      weights: try FSRSWeights(values), fittedAt: 1_733_300_000_000_000, reviews: 1234,
      defaultLogLoss: 0.37, fittedLogLoss: 0.35)
  }

  @Test func theFolderInUseDecidesWhichWeightsTheSchedulerUses() throws {
    let now = try instant("2024-12-04T10:00:00Z")
    let bank = questions(3)
    let store = try makeStore(bank, at: now)
    // No folder recorded yet: nothing to apply to.
    #expect(throws: StoreError.self) { try store.applyFittedWeights(try Self.fitted()) }
    try store.useNotesFolder("/notes/aws")
    try store.applyFittedWeights(try Self.fitted())
    #expect(try store.fittedWeights() == Self.fitted())
    #expect(try store.settings().weights[2] == 7.5)
    // The next first Good review starts at the fitted w2.
    let receipt = try store.answer(bank[0], .good, at: now)
    #expect(receipt.outcome?.card.stability == 7.5)
    // Another folder has its own (none): the defaults.
    try store.useNotesFolder("/notes/other")
    #expect(try store.fittedWeights() == nil)
    #expect(try store.settings().weights == .defaults)
    let other = try store.answer(bank[1], .good, at: now)
    #expect(other.outcome?.card.stability == FSRSWeights.defaultValues[2])
    // Back: the fitted ones again; reset drops them.
    try store.useNotesFolder("/notes/aws")
    #expect(try store.settings().weights[2] == 7.5)
    try store.resetFittedWeights()
    #expect(try store.settings().weights == .defaults)
  }

  @Test func aRebuildReplaysEachAnswerWithTheWeightsItWasScheduledWith() throws {
    let now = try instant("2024-12-04T10:00:00Z")
    let bank = questions(2)
    let store = try makeStore(bank, at: now)
    try store.useNotesFolder("/notes")
    try store.answer(bank[0], .good, at: now)
    try store.applyFittedWeights(try Self.fitted())
    try store.answer(bank[1], .good, at: now)
    #expect(try store.verifyCache().isConsistent)
    #expect(try store.rebuildCache().differingCards == 0)
  }

  @Test func theLogAsTheOptimizerReadsIt() throws {
    let start = try instant("2024-12-01T10:00:00Z")
    let bank = questions(2)
    let store = try makeStore(bank, at: start)
    try store.answer(bank[0], .again, at: start)
    try store.answer(bank[0], .good, at: start.addingTimeInterval(600))
    try store.answer(bank[0], .good, at: start.addingTimeInterval(2 * 86_400))
    try store.answer(bank[1], .easy, at: start.addingTimeInterval(60))
    let all = try store.optimizerReviews(questionIDs: Set(bank.map(\.id)))
    #expect(all.map(\.card) == [bank[0].id, bank[0].id, bank[0].id, bank[1].id])
    #expect(all.map(\.stateBefore) == [0, 1, 1, 0])
    #expect(all.map(\.rating) == [.again, .good, .good, .easy])
    #expect(try store.optimizerReviews(questionIDs: [bank[1].id]).count == 1)
  }
}
