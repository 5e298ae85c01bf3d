import ArgumentParser
import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore

extension ReportFormat: ExpressibleByArgument {}

/// `notedrill report`: the progress report as Markdown, HTML, JSON or CSV.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a progress report: Markdown, one HTML page, JSON or CSV.",
    discussion: """
      The report has a summary (days studied, streak, answers, true retention, cards by state, \
      time spent), mastery per note and topic (weakest first), checklist completion, mock \
      exams with scores per domain and the trend, activity over the last 90 days, the due \
      forecast for the next 30 days, retention by interval and leeches. CSV has one row per \
      question instead. --since limits the activity figures (answers, time, retention, exams, \
      the activity chart) to that study day and after. Without -o the report goes to \
      standard output.
      """)

  @OptionGroup var notesOptions: NotesOptions
  @Option(name: .long, help: "md, html, json or csv.") var format: ReportFormat = .markdown
  @Option(name: [.short, .customLong("output")], help: "Write to this file.") var output: String?
  @Option(
    name: .long, help: ArgumentHelp("Count activity from this day on.", valueName: "YYYY-MM-DD"))
  var since: String?

  func validate() throws {
    if let since, AppDatabase.studyDayNumber(named: since) == nil {
      throw ValidationError("--since takes a date as YYYY-MM-DD, not '\(since)'.")
    }
    if let output, output.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("-o needs a file name.")
    }
  }

  func run() throws {
    let (loaded, bank) = try BankLoader.bank(notesOptions)
    let database = try StoreAccess.openReconciled(with: bank, notes: notesOptions)
    let exporter = ReportExport(
      database: database, documents: loaded.documents, timeZone: StoreAccess.timeZone)
    let text: String
    do {
      text = try exporter.text(
        format, at: StoreAccess.now(), since: since.flatMap(AppDatabase.studyDayNumber(named:)))
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    guard let output else {
      TerminalOutput.write(text, to: .standardOutput)
      return
    }
    do {
      let path = try ReportExport.write(text, to: output)
      print("wrote \(path) (\(ReportCommand.size(text.utf8.count)))")
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
  }

  /// `12.3 KB`.
  static func size(_ bytes: Int) -> String {
    bytes < 1024 ? "\(bytes) bytes" : String(format: "%.1f KB", Double(bytes) / 1024)
  }
}
