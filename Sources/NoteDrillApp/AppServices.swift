import Foundation
import StudyCore

/// What the app runner needs beyond the drill store: today's numbers, a session, stats.
public protocol AppServices: DrillStore {
  /// Today's numbers for the home screen.
  func homeNumbers(at now: Date) -> HomeNumbers
  /// Today's drill session.
  func drillSession(at now: Date) throws -> DrillSession
  /// The progress report for the stats page.
  func report(at now: Date) -> ProgressReport?
  /// A fresh export screen (study day and working folder for the file name).
  func exportScreen(at now: Date) -> ExportScreen
  /// Writes the report in `format` to `path`: the absolute path written, or why not.
  func exportReport(_ format: ReportFormat, to path: String, at now: Date)
    -> Result<String, ReportWriteError>
  /// Mock exams, when the app has them.
  var exams: ExamServices? { get }
}

extension AppServices {
  /// No mock exams unless the services provide them.
  public var exams: ExamServices? { nil }
}
