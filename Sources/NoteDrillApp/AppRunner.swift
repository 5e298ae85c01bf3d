import Foundation
import StudyCore
import TerminalUI

/// Runs the app on a terminal backend: draw, read a key, update, perform effects, repeat.
public final class AppRunner {
  /// The app's state.
  public private(set) var model: AppModel
  private let backend: TerminalBackend
  private let services: AppServices
  private let clock: () -> Date
  private let tickInterval: Duration?
  private let study: StudyPlanServices?
  /// The signal that ended the run, if one did (the terminal is already restored).
  public private(set) var interruption: TerminationSignal?

  /// A runner for `model` on `backend`. With `tickInterval`, a screen with a running clock
  /// (the exam) is ticked when no key came for that long; without it keys are awaited forever.
  /// `study` serves the weak-topic list and the checklists.
  public init(
    model: AppModel, backend: TerminalBackend, services: AppServices,
    clock: @escaping () -> Date, tickInterval: Duration? = nil,
    study: StudyPlanServices? = nil
  ) {
    self.model = model
    self.backend = backend
    self.services = services
    self.clock = clock
    self.tickInterval = tickInterval
    self.study = study
  }

  /// Draws one frame of the current state.
  public func drawFrame() {
    var frame = Buffer(size: backend.size)
    let cursor = model.render(into: &frame)
    backend.draw(frame, cursor: cursor)
  }

  /// Runs until the app quits or the keys run out; every answer is saved before the next key.
  public func run() throws {
    while !model.isFinished {
      drawFrame()
      let timeout = model.wantsTicks ? tickInterval : nil
      guard let key = backend.readKey(timeout: timeout) else {
        if timeout == nil { break }
        try tick()
        continue
      }
      try handle(key)
    }
  }

  /// Handles one key: update, then perform what it asks.
  public func handle(_ key: Key) throws {
    if case .interrupted(let signal) = key { interruption = signal }
    let effects = model.update(key, at: clock())
    try perform(effects)
    noteSummary()
  }

  /// The clock moved on: lets a running exam count down and hand itself in.
  public func tick() throws {
    try perform(model.tick(at: clock()))
  }

  private func perform(_ effects: [AppEffect]) throws {
    for effect in effects {
      switch effect {
      case .drill(let drillEffect): try perform(drillEffect)
      case .startDrill:
        model.drillLoaded(DrillScreen(session: try services.drillSession(at: clock())))
      case .loadStats:
        if let report = services.report(at: clock()) { model.statsLoaded(report) }
      case .loadHome: model.homeLoaded(services.homeNumbers(at: clock()))
      case .studyPlan(let effect):
        guard let study else { continue }
        let next = try StudyPlanRunner(services: study, now: clock()).perform(effect, on: &model)
        try perform(next)
      case .quit: model.finish()
      case .exam(let examEffect): try perform(examEffect)
      case .openExam:
        if let exams = services.exams { model.examStartLoaded(exams.startScreen(at: clock())) }
      case .startExam(let mode): try startExam(mode)
      case .resumeExam:
        if let session = try services.exams?.resume(at: clock()) {
          model.examLoaded(ExamScreen(session: session))
        }
      case .startExport: model.exportOpened(services.exportScreen(at: clock()))
      case .exportReport(let format, let path):
        model.exportFinished(services.exportReport(format, to: path, at: clock()))
      }
    }
  }

  private func perform(_ effect: DrillEffect) throws {
    switch effect {
    case .saveAnswer(let answer):
      let outcome = try services.save(answer, at: clock())
      model.answerSaved(outcome, questionID: answer.questionID, at: clock())
    case .undoLastAnswer: try services.undoLastAnswer()
    case .loadOutcomes(let questionID):
      model.outcomesLoaded(
        services.outcomes(questionID: questionID, at: clock()), questionID: questionID)
      if case .drill(let drill) = model.route, let question = drill.session.current?.question,
        question.id == questionID
      {
        model.relatedLoaded(services.related(to: question), questionID: questionID)
      }
    case .close: break
    }
  }

  private func startExam(_ mode: ExamMode) throws {
    guard let exams = services.exams else { return }
    let now = clock()
    do {
      model.examLoaded(ExamScreen(session: try exams.newExam(mode: mode, at: now)))
    } catch let error as ExamFilterError {
      var screen = exams.startScreen(at: now)
      screen.message = "No exam: \(error)."
      model.examStartLoaded(screen)
    }
  }

  private func perform(_ effect: ExamEffect) throws {
    guard let exams = services.exams, let session = model.examScreen?.session else { return }
    let now = clock()
    switch effect {
    case .saveProgress, .handIn:
      try exams.perform(effect, attemptID: session.attemptID, at: now)
      if case .handIn = effect { model.setExamTrend(exams.trend()) }
    case .retake(let picks):
      model.examLoaded(
        ExamScreen(session: try exams.retake(picks, after: session.settings, at: now)))
    case .close: break
    }
  }

  /// On the summary, says what is due next (worked out again after the drill reopens).
  private func noteSummary() {
    guard case .drill(let drill) = model.route else { return }
    guard drill.session.phase == .finished else {
      if drill.nextDue != nil { model.setNextDue(nil) }
      return
    }
    guard drill.nextDue == nil else { return }
    let now = clock()
    let remaining = services.remaining(at: now)
    var text = remaining.count == 0 ? "nothing more today" : "\(remaining.count) still due today"
    if let next = remaining.nextLearningDue {
      text += ", next step in " + DrillText.duration(seconds: Int(next.timeIntervalSince(now)))
    }
    model.setNextDue(text)
  }
}
