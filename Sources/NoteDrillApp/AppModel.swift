import Foundation
import StudyCore
import TerminalUI

/// Which screen is up.
public enum Route: Equatable, Sendable {
  /// The home screen.
  case home(HomeScreen)
  /// The daily drill.
  case drill(DrillScreen)
  /// The stats page.
  case stats(StatsScreen)
  /// Before a mock exam: format, past scores, the interrupted exam.
  case examStart(ExamStartScreen)
  /// A mock exam under way, or its results.
  case exam(ExamScreen)
  /// Topics and concepts ranked by mastery.
  case weakTopics(WeakTopicsScreen)
  /// The study checklists.
  case checklists(ChecklistScreen)
  /// Export report: format, file, where it was written.
  case export(ExportScreen)
}

/// What the app asks its runner to do.
public enum AppEffect: Equatable, Sendable {
  /// An effect of the drill session.
  case drill(DrillEffect)
  /// Build today's session and open the drill (answer with ``AppModel/drillLoaded(_:)``).
  case startDrill
  /// Load the numbers for the stats page (answer with ``AppModel/statsLoaded(_:)``).
  case loadStats
  /// Reload today's numbers for the home screen (answer with ``AppModel/homeLoaded(_:)``).
  case loadHome
  /// An effect of the weak-topic list or the checklists (see ``StudyPlanEffect``).
  case studyPlan(StudyPlanEffect)
  /// Leave the app.
  case quit
  /// An effect of the mock exam.
  case exam(ExamEffect)
  /// Open the exam start screen (answer with ``AppModel/examStartLoaded(_:)``).
  case openExam
  /// Draw a new exam in this mode (answer with ``AppModel/examLoaded(_:)``).
  case startExam(ExamMode)
  /// Take up the interrupted exam (answer with ``AppModel/examLoaded(_:)``).
  case resumeExam
  /// Open the export screen (answer with ``AppModel/exportOpened(_:)``).
  case startExport
  /// Write the progress report (answer with ``AppModel/exportFinished(_:)``).
  case exportReport(ReportFormat, path: String)
}

/// The whole app: the route plus update and render. Pure; the runner performs effects.
public struct AppModel: Equatable, Sendable {
  /// The screen up.
  public internal(set) var route: Route
  /// Set once the app should end.
  public private(set) var isFinished = false
  /// Whether closing the drill leaves the app (when it was started with `notedrill drill`).
  public let drillOnly: Bool
  /// Whether leaving the exam start screen leaves the app (started with `notedrill exam`).
  public let examOnly: Bool
  /// Where a review or checklist quiz under way was started from; `nil` for the daily drill.
  public internal(set) var reviewOrigin: ReviewOrigin?

  /// An app on `route`; with `drillOnly`, closing the drill quits; with `examOnly`, leaving
  /// the exam start screen quits.
  public init(route: Route, drillOnly: Bool = false, examOnly: Bool = false) {
    self.route = route
    self.drillOnly = drillOnly
    self.examOnly = examOnly
  }

  /// Handles one key at `now`.
  public mutating func update(_ key: Key, at now: Date) -> [AppEffect] {
    if case .resize = key { return [] }
    switch route {
    case .home(var home):
      let effects = home.update(key)
      route = .home(home)
      var result: [AppEffect] = []
      for effect in effects { result += open(effect) }
      return result
    case .drill(var drill):
      let effects = drill.update(key, at: now)
      route = .drill(drill)
      if case .interrupted = key { return effects.map(AppEffect.drill) + [.quit] }
      var result: [AppEffect] = []
      for effect in effects { result += drillEffect(effect) }
      return result
    case .stats(var stats):
      let closes = stats.update(key)
      route = .stats(stats)
      if case .interrupted = key { return [.quit] }
      return closes ? [.loadHome] : []
    case .examStart(var start):
      let chosen = start.update(key)
      route = .examStart(start)
      if case .interrupted = key { return quit() }
      guard let chosen else { return [] }
      return examStartChosen(chosen)
    case .exam(var exam):
      let effects = exam.update(key, at: now)
      route = .exam(exam)
      if case .interrupted = key { return effects.map(AppEffect.exam) + quit() }
      return effects.map { $0 == .close ? .openExam : .exam($0) }
    case .weakTopics, .checklists: return updateStudyPlan(key)
    case .export(var export):
      let effects = export.update(key)
      route = .export(export)
      if case .interrupted = key { return [.quit] }
      return effects.map { effect in
        switch effect {
        case .write(let format, let path): return .exportReport(format, path: path)
        case .close: return .loadHome
        }
      }
    }
  }

  private mutating func examStartChosen(_ entry: ExamStartEntry) -> [AppEffect] {
    switch entry {
    case .start(let mode): return [.startExam(mode)]
    case .resume: return [.resumeExam]
    case .back: return examOnly ? quit() : [.loadHome]
    }
  }

