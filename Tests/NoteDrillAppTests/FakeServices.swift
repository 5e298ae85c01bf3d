import Foundation
import ProgressStore
import StudyCore

@testable import NoteDrillApp

/// In-memory services: answers kept in a list, fixed numbers and intervals.
final class FakeServices: AppServices {
  var saved: [Answer] = []
  var exported: [(ReportFormat, String)] = []
  var progressReport: ProgressReport?
  var questions: [Question]
  let numbers = HomeNumbers(
    due: 12, learning: 3, new: 20, doneToday: 7, streak: 4, retention: 0.912)

  init(questions: [Question]) {
    self.questions = questions
  }

  func homeNumbers(at now: Date) -> HomeNumbers { numbers }

  func drillSession(at now: Date) throws -> DrillSession {
    DrillSession(
      items: questions.map { DrillItem(question: $0, reason: .review) },
      grader: TypedAnswerGrader(otherTerms: ["SNS", "SQS", "VPC"]), at: now)
  }

  func report(at now: Date) -> ProgressReport? { progressReport }

  func exportScreen(at now: Date) -> ExportScreen {
    ExportScreen(studyDay: "2024-03-01", folder: "/home/learner")
  }

  func exportReport(_ format: ReportFormat, to path: String, at now: Date)
    -> Result<String, ReportWriteError>
  {
    exported.append((format, path))
    return path.hasPrefix("/") ? .success(path) : .failure(ReportWriteError(message: "no folder x"))
  }

  func save(_ answer: Answer, at now: Date) throws -> ReviewOutcome? {
    saved.append(answer)
    return nil
  }

  func undoLastAnswer() throws { _ = saved.popLast() }

  /// 1 minute, 6 minutes, 1 day, 4 days.
  func outcomes(questionID: String, at now: Date) -> RatingOutcomes? {
    func outcome(_ rating: Rating, minutes: Double, days: Int) -> ReviewOutcome {
      let card = SchedulingCard.new(due: now)
      var after = card
      after.due = now.addingTimeInterval(minutes * 60)
      return ReviewOutcome(
        card: after, rating: rating, reviewedAt: now, elapsedDays: nil, retrievabilityBefore: 0,
        intervalDays: days)
    }
    return RatingOutcomes(
      again: outcome(.again, minutes: 1, days: 0), hard: outcome(.hard, minutes: 6, days: 0),
      good: outcome(.good, minutes: 1440, days: 1), easy: outcome(.easy, minutes: 5760, days: 4))
  }

  func remaining(at now: Date) -> (count: Int, nextLearningDue: Date?) { (2, nil) }

  /// From the fixture graph, looked up when an answer is shown.
  func related(to question: Question) -> [RelatedConcept] { Fixtures.links.related(to: question) }
}
