import Foundation
import StudyCore

/// What a drill runner needs from the progress store; the real one is ``ProgressDrillStore``.
public protocol DrillStore: AnyObject {
  /// Records an answer (committed before returning); returns what the scheduler did.
  func save(_ answer: Answer, at now: Date) throws -> ReviewOutcome?
  /// Removes the last recorded answer.
  func undoLastAnswer() throws
  /// The interval each rating would give the card now.
  func outcomes(questionID: String, at now: Date) -> RatingOutcomes?
  /// Cards still due today after the session, and when the next learning step comes due.
  func remaining(at now: Date) -> (count: Int, nextLearningDue: Date?)
  /// The concepts next to `question`'s in the concept graph, for the answer screen.
  func related(to question: Question) -> [RelatedConcept]
}

extension DrillStore {
  /// No concept graph: nothing related.
  public func related(to question: Question) -> [RelatedConcept] { [] }
}
