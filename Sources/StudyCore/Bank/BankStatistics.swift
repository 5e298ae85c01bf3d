import Foundation
import NoteOutline

/// Question counts per note and kind, and what the gates dropped.
public struct BankStatistics: Equatable, Sendable, Codable {
  /// Counts for one note.
  public struct NoteCounts: Equatable, Sendable, Codable {
    /// The note's id.
    public var document: String
    /// Questions by kind (raw value).
    public var byKind: [String: Int]
    /// All questions of the note.
    public var total: Int
  }

  /// Schema version of the JSON form.
  public var version = 1
  /// Per note, in note order.
  public var notes: [NoteCounts]
  /// All questions.
  public var total: Int
  /// Candidates generated before the gates.
  public var candidates: Int
  /// Dropped candidates per gate (raw value).
  public var droppedByGate: [String: Int]

  /// Counts `bank`.
  public init(_ bank: QuestionBank) {
    var order: [String] = []
    var counts: [String: [String: Int]] = [:]
    for question in bank.questions {
      if counts[question.source.document] == nil { order.append(question.source.document) }
      counts[question.source.document, default: [:]][question.kind.rawValue, default: 0] += 1
    }
    notes = order.map { id in
      let byKind = counts[id] ?? [:]
      return NoteCounts(document: id, byKind: byKind, total: byKind.values.reduce(0, +))
    }
    total = bank.questions.count
    candidates = bank.report.candidates
    droppedByGate = Dictionary(
      uniqueKeysWithValues: bank.report.countsByGate.map { ($0.key.rawValue, $0.value) })
  }

  /// A text table: kinds down, notes across.
  public func table() -> String {
    let kinds = QuestionKind.allCases.map(\.rawValue).filter { kind in
      notes.contains { $0.byKind[kind] != nil }
    }
    let width = max(22, (kinds.map(\.count).max() ?? 0) + 2)
    var lines = [
      "kind".padding(toLength: width, withPad: " ", startingAt: 0)
        + notes.map { $0.document.padding(toLength: 28, withPad: " ", startingAt: 0) }.joined()
    ]
    for kind in kinds {
      lines.append(
        kind.padding(toLength: width, withPad: " ", startingAt: 0)
          + notes.map {
            String($0.byKind[kind] ?? 0).padding(toLength: 28, withPad: " ", startingAt: 0)
          }.joined())
    }
    lines.append(
      "total".padding(toLength: width, withPad: " ", startingAt: 0)
        + notes.map { String($0.total).padding(toLength: 28, withPad: " ", startingAt: 0) }
        .joined())
    let dropped = droppedByGate.values.reduce(0, +)
    lines.append(
      "\n\(total) questions from \(candidates) candidates; \(dropped) dropped by the quality gates"
        + " (`notedrill bank lint` explains).")
    return lines.joined(separator: "\n")
  }
}

/// The documented JSON listing of `notedrill bank list --json`.
public struct BankListing: Equatable, Sendable, Codable {
  /// Schema version.
  public var version = 1
  /// The questions.
  public var questions: [Question]

  /// Creates a listing.
  public init(questions: [Question]) { self.questions = questions }
}

/// Stable JSON: sorted keys, no escaped slashes, pretty printed.
public enum BankJSON {
  /// Encodes `value` as stable JSON text.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return JSONSafeText.escape(String(decoding: try encoder.encode(value), as: UTF8.self))
  }
}
