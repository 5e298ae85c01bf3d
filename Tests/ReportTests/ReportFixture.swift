import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore
import TestSupport
import Testing

/// A synthetic history with known numbers, in UTC with days starting at 4 am:
///
/// - five questions in two notes; the first prompt and a topic hold `<script>`, `&`, `|` and
///   backticks;
/// - day 0 (2024-03-01): q0 Easy, q1 Good, q2 Easy, q3 Again; 15 minutes later q1 Good, q3 Good;
/// - days 1-8: q0 forgotten (Again) and relearned (Good 10 minutes later) each day: 8 lapses
///   make it a leech (suspended);
/// - day 10: q2 Good; day 12: q1 Again then Good;
/// - exams handed in on days 5 and 11 (three questions, domains "Storage & <Data>" and
///   "Network | VPC"): 1 of 3 then 2 of 3 right;
/// - a checklist note with three items, one ticked in the note and one ticked in NoteDrill;
/// - the report is made on day 14 at 10:00.
enum ReportFixture {
  static let utc = TimeZone(secondsFromGMT: 0) ?? .current
  static let start = Date(timeIntervalSince1970: 1_709_283_600)  // 2024-03-01T09:00:00Z
  static let now = day(14).addingTimeInterval(3600)
  static let nasty = "Which <script>alert(\"x\")</script> & a|b `s3` bucket?"

  static func day(_ number: Double) -> Date { start.addingTimeInterval(number * 86_400) }

  static let checklistNote = """
    # Study plan

    ## This week

    - [x] Read the S3 `docs` & <notes>
    - [ ] VPC | subnet lab
    - [ ] Route 53 quiz
    """

  static var documents: [NoteDocument] {
    [OutlineParser.parse(checklistNote, path: "notes/plan.md")]
  }

  static func question(_ number: Int, note: String, topic: String, prompt: String) -> Question {
    Question(
      id: "q000000000000000\(number)", kind: .termToDefinition, format: .singleChoice,
      prompt: prompt, keys: ["key \(number)"], options: ["key \(number)", "other"],
      explanation: "Fact \(number).",
      source: SourceReference(
        document: note, path: "notes/\(note).md", line: 10 + number, headingPath: [topic]),
      topic: topic, terms: ["T\(number)"], siblingGroup: "g\(number)", language: .english,
      order: number)
  }

  static let questions = [
    question(0, note: "storage", topic: "Storage › S3 & `Glacier`", prompt: nasty),
    question(1, note: "storage", topic: "Storage › S3 & `Glacier`", prompt: "What is S3?"),
    question(2, note: "network", topic: "Network › VPC | Subnets", prompt: "What is a VPC?"),
    question(3, note: "network", topic: "Network › VPC | Subnets", prompt: "What is a subnet?"),
    question(4, note: "network", topic: "Network › Route 53", prompt: "What is Route 53?"),
  ]

  /// A store holding the whole history.
  static func store() throws -> AppDatabase {
    let store = try AppDatabase.inMemory()
    try store.reconcile(with: questions, at: start)
    func answer(_ index: Int, _ rating: Rating, _ at: Date) throws {
      try store.recordAnswer(
        Answer(questionID: questions[index].id, rating: rating, responseMs: 2000), at: at,
        timeZone: utc)
    }
    try answer(0, .easy, start)
    try answer(1, .good, start)
    try answer(2, .easy, start)
    try answer(3, .again, start)
    try answer(1, .good, start.addingTimeInterval(900))
    try answer(3, .good, start.addingTimeInterval(900))
    for number in 1...8 {
      try answer(0, .again, day(Double(number)))
      try answer(0, .good, day(Double(number)).addingTimeInterval(600))
    }
    try answer(2, .good, day(10))
    try answer(1, .again, day(12))
    try answer(1, .good, day(12).addingTimeInterval(600))
    try exam(store, on: day(5), right: [true, false, false])
    try exam(store, on: day(11), right: [true, true, false])
    let plan = documents[0]
    let lab = try #require(Checklists.items(in: plan).first { $0.text.contains("VPC") })
    try store.setChecklistItem(
      ChecklistItemState(
        id: "lab", document: plan.id, path: plan.path, line: lab.line, text: lab.text,
        isChecked: true, updatedAt: 0))
    return store
  }

  private static func exam(_ store: AppDatabase, on date: Date, right: [Bool]) throws {
    let attempt = try store.startExam(
      questionIDs: [questions[1].id, questions[2].id, questions[3].id],
      domains: ["Storage & <Data>", "Network | VPC", "Network | VPC"], at: date)
    let id = try #require(attempt.id)
    for (position, correct) in right.enumerated() {
      try store.recordExamAnswer(
        attemptID: id, position: position, answer: "a", isCorrect: correct, timeSpentMs: 30_000,
        at: date.addingTimeInterval(60))
    }
    try store.finishExam(attemptID: id, at: date.addingTimeInterval(600), timeZone: utc)
  }

  /// The report of the fixture's store.
  static func report(since: Int? = nil) throws -> ProgressReport {
    try ReportExport(database: try store(), documents: documents, timeZone: utc)
      .report(at: now, since: since)
  }

  /// The report goldens in `Golden/` beside this file.
  static let goldens = GoldenFiles(besides: #filePath)

  /// Compares `text` with the golden file `name` (see ``GoldenFiles/expect(_:_:sourceLocation:)``).
  static func expectGolden(
    _ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try goldens.expect(text, name, sourceLocation: sourceLocation)
  }
}
