import Foundation
import StudyCore
import Testing

@testable import ProgressStore

/// A random (seeded) mix of answers, undos, note changes and setting changes: after every step
/// the card cache equals a replay of the log, and each card equals an independent replay of
/// what the test itself recorded.
@Suite struct ReplayPropertyTests {
  /// What the test remembers of each scheduled answer, to replay without the store.
  struct Remembered {
    var questionID: String
    var rating: Rating
    var at: Date
    var fuzz: Double?
    var retention: Double
    var scheduled: Bool
  }

  struct Run {
    var store: AppDatabase
    var random: SeededGenerator
    var now: Date
    let start: Date
    let bank: [Question]
    var present: [Question]
    var remembered: [Remembered] = []
    var retention = 0.9

    mutating func step() throws {
      switch Int.random(in: 0..<100, using: &random) {
      case 0..<62: try answer()
      case 62..<77: try undo()
      case 77..<92: try changeNotes()
      default: try changeRetention()
      }
    }

    mutating func answer() throws {
      guard let question = present.randomElement(using: &random) else { return }
      let steps: [Double] = [30, 600, 3600, 86_400, 777_600]
      let advance = steps.randomElement(using: &random) ?? 60
      now = now.addingTimeInterval(advance * Double.random(in: 0.5...1.5, using: &random))
      let rating = Rating.allCases.randomElement(using: &random) ?? .good
      let fuzz: Double? =
        Bool.random(using: &random) ? Double.random(in: 0..<1, using: &random) : nil
      let mode: StudyMode = Int.random(in: 0..<10, using: &random) == 0 ? .exam : .drill
      try store.recordAnswer(
        Answer(questionID: question.id, rating: rating, mode: mode, fuzz: fuzz), at: now,
        timeZone: utc)
      remembered.append(
        Remembered(
          questionID: question.id, rating: rating, at: StoreTime.rounded(now), fuzz: fuzz,
          retention: retention, scheduled: mode != .exam))
    }

    mutating func undo() throws {
      guard !remembered.isEmpty else {
        #expect(throws: StoreError.nothingToUndo) { try store.undoLastAnswer() }
        return
      }
      let undone = try store.undoLastAnswer()
      let last = remembered.removeLast()
      #expect(undone.review.questionID == last.questionID)
    }

    mutating func changeNotes() throws {
      var next = bank.filter { _ in Int.random(in: 0..<5, using: &random) > 0 }
      if Bool.random(using: &random) {
        next = next.map { question in
          var edited = question
          edited.order = Int.random(in: 0..<100, using: &random)
          edited.prompt += Bool.random(using: &random) ? " (edited)" : ""
          return edited
        }
      }
      present = next
      try store.reconcile(with: next, at: now)
    }

    mutating func changeRetention() throws {
      retention = [0.8, 0.85, 0.9, 0.95].randomElement(using: &random) ?? 0.9
      try store.updateSetting(.desiredRetention, to: String(retention))
    }

    /// Every card as an independent replay of `remembered` says it should be.
    func expectCardsMatchIndependentReplay() throws {
      for question in bank {
        var progress = CardProgress.new(introducedAt: start)
        for entry in remembered where entry.questionID == question.id && entry.scheduled {
          let scheduler = FSRSScheduler(
            parameters: try SchedulerParameters(desiredRetention: entry.retention))
          progress = progress.applying(
            try scheduler.review(
              progress.card, rating: entry.rating, at: entry.at, fuzz: entry.fuzz))
        }
        #expect(try store.card(questionID: question.id) == progress)
      }
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func theCacheAlwaysEqualsAReplayOfTheLog(seed: UInt64) throws {
    let start = try instant("2024-03-01T09:00:00Z")
    let bank = (0..<10).map { question($0, group: "g\($0 % 4)") }
    var run = Run(
      store: try makeStore(bank, at: start), random: SeededGenerator(state: seed), now: start,
      start: start, bank: bank, present: bank)
    for _ in 0..<250 {
      try run.step()
      let report = try run.store.verifyCache()
      #expect(report.isConsistent)
      guard report.isConsistent else { return }
    }
    try run.expectCardsMatchIndependentReplay()
    #expect(try run.store.reviewLog().count == run.remembered.count)
    #expect(try run.store.rebuildCache() == run.store.verifyCache())
  }

  @Test func aTamperedCacheIsFoundAndRebuilt() throws {
    let start = try instant("2024-03-01T09:00:00Z")
    let store = try makeStore(questions(3), at: start)
    try store.answer(question(0), .good, at: start)
    try store.answer(question(1), .easy, at: start.addingTimeInterval(60))
    let good = try store.card(questionID: question(0).id)
    try store.execute("UPDATE card SET stability = stability * 2, reps = 7 WHERE reps > 0")
    try store.execute("UPDATE dailyCounter SET answers = 99")
    let report = try store.verifyCache()
    #expect(report.differingCards == 2 && report.differingDays == 1)
    #expect(try store.rebuildCache().differingCards == 2)
    #expect(try store.verifyCache().isConsistent)
    #expect(try store.card(questionID: question(0).id) == good)
  }
}
