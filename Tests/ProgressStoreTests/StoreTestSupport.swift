import Foundation
import GRDB
import StudyCore
import Testing

@testable import ProgressStore

/// The instant written as an ISO-8601 timestamp; fails the test when the text is not one.
func instant(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Date {
  try #require(UTCTimestamp.parse(text), sourceLocation: sourceLocation)
}

/// A time zone by identifier; fails the test when unknown.
func zone(_ identifier: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> TimeZone
{
  try #require(TimeZone(identifier: identifier), sourceLocation: sourceLocation)
}

/// Coordinated Universal Time.
let utc = TimeZone(secondsFromGMT: 0) ?? .current

/// A synthetic question: `q` + 16 hex digits from `number`, in note order `number` unless given.
func question(
  _ number: Int, group: String? = nil, order: Int? = nil, topic: String = "AWS › Storage",
  terms: [String] = ["S3"], prompt: String? = nil
) -> Question {
  let hex = String(number, radix: 16)
  let id = "q" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
  return Question(
    id: id, kind: .termToDefinition, format: .singleChoice,
    prompt: prompt ?? "Question \(number)?", keys: ["key \(number)"],
    options: ["key \(number)", "other"], explanation: "Fact \(number).",
    source: SourceReference(
      document: "notes", path: "notes/notes.md", line: number + 1, headingPath: ["Storage"]),
    topic: topic, terms: terms, siblingGroup: group ?? "group-\(number)", language: .korean,
    order: order ?? number)
}

/// Questions 0..<count, each its own sibling group.
func questions(_ count: Int) -> [Question] { (0..<count).map { question($0) } }

/// An in-memory store (production configuration) reconciled with `bank` at `now`.
func makeStore(_ bank: [Question], at now: Date) throws -> AppDatabase {
  let store = try AppDatabase.inMemory()
  try store.reconcile(with: bank, at: now)
  return store
}

extension AppDatabase {
  /// Answers `question` with `rating` (drill mode, no fuzz).
  @discardableResult
  func answer(
    _ question: Question, _ rating: Rating, at now: Date, timeZone: TimeZone = utc,
    fuzz: Double? = nil
  ) throws -> AnswerReceipt {
    try recordAnswer(
      Answer(questionID: question.id, rating: rating, responseMs: 1500, fuzz: fuzz), at: now,
      timeZone: timeZone)
  }

  /// The ids of today's queue, in order.
  func queueIDs(at now: Date, timeZone: TimeZone = utc) throws -> [String] {
    try todayQueue(at: now, timeZone: timeZone).entries.map(\.questionID)
  }

  /// Runs raw SQL, for tests that tamper with the file.
  func execute(_ sql: String) throws {
    try writer.write { db in try db.execute(sql: sql) }
  }

  /// One integer from SQL.
  func integer(_ sql: String) throws -> Int {
    try writer.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
  }
}

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The store file inside the folder.
  var store: URL { url.appendingPathComponent("progress.sqlite") }

  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}

/// A deterministic generator (SplitMix64) for seeded random tests.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
