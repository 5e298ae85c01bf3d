import Foundation
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore
import Testing

@testable import NoteDrillApp

/// The daily drill in plain mode over the learner's own notes (skipped without them): the
/// order new cards come in.
@Suite struct SeedStudyOrderTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
  static var seedsAvailable: Bool {
    FileManager.default.fileExists(atPath: seeds.appendingPathComponent("week3-review.md").path)
  }

  /// What to type for the question printed last: a wrong-ish but valid answer of its format.
  static func answer(after output: [String]) -> String {
    let shown = output.suffix(from: output.lastIndex { $0.hasPrefix("Q ") } ?? 0)
    let options = shown.filter { $0.hasPrefix("  ") && $0.contains(". ") }.count
    let hint = shown.last ?? ""
    if hint.hasPrefix("Answer with the numbers in order") {
      return (1...max(1, options)).map(String.init).joined(separator: ",")
    }
    if hint.hasPrefix("Answer with") { return "1" }
    if hint.hasPrefix("Recall it") { return "3" }
    return "모름"
  }

  @Test(.enabled(if: seedsAvailable, "needs ../shared/seeds"))
  func theFirstTwentyNewQuestionsSpanNotesAndTopicsAndNeverClash() throws {
    let aliasText =
      (try? String(
        contentsOf: Self.root.appendingPathComponent("Content/aliases.txt"), encoding: .utf8))
      ?? ""
    let notes = NoteLoader.load(paths: [Self.seeds.path]).documents
    let bank = QuestionBank.build(notes, aliases: AliasTable.parse(aliasText).table)
    let database = try AppDatabase.inMemory()
    try database.reconcile(with: bank.questions, at: Fixtures.start)
    let utc = TimeZone(secondsFromGMT: 0) ?? .current
    let (items, _) = try ProgressDrillStore.items(
      database: database, questions: bank.questions, at: Fixtures.start, timeZone: utc,
      limit: nil)
    #expect(items.count == 20)
    var output: [String] = []
    var lines = 0
    // The clock stands still, so no repeat comes due before the queue is done.
    let runner = PlainDrillRunner(
      session: DrillSession(items: items, at: Fixtures.start),
      store: ProgressDrillStore(database: database, timeZone: utc),
      readLine: {
        lines += 1
        return lines > 60 ? nil : Self.answer(after: output)
      }, write: { output.append($0) }, clock: { Fixtures.start })
    _ = try runner.run()
    let asked = try database.reviewLog().prefix(20).map(\.questionID)
    #expect(asked.count == 20)
    let byID = Dictionary(bank.questions.map { ($0.id, $0) }) { first, _ in first }
    let questions = asked.compactMap { byID[$0] }
    #expect(Set(questions.map(\.source.document)).count >= 2)
    #expect(Set(questions.map(\.topic)).count >= 8, "\(Set(questions.map(\.topic)))")
    for (a, b) in zip(questions, questions.dropFirst()) {
      #expect(a.siblingGroup != b.siblingGroup)
      #expect(Set(a.terms).isDisjoint(with: b.terms), "\(a.prompt) / \(b.prompt)")
      let shared = Set(a.options).intersection(b.options).count
      #expect(
        a.options.isEmpty || b.options.isEmpty || shared < min(3, a.options.count, b.options.count),
        "\(a.options) / \(b.options)")
    }
  }
}
