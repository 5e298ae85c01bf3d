import ArgumentParser
import Foundation
import NoteOutline
import ProgressStore
import StudyCore

/// `notedrill report-demo` (hidden): fills the store with a synthetic learner's history (a
/// seeded simulation, never real data) so that the report and the Stats screen can be looked
/// at and screenshotted. Refuses a store that already has answers.
struct ReportDemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report-demo", abstract: "Fill an empty store with a simulated history.",
    shouldDisplay: false)

  @OptionGroup var notesOptions: NotesOptions
  @Option(parsing: .unconditional, help: "Days of history, ending yesterday.") var days = 75
  @Option(parsing: .unconditional, help: "New cards a study day.") var newPerDay = 25
  @Option(parsing: .unconditional, help: "Seed of the simulation.") var seed: UInt64 = 2026

  func validate() throws {
    guard (1...3650).contains(days), (0...1000).contains(newPerDay) else {
      throw ValidationError("need 1 <= --days <= 3650 and 0 <= --new-per-day <= 1000")
    }
  }

  func run() throws {
    let (loaded, bank) = try BankLoader.bank(notesOptions)
    let database = try StoreAccess.openReconciled(with: bank, notes: notesOptions)
    let now = StoreAccess.now()
    let stats = try StoreAccess.attempt { () throws(StoreError) in
      try database.stats(at: now, timeZone: StoreAccess.timeZone)
    }
    guard stats.reviews.total == 0 else {
      StandardError.print("error: the store already has answers; use an empty NOTEDRILL_HOME")
      throw ExitCode(1)
    }
    var simulation = DemoLearner(questions: bank.questions, seed: seed)
    let history = simulation.history(days: days, newPerDay: newPerDay, endingBefore: now)
    try StoreAccess.attempt { () throws(StoreError) in
      try database.importAnswers(history, timeZone: StoreAccess.timeZone)
      for exam in simulation.exams(days: days, endingBefore: now) {
        let attempt = try database.startExam(
          questionIDs: exam.questions.map(\.id),
          domains: exam.questions.map { $0.topic.components(separatedBy: " › ").first ?? "" },
          at: exam.start)
        guard let id = attempt.id else { continue }
        for (position, correct) in exam.correct.enumerated() {
          try database.recordExamAnswer(
            attemptID: id, position: position, answer: nil, isCorrect: correct,
            timeSpentMs: 20_000 + position * 700, at: exam.start.addingTimeInterval(60))
        }
        try database.finishExam(
          attemptID: id, at: exam.start.addingTimeInterval(1800), timeZone: StoreAccess.timeZone)
      }
      try tickChecklists(database, loaded.documents, now: now)
    }
    print("simulated \(history.count) answers over \(days) days into \(database.displayPath)")
  }

  /// Ticks the first half of each note's checklist.
  private func tickChecklists(_ database: AppDatabase, _ documents: [NoteDocument], now: Date)
    throws(StoreError)
  {
    for document in documents {
      let items = Checklists.items(in: document)
      for (index, item) in items.enumerated() where index < items.count / 2 {
        try database.setChecklistItem(
          ChecklistItemState(
            id: "demo-\(document.id)-\(item.line)", document: document.id, path: document.path,
            line: item.line, text: item.text, isChecked: true,
            updatedAt: UTCTimestamp.unixMicros(now)))
      }
    }
  }
}

/// A seeded simulated learner: studies most evenings, recalls with the scheduler's own
/// predicted probability, takes a mock exam every three weeks.
struct DemoLearner {
  let questions: [Question]
  let scheduler = FSRSScheduler()
  var state: UInt64
  var cards: [String: SchedulingCard] = [:]

  init(questions: [Question], seed: UInt64) {
    self.questions = questions
    state = seed
  }

  mutating func unit() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Double((z ^ (z >> 31)) >> 11) / Double(UInt64(1) << 53)
  }

  mutating func history(days: Int, newPerDay: Int, endingBefore now: Date) -> [ImportedAnswer] {
    var answers: [ImportedAnswer] = []
    var nextNew = 0
    for day in 0..<days {
      // Busier near the end, a few days off.
      guard unit() < 0.55 + 0.4 * Double(day) / Double(days) else { continue }
      var at = now.addingTimeInterval(Double(day - days) * 86_400 - 3 * 3600)
      let due = cards.filter { $0.value.due <= at }.keys.sorted()
      let fresh = questions[nextNew..<min(questions.count, nextNew + newPerDay)].map(\.id)
      nextNew += fresh.count
      for id in due.prefix(200) + fresh {
        let card = cards[id] ?? SchedulingCard.new(due: at)
        let recall = card.lastReview == nil ? 0.7 : scheduler.retrievability(of: card, at: at)
        let u = unit()
        let rating: Rating =
          u > recall ? .again : u > recall * 0.85 ? .hard : u < 0.08 ? .easy : .good
        guard let outcome = try? scheduler.review(card, rating: rating, at: at) else { continue }
        cards[id] = outcome.card
        answers.append(
          ImportedAnswer(
            questionID: id, rating: rating, at: at, responseMs: 3000 + Int(unit() * 9000)))
        at = at.addingTimeInterval(7)
      }
    }
    return answers.sorted { $0.at < $1.at }
  }

  mutating func exams(days: Int, endingBefore now: Date)
    -> [(start: Date, questions: [Question], correct: [Bool])]
  {
    let studied = questions.filter { cards[$0.id] != nil }
    guard studied.count >= 20 else { return [] }
    var result: [(Date, [Question], [Bool])] = []
    for day in stride(from: days % 21 + 7, to: days, by: 21) {
      let start = now.addingTimeInterval(Double(day - days) * 86_400 - 5 * 3600)
      let picked = (0..<20).map { _ in studied[Int(unit() * Double(studied.count))] }
      let skill = 0.45 + 0.45 * Double(day) / Double(days)
      result.append((start, picked, picked.map { _ in unit() < skill }))
    }
    return result
  }
}
