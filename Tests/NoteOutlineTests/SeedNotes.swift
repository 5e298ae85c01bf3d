import Foundation
import NoteOutline

/// The user's own notes in ../shared/seeds, when that folder exists beside the repository.
enum SeedNotes {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seeds")

  /// Whether the seeds are there; tests that need them are skipped with a notice otherwise.
  static var available: Bool {
    FileManager.default.fileExists(atPath: directory.appendingPathComponent("week3-review.md").path)
  }

  static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// Parses one seed note.
  static func load(_ name: String) throws -> NoteDocument {
    let text = try String(contentsOfFile: path(name), encoding: .utf8)
    return OutlineParser.parse(text, path: path(name))
  }

  /// The 1-based line of the first line of the file that contains `needle`.
  static func line(of needle: String, in name: String) throws -> Int? {
    let text = try String(contentsOfFile: path(name), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.firstIndex { $0.contains(needle) }.map { $0 + 1 }
  }
}

extension Flowchart {
  /// Edges as label pairs, for readable assertions.
  var labelledEdges: [(String, String)] {
    edges.map { (node($0.from)?.label ?? $0.from, node($0.to)?.label ?? $0.to) }
  }

  func hasEdge(_ from: String, _ to: String) -> Bool {
    labelledEdges.contains { $0.0 == from && $0.1 == to }
  }
}

extension Array where Element == Section {
  func titled(_ title: String) -> Section? { first { $0.heading?.title == title } }
}
