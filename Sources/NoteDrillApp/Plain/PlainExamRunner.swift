import Foundation
import StudyCore

/// Runs a mock exam over lines: each question printed with the time left, one answer per line
/// (a number, numbers with commas for multiple response, text for typed answers; an empty line
/// leaves it blank, `f` flags it, `q` hands in). After the last answer, at the end of input or
/// when time is up the exam is handed in and the results printed.
public final class PlainExamRunner {
  private var session: ExamSession
  private let perform: (ExamEffect) throws -> Void
  private let readLine: () -> String?
  private let write: (String) -> Void
  private let clock: () -> Date

  /// A runner over `session`; `perform` saves what the session asks (before the next line).
  public init(
    session: ExamSession, perform: @escaping (ExamEffect) throws -> Void,
    readLine: @escaping () -> String?, write: @escaping (String) -> Void,
    clock: @escaping () -> Date
  ) {
    self.session = session
    self.perform = perform
    self.readLine = readLine
    self.write = write
    self.clock = clock
  }

  /// Runs to the results; returns the handed-in session.
  @discardableResult
  public func run() throws -> ExamSession {
    var position = session.index
    while session.result == nil, position < session.slots.count {
      try apply(session.go(to: position, at: clock()))
      guard session.result == nil else { break }
      PlainExamText.question(session).forEach(write)
      var moveOn: Bool? = false
      while moveOn == false, session.result == nil { moveOn = try ask() }
      guard moveOn != nil else { break }
      position += 1
    }
    if session.result == nil { try apply(session.submit(at: clock())) }
    if let result = session.result {
      if result.timedOut { write("Time is up: the exam was handed in.") }
      PlainExamText.results(session, result: result).forEach(write)
    }
    return session
  }

  /// Reads one line for the question on screen: true to go on, false to ask it again, `nil`
  /// to hand in.
  private func ask() throws -> Bool? {
    guard let line = readLine() else { return nil }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard let slot = session.current else { return nil }
    switch trimmed {
    case "q": return nil
    case "": return true
    case "f":
      try apply(session.toggleFlag(at: clock()))
      let flagged = session.current?.isFlagged == true
      write(flagged ? "Flagged \(session.index + 1)." : "Flag removed from \(session.index + 1).")
      return false
    default: break
    }
    switch PlainInput.parse(trimmed, for: slot.pick.question) {
    case .respond(let response):
      try apply(session.answer(response, at: clock()))
      if session.settings.mode == .practice, let answered = session.current, session.result == nil {
        PlainExamText.practiceFeedback(answered).forEach(write)
      }
      return true
    case .stop: return nil
    case .undo, .reveal, .invalid:
      write("Not an answer here. " + PlainExamText.hint(for: slot.pick.question))
      return false
    }
  }

  private func apply(_ effects: [ExamEffect]) throws {
    for effect in effects { try perform(effect) }
  }
}
