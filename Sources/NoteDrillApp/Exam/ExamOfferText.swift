import Foundation

/// How an interrupted exam is described when it is offered again.
public enum ExamOfferText {
  /// `exam #3 (5 questions, 2 answered) with 4:59 left.`
  public static func describe(_ offer: ExamResumeOffer) -> String {
    let session = offer.session
    let answered = session.slots.filter { $0.given != nil }.count
    return "exam #\(session.attemptID) (\(session.slots.count) questions, \(answered) answered) "
      + "with " + ExamText.countdown(session) + "."
  }
}
