import Foundation
import StudyCore

/// What a drill runner needs from the progress store; the real one is ``ProgressDrillStore``.
public protocol DrillStore: AnyObject {
  /// Records an answer (committed before returning); returns what the scheduler did.
  func save(_ answer: Answer, at now: Date) throws -> ReviewOutcome?
  /// Removes this session's last recorded answer; throws ``UndoRefused`` when another session
  /// answered the same card since.
  func undoLastAnswer() throws
  /// The interval each rating would give the card now.
  func outcomes(questionID: String, at now: Date) -> RatingOutcomes?
  /// Cards still due today after the session, and when the next learning step comes due.
  func remaining(at now: Date) -> (count: Int, nextLearningDue: Date?)
  /// The concepts next to `question`'s in the concept graph, for the answer screen.
  func related(to question: Question) -> [RelatedConcept]
}

/// An undo the store would not do because another session (a second drill on the same store)
/// answered the same card since; the session goes on with the answer kept.
public struct UndoRefused: Error, Equatable, Sendable {
  /// The refusal.
  public init() {}
}

extension DrillStore {
  /// No concept graph: nothing related.
  public func related(to question: Question) -> [RelatedConcept] { [] }
}
