import Foundation
import StudyCore

/// What the app runner needs for mock exams.
public protocol ExamServices: AnyObject {
  /// The start screen: format, past scores, the interrupted exam.
  func startScreen(at now: Date) -> ExamStartScreen
  /// Draws and stores a new exam (dropping an interrupted one).
  func newExam(mode: ExamMode, at now: Date) throws -> ExamSession
  /// The interrupted exam, rebuilt.
  func resume(at now: Date) throws -> ExamSession?
  /// Saves what the session asks.
  func perform(_ effect: ExamEffect, attemptID: Int64, at now: Date) throws
  /// A new exam over `picks`, with the settings of the exam it comes from.
  func retake(_ picks: [ExamPick], after settings: ExamSettings, at now: Date) throws
    -> ExamSession
  /// Scores (percent) of handed-in attempts, oldest first.
  func trend() -> [Int]
}
