import Foundation
import StudyCore

/// An interrupted attempt that can be taken up again.
public struct ExamResumeOffer: Equatable, Sendable {
  /// The attempt rebuilt where it stopped.
  public var session: ExamSession
  /// When it began.
  public var startedAt: Date

  /// Creates an offer.
  public init(session: ExamSession, startedAt: Date) {
    self.session = session
    self.startedAt = startedAt
  }
}
