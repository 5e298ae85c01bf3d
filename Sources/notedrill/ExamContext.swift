import ArgumentParser
import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore
import TerminalUI

/// The store, bank and note titles an exam runs on.
struct ExamContext {
  let database: AppDatabase
  let bank: QuestionBank
  let titles: [String: String]

  /// Loads the notes (once), opens the store and reconciles it with the bank.
  static func load(_ notesOptions: NotesOptions) throws -> ExamContext {
    let (loaded, bank) = try BankLoader.bank(notesOptions)
    let database = try StoreAccess.openReconciled(with: bank)
    return ExamContext(database: database, bank: bank, titles: titles(loaded))
  }

  /// The home screen's contexts from one read of the notes: the drill (with the concept
  /// graph) and exams over the same store.
  static func loadWithDrill(_ notesOptions: NotesOptions) throws -> (DrillContext, ExamContext) {
    let (loaded, aliases, bank) = try BankLoader.notes(notesOptions)
    let graph = ConceptGraph.build(loaded.documents, aliases: aliases)
    let database = try StoreAccess.openReconciled(with: bank)
    let drill = DrillContext(
      database: database, bank: bank,
      links: ConceptLinksLoader(ready: ConceptLinks(graph: graph, aliases: aliases)))
    return (drill, ExamContext(database: database, bank: bank, titles: titles(loaded)))
  }

  /// Note id → title.
  static func titles(_ loaded: LoadedNotes) -> [String: String] {
    var titles: [String: String] = [:]
    for document in loaded.documents { titles[document.id] = document.title }
    return titles
  }

  /// The app's exam services for `request`; `fixedSeed` keeps every exam on that seed.
  func services(_ request: ExamRequest, fixedSeed: UInt64?) -> StoreExamServices {
    StoreExamServices(
      recorder: recorder, questions: bank.questions, titles: titles, request: request,
      fixedSeed: fixedSeed)
  }

  /// The associate exam's defaults: 65 questions, 130 minutes, timed.
  static let defaultRequest = ExamRequest(
    questionCount: 65, settings: ExamSettings(seed: 0, mode: .timed, timeLimitSeconds: 130 * 60))

  /// The exam store over this context.
  var recorder: ExamRecorder {
    ExamRecorder(
      database: database, questions: bank.questions,
      grader: TypedAnswerGrader(otherTerms: Set(bank.questions.flatMap(\.terms))),
      timeZone: StoreAccess.timeZone)
  }

  /// Draws and stores a new attempt.
  func newSession(_ request: ExamRequest, at now: Date) throws -> ExamSession {
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
    return try StoreAccess.attempt { () throws(StoreError) in
      try recorder.start(picks, settings: request.settings, at: now)
    }
  }

  /// The session plain mode runs: the interrupted one with --resume, else a new one. With an
  /// interrupted exam and neither --resume nor --new, says so and returns `nil`.
  func plainSession(_ request: ExamRequest, resume: Bool, startNew: Bool) throws -> ExamSession? {
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
    return try newSession(request, at: now)
  }

  /// Runs `session` in plain mode, each effect saved before the next line is read.
  func runPlain(_ session: ExamSession) throws {
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
  func runTerminal(request: ExamRequest, fixedSeed: UInt64?, resume: Bool, startNew: Bool)
    throws
  {
    let exams = services(request, fixedSeed: fixedSeed)
    let services = StoreServices(
      database: database, questions: bank.questions,
      grader: TypedAnswerGrader(otherTerms: Set(bank.questions.flatMap(\.terms))),
      timeZone: StoreAccess.timeZone, limit: nil)
    services.exams = exams
    let now = StoreAccess.now()
    let route: Route
    if resume || startNew {
      guard let session = try plainSession(request, resume: resume, startNew: startNew) else {
        throw ExitCode(1)
      }
      route = .exam(ExamScreen(session: session))
    } else {
      route = .examStart(exams.startScreen(at: now))
    }
    let terminal: NcursesBackend
    do {
      terminal = try NcursesBackend()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    let runner = AppRunner(
      model: AppModel(route: route, examOnly: true), backend: terminal, services: services,
      clock: StoreAccess.now, tickInterval: .seconds(1))
    do {
      try runner.run()
    } catch {
      terminal.shutdown()
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    terminal.shutdown()
    if let signal = runner.interruption { throw ExitCode(signal.exitStatus) }
  }
}
