import ArgumentParser
import Foundation
import NoteDrillApp
import ProgressStore
import StudyCore

/// The mock exam's defaults.
enum ExamSetup {
  /// The associate exam's defaults: 65 questions, 130 minutes, timed.
  static let defaultRequest = ExamRequest(
    questionCount: 65, settings: ExamSettings(seed: 0, mode: .timed, timeLimitSeconds: 130 * 60))
}

extension AppSetup {
  /// Draws and stores a new attempt.
  func newExamSession(_ request: ExamRequest, at now: Date) throws -> ExamSession {
    let picks: [ExamPick]
    do {
      picks = try request.picks(from: bank.questions, titles: titles)
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    if picks.count < request.questionCount {
      StandardError.print(
        "note: the notes give \(picks.count) questions for this exam (asked for "
          + "\(request.questionCount)).")
    }
    let recorder = recorder
    return try StoreAccess.attempt { () throws(StoreError) in
      try recorder.start(picks, settings: request.settings, at: now)
    }
  }

  /// The session to run without the start screen: the interrupted one with `resume`, else a
  /// new one. With an interrupted exam and neither `resume` nor `startNew`, says so and
  /// returns `nil`.
  func examSession(_ request: ExamRequest, resume: Bool, startNew: Bool) throws -> ExamSession? {
    let now = StoreAccess.now()
    let recorder = recorder
    let offer = try StoreAccess.attempt { () throws(StoreError) in try recorder.unfinished(at: now)
    }
    if let offer {
      if resume {
        StoreAccess.printNow("Resuming " + ExamOfferText.describe(offer))
        return offer.session
      }
      if !startNew {
        StandardError.print(
          "error: an exam was interrupted: " + ExamOfferText.describe(offer)
            + " `notedrill exam --resume` continues it; `notedrill exam --new` drops it.")
        return nil
      }
      try StoreAccess.attempt { () throws(StoreError) in
        try recorder.abandon(attemptID: offer.session.attemptID, at: now)
      }
    } else if resume {
      StandardError.print("error: there is no interrupted exam to resume.")
      return nil
    }
    return try newExamSession(request, at: now)
  }

  /// Runs `session` in plain lines, each effect saved before the next line is read.
  func runPlainExam(_ session: ExamSession) throws {
    let recorder = recorder
    StoreAccess.printNow(PlainExamText.header(session))
    let runner = PlainExamRunner(
      session: session,
      perform: { effect in
        try recorder.perform(effect, attemptID: session.attemptID, at: StoreAccess.now())
      },
      readLine: { Swift.readLine(strippingNewline: true) }, write: StoreAccess.printNow,
      clock: StoreAccess.now)
    do {
      try runner.run()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
  }

  /// The full-screen exam: the start screen (with the interrupted exam offered), the exam,
  /// the results.
  func runExamTerminal(request: ExamRequest, fixedSeed: UInt64?, resume: Bool, startNew: Bool)
    throws
  {
    let exams = examServices(request, fixedSeed: fixedSeed)
    let route: Route
    if resume || startNew {
      guard let session = try examSession(request, resume: resume, startNew: startNew) else {
        throw ExitCode(1)
      }
      route = .exam(ExamScreen(session: session))
    } else {
      route = .examStart(exams.startScreen(at: StoreAccess.now()))
    }
    try TerminalSession.run(
      AppModel(route: route, examOnly: true), services: services(exams: exams),
      tickInterval: .seconds(1))
  }
}