  private mutating func quit() -> [AppEffect] {
    isFinished = true
    return [.quit]
  }

  /// The clock moved on: the exam counts down (and hands itself in at zero).
  public mutating func tick(at now: Date) -> [AppEffect] {
    guard case .exam(var exam) = route else { return [] }
    let effects = exam.tick(at: now)
    route = .exam(exam)
    return effects.map(AppEffect.exam)
  }

  /// Whether the screen up shows a running clock, so the runner should tick.
  public var wantsTicks: Bool {
    guard case .exam(let exam) = route else { return false }
    return exam.session.result == nil && exam.session.phase != .paused
  }

  /// The exam start screen is ready.
  public mutating func examStartLoaded(_ screen: ExamStartScreen) { route = .examStart(screen) }
  /// An exam is ready.
  public mutating func examLoaded(_ screen: ExamScreen) { route = .exam(screen) }
  /// The exam on screen, if any.
  public var examScreen: ExamScreen? {
    if case .exam(let exam) = route { return exam }
    return nil
  }
  /// Shows past scores on the exam results.
  public mutating func setExamTrend(_ trend: [Int]) {
    guard case .exam(var exam) = route else { return }
    exam.trend = trend
    route = .exam(exam)
  }

  private mutating func open(_ effect: HomeEffect) -> [AppEffect] {
    switch effect {
    case .open(.dailyDrill): return [.startDrill]
    case .open(.stats): return [.loadStats]
    case .open(.mockExam): return [.openExam]
    case .open(.weakTopics): return [.studyPlan(.loadWeakTopics(message: nil))]
    case .open(.checklists): return [.studyPlan(.loadChecklists(focus: nil, message: nil))]
    case .open(.exportReport): return [.startExport]
    case .open(.quit):
      isFinished = true
      return [.quit]
    }
  }

  private mutating func drillEffect(_ effect: DrillEffect) -> [AppEffect] {
    guard effect == .close else { return [.drill(effect)] }
    if let origin = reviewOrigin {
      reviewOrigin = nil
      return [.studyPlan(closedReview(origin))]
    }
    if drillOnly {
      isFinished = true
      return [.quit]
    }
    return [.loadHome]
  }

  /// The drill session is ready.
  public mutating func drillLoaded(_ screen: DrillScreen) { route = .drill(screen) }
  /// The stats are ready.
  public mutating func statsLoaded(_ report: ProgressReport) {
    route = .stats(StatsScreen(report: report))
  }
  /// The export screen is ready.
  public mutating func exportOpened(_ screen: ExportScreen) { route = .export(screen) }
  /// The report was written (or not).
  public mutating func exportFinished(_ result: Result<String, ReportWriteError>) {
    guard case .export(var export) = route else { return }
    export.finished(result)
    route = .export(export)
  }
  /// Today's numbers are ready: back to the home screen.
  public mutating func homeLoaded(_ numbers: HomeNumbers) {
    route = .home(HomeScreen(numbers: numbers))
  }
  /// Marks the app finished (after an interrupt).
  public mutating func finish() { isFinished = true }

  /// Passes loaded intervals to the drill.
  public mutating func outcomesLoaded(_ outcomes: RatingOutcomes?, questionID: String) {
    guard case .drill(var drill) = route else { return }
    drill.session.outcomesLoaded(outcomes, questionID: questionID)
    route = .drill(drill)
  }

  /// An answer was saved with this scheduler outcome: the drill may ask the card again.
  public mutating func answerSaved(_ outcome: ReviewOutcome?, questionID: String, at now: Date) {
    guard case .drill(var drill) = route else { return }
    drill.session.answerSaved(outcome, questionID: questionID, at: now)
    route = .drill(drill)
  }

  /// Passes the related concepts of the answered question to the drill.
  public mutating func relatedLoaded(_ related: [RelatedConcept], questionID: String) {
    guard case .drill(var drill) = route else { return }
    drill.session.relatedLoaded(related, questionID: questionID)
    route = .drill(drill)
  }

  /// Sets the summary's "what is due next" line.
  public mutating func setNextDue(_ text: String?) {
    guard case .drill(var drill) = route else { return }
    drill.nextDue = text
    route = .drill(drill)
  }

  /// Draws the current screen; returns where the cursor goes.
  public func render(into buffer: inout Buffer) -> Point? {
    switch route {
    case .home(let home):
      home.render(into: &buffer)
      return nil
    case .drill(let drill): return drill.render(into: &buffer)
    case .stats(let stats):
      stats.render(into: &buffer)
      return nil
    case .examStart(let start):
      start.render(into: &buffer)
      return nil
    case .exam(let exam): return exam.render(into: &buffer)
    case .weakTopics(let screen):
      screen.render(into: &buffer)
      return nil
    case .checklists(let screen):
      screen.render(into: &buffer)
      return nil
    case .export(let export): return export.render(into: &buffer)
    }
  }
}
