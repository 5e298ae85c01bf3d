import Foundation
import StudyCore

/// Runs a drill session over lines: questions printed, answers read one per line, each answer
/// saved before the next question. `q` or the end of input ends the session.
public final class PlainDrillRunner {
  private var session: DrillSession
  private let store: DrillStore
  private let readLine: () -> String?
  private let write: (String) -> Void
  private let clock: () -> Date

  /// A runner over `session`, saving to `store`, reading with `readLine`, printing with `write`
  /// (one line per call) and telling the time with `clock`.
  public init(
    session: DrillSession, store: DrillStore, readLine: @escaping () -> String?,
    write: @escaping (String) -> Void, clock: @escaping () -> Date
  ) {
    self.session = session
    self.store = store
    self.readLine = readLine
    self.write = write
    self.clock = clock
  }

  /// Runs to the end; returns the finished session.
  @discardableResult
  public func run() throws -> DrillSession {
    while let item = session.current {
      PlainText.question(item, number: session.records.count + 1, total: session.items.count)
        .forEach(write)
      guard try answer(item) else { break }
    }
    try perform(session.stop(at: clock()), item: nil)
    let now = clock()
    PlainText.summary(session, remaining: store.remaining(at: now).count, at: now).forEach(write)
    return session
  }

  /// Reads lines until the card is answered; false when the session should stop.
  private func answer(_ item: DrillItem) throws -> Bool {
    while true {
      guard let line = readLine() else { return false }
      switch PlainInput.parse(line, for: item.question) {
      case .stop: return false
      case .undo:
        try perform(session.undo(at: clock()), item: item)
        return true
      case .reveal:
        session.reveal()
        PlainText.revealed(item.question).forEach(write)
      case .invalid(let hint): write("Not an answer here. " + hint)
      case .respond(let response):
        try perform(session.submit(response, at: clock()), item: item)
        if case .nearMiss = session.phase, try !settleNearMiss(item) { return false }
        if case .answered = session.phase { try perform(session.next(at: clock()), item: item) }
        return true
      }
    }
  }

  /// Asks "count it as right?" until y or n; false at the end of input or `q`.
  private func settleNearMiss(_ item: DrillItem) throws -> Bool {
    guard case .nearMiss(let feedback) = session.phase else { return true }
    write(PlainText.nearMiss(given: feedback.given ?? "", question: item.question))
    while let line = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() {
      if line == "y" || line == "n" {
        try perform(session.resolveNearMiss(countAsRight: line == "y"), item: item)
        return true
      }
      if line == "q" { return false }
      write("Answer y or n.")
    }
    return false
  }

  /// Performs effects: saving prints the feedback with the interval the rating gave.
  private func perform(_ effects: [DrillEffect], item: DrillItem?) throws {
    for effect in effects {
      switch effect {
      case .saveAnswer(let answer):
        let outcome = try store.save(answer, at: clock())
        session.answerSaved(outcome, questionID: answer.questionID, at: clock())
        if let item, let record = session.records.last {
          let feedback = DrillFeedback(
            isCorrect: record.isCorrect, rating: record.rating, autoRating: record.rating,
            given: answer.given, typedGrade: nil, responseMs: record.responseMs, outcomes: nil)
          PlainText.feedback(
            feedback, question: item.question, outcome: outcome,
            related: item.related.isEmpty ? store.related(to: item.question) : item.related
          ).forEach(write)
        }
      case .undoLastAnswer:
        do {
          try store.undoLastAnswer()
          write("Undone: the last answer was taken back.")
        } catch is UndoRefused {
          write(
            "Not undone: another NoteDrill session answered this card since; your answer stays "
              + "in the log.")
        }
      case .loadOutcomes, .close: break
      }
    }
  }
}
