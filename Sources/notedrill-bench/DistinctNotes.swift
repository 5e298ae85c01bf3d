import Foundation
import NoteOutline
import StudyCore

/// Notes whose facts are all distinct, written by `scripts/distinct-notes.py` into
/// `.build/bench-notes/<size>mb`: Content/ (and ../shared/corpus when present) copied with
/// every name, heading and table cell made unique per copy, so the bank's duplicate-fact rule
/// skips nothing. The repeated corpus (`OutlineBench.corpus`) stays as a second, labelled figure.
struct DistinctNotes {
  /// The folder the notes are in.
  var folder: String
  /// What the script says it wrote (size, notes, copies, sources).
  var summary: String

  /// Writes (or reuses) `megabytes` of distinct notes; `nil` with a printed reason when the
  /// script cannot run (no python3).
  static func make(megabytes: Double) -> DistinctNotes? {
    let name = megabytes < 1 ? String(format: "%.1fmb", megabytes) : "\(Int(megabytes))mb"
    let folder = Bench.packageRoot.appendingPathComponent(".build/bench-notes/\(name)").path
    let script = Bench.packageRoot.appendingPathComponent("scripts/distinct-notes.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, "--mb", String(megabytes), "--out", folder]
    let output = Pipe()
    process.standardOutput = output
    do {
      try process.run()
    } catch {
      print("distinct notes: cannot run \(script): \(error)")
      return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      print("distinct notes: \(script) failed (status \(process.terminationStatus))")
      return nil
    }
    let summary = String(decoding: data, as: UTF8.self).trimmingCharacters(
      in: .whitespacesAndNewlines)
    return DistinctNotes(folder: folder, summary: summary)
  }

  /// The notes' paths, in the order the app reads them.
  var paths: [String] { NoteLoader.markdownFiles(in: folder) }

  /// The notes' texts, in order.
  func texts() -> [String] {
    paths.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
  }

  /// The alias lists the app would use on this folder: Content/aliases.txt, then the folder's
  /// own (the copies' names tagged like the notes).
  func aliases() -> AliasTable {
    var table = OutlineBench.contentAliases()
    if let text = try? String(contentsOfFile: folder + "/aliases.txt", encoding: .utf8) {
      table.merge(AliasTable.parse(text).table)
    }
    return table
  }

  /// Bytes of notes.
  func bytes() -> Int {
    paths.reduce(0) { total, path in
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      return total + (size ?? 0)
    }
  }
}
