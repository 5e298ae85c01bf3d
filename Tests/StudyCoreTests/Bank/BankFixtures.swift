import Foundation
import NoteOutline
import StudyCore

/// Notes and alias lists the bank tests build from.
enum BankFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let content = root.appendingPathComponent("Content")
  static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
  static let seedNames = ["week3-review.md", "design-patterns.md", "architecting-on-aws.md"]
  static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

  static var corpusAvailable: Bool {
    FileManager.default.fileExists(atPath: corpus.appendingPathComponent("SOURCES.md").path)
  }

  /// The other learners' notes, each built on its own (as a learner studies one note).
  static func corpusBanks() throws -> [(String, QuestionBank)] {
    try NoteLoader.markdownFiles(in: corpus.path).filter { !$0.hasSuffix("SOURCES.md") }.map {
      let note = try parse(URL(fileURLWithPath: $0))
      return (note.id, QuestionBank.build([note], aliases: aliases))
    }
  }

  static var seedsAvailable: Bool {
    FileManager.default.fileExists(atPath: seeds.appendingPathComponent(seedNames[0]).path)
  }

  static let aliases: AliasTable = {
    let text =
      (try? String(contentsOf: content.appendingPathComponent("aliases.txt"), encoding: .utf8))
      ?? ""
    return AliasTable.parse(text).table
  }()

  static func parse(_ url: URL) throws -> NoteDocument {
    OutlineParser.parse(try String(contentsOf: url, encoding: .utf8), path: url.path)
  }

  static func contentNotes() throws -> [NoteDocument] {
    try NoteLoader.markdownFiles(in: content.path).map { try parse(URL(fileURLWithPath: $0)) }
  }

  static func seedNotes() throws -> [NoteDocument] {
    try seedNames.map { try parse(seeds.appendingPathComponent($0)) }
  }

  /// Banks are built once per process: they are pure functions of the notes.
  static let contentBank: QuestionBank? = try? QuestionBank.build(contentNotes(), aliases: aliases)
  static let seedBank: QuestionBank? =
    seedsAvailable ? try? QuestionBank.build(seedNotes(), aliases: aliases) : nil
}

extension QuestionBank {
  func questions(_ kind: QuestionKind, in document: String? = nil) -> [Question] {
    questions.filter { $0.kind == kind && (document == nil || $0.source.document == document) }
  }

  /// Counts by kind for one note, kinds with no question left out.
  func counts(for document: String) -> [QuestionKind: Int] {
    var counts: [QuestionKind: Int] = [:]
    for question in questions where question.source.document == document {
      counts[question.kind, default: 0] += 1
    }
    return counts
  }
}
