import Foundation
import NoteOutline
import ProgressStore
import StudyCore

/// Makes a progress report from the store and the notes, and writes it to a file; shared by
/// `notedrill report` and the Export report screen.
public struct ReportExport: Sendable {
  /// The store.
  public let database: AppDatabase
  /// The notes, for checklist completion.
  public let documents: [NoteDocument]
  /// The learner's time zone.
  public let timeZone: TimeZone

  /// An exporter over `database` and `documents`.
  public init(database: AppDatabase, documents: [NoteDocument], timeZone: TimeZone) {
    self.database = database
    self.documents = documents
    self.timeZone = timeZone
  }

  /// The report at `now`, with checklist completion from the notes and the store.
  public func report(at now: Date, since: Int? = nil) throws(StoreError) -> ProgressReport {
    var report = try database.report(at: now, timeZone: timeZone, since: since)
    let stored = try database.checklistItems().map { item in
      CheckedItem(
        document: item.document, text: item.text, line: item.line, isChecked: item.isChecked)
    }
    report.checklists = ChecklistProgress.perNote(documents, stored: stored)
    guard let folder = Self.commonFolder(documents.map(\.path)) else { return report }
    return report.relativizingPaths(to: folder)
  }

  /// The deepest folder holding every path, or `nil` when they share none.
  static func commonFolder(_ paths: [String]) -> String? {
    guard let first = paths.first else { return nil }
    var parts = first.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    for path in paths.dropFirst() {
      let other = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      let shared = zip(parts, other).prefix { $0 == $1 }.count
      parts = parts.prefix(shared)
    }
    let folder = parts.joined(separator: "/")
    return folder.isEmpty ? nil : folder
  }

  /// The report at `now` in `format`.
  public func text(_ format: ReportFormat, at now: Date, since: Int? = nil) throws -> String {
    switch format {
    case .markdown: return ReportMarkdown.render(try report(at: now, since: since))
    case .html: return ReportHTML.render(try report(at: now, since: since))
    case .json: return try ReportJSON.render(try report(at: now, since: since))
    case .csv:
      var rows = try database.reportQuestionRows(at: now, timeZone: timeZone)
      if let folder = Self.commonFolder(documents.map(\.path)) {
        let prefix = folder + "/"
        for index in rows.indices where rows[index].path.hasPrefix(prefix) {
          rows[index].path.removeFirst(prefix.count)
        }
      }
      return ReportCSV.render(rows)
    }
  }

  /// Writes `text` to `path` (`~` expanded, relative to the working folder) through
  /// ``FileReplacement``: a new file, or a regular one replaced in one atomic step (in place,
  /// synced, when it has other hard links or another owner); a symbolic link, a FIFO, a device
  /// or a read-only file is refused and left as it is. Returns the absolute path.
  ///
  /// - Throws: ``ReportWriteError`` with a one-line reason.
  @discardableResult
  public static func write(_ text: String, to path: String) throws(ReportWriteError) -> String {
    let trimmed = path.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { throw ReportWriteError(message: "no file name given") }
    let expanded = (trimmed as NSString).expandingTildeInPath
    let url = URL(fileURLWithPath: expanded).standardizedFileURL
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw ReportWriteError(message: "\(url.path) is a folder; give a file name")
    }
    let folder = url.deletingLastPathComponent()
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw ReportWriteError(message: "no folder \(folder.path)") }
    do {
      return try FileReplacement.write(
        Array(text.utf8), to: url.path, links: .refuse, creating: true)
    } catch {
      throw ReportWriteError(message: error.message)
    }
  }
}
