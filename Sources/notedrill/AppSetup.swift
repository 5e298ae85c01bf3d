import ArgumentParser
import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore

/// What every study command runs on, built once per run: the notes, their bank, the concept
/// links (built on their own thread), the store (opened, backed up, reconciled with the bank)
/// and the clock.
struct AppSetup {
  let database: AppDatabase
  let bank: QuestionBank
  /// The notes read, for checklists and checklist completion in reports.
  let documents: [NoteDocument]
  /// Note id → title, for exam domains.
  let titles: [String: String]
  /// The concept graph of the same notes, for related concepts and mastery.
  let links: ConceptLinksLoader
  /// Grades typed answers, knowing every term of the bank.
  let grader: TypedAnswerGrader
  /// Weak topics, sessions over chosen questions and checklists over this store and notes.
  let studyPlan: StoreStudyPlanServices

  /// True when both standard input and output are terminals.
  static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

  /// Loads the notes, starts the concept graph on its own thread (unless `withGraph` is false:
  /// the exam needs none), builds the bank and opens and reconciles the store. The first
  /// question does not wait for the graph; an answer screen does, if it comes before the
  /// graph is done.
  static func load(_ notesOptions: NotesOptions, withGraph: Bool = true) throws -> AppSetup {
    let location = try notesOptions.location()
    let (aliases, aliasFiles) = BankLoader.aliasesAndFiles(notesPath: location.path)
    let key = BankCache.key(notePaths: location.paths, aliasFiles: aliasFiles)
    let loaded = try notesOptions.load()
    let documents = loaded.documents
    let links =
      withGraph
      ? ConceptLinksLoader {
        ConceptLinks(graph: ConceptGraph.build(documents, aliases: aliases), aliases: aliases)
      } : ConceptLinksLoader(ready: ConceptLinks())
    let bank = BankLoader.cachedBank(
      key: key, loaded: loaded, aliases: aliases, aliasFiles: aliasFiles,
      rekey: { BankCache.key(notePaths: location.paths, aliasFiles: aliasFiles) })
    let database = try StoreAccess.openReconciled(with: bank, notes: notesOptions)
    let grader = TypedAnswerGrader(otherTerms: Set(bank.questions.flatMap(\.terms)))
    var titles: [String: String] = [:]
    for document in documents { titles[document.id] = document.title }
    let studyPlan = StoreStudyPlanServices(
      database: database, documents: documents, questions: bank.questions, links: links,
      grader: grader)
    return AppSetup(
      database: database, bank: bank, documents: documents, titles: titles, links: links,
      grader: grader, studyPlan: studyPlan)
  }

  /// The app's services, sessions capped at `limit`, with mock exams when `exams` is given.
  func services(limit: Int? = nil, exams: ExamServices? = nil) -> StoreServices {
    let services = StoreServices(
      database: database, questions: bank.questions, grader: grader,
      timeZone: StoreAccess.timeZone, limit: limit, links: links, documents: documents)
    services.exams = exams
    return services
  }

  /// The drill store plain mode saves answers through.
  var drillStore: ProgressDrillStore {
    ProgressDrillStore(database: database, timeZone: StoreAccess.timeZone, links: links)
  }

  /// Exams over this store.
  var recorder: ExamRecorder {
    ExamRecorder(
      database: database, questions: bank.questions, grader: grader,
      timeZone: StoreAccess.timeZone)
  }

  /// The app's exam services for `request`; `fixedSeed` keeps every exam on that seed.
  func examServices(_ request: ExamRequest, fixedSeed: UInt64?) -> StoreExamServices {
    StoreExamServices(
      recorder: recorder, questions: bank.questions, titles: titles, request: request,
      fixedSeed: fixedSeed)
  }

  /// Runs `body`, printing any error as one line and ending with status 1.
  func attempt<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      StandardError.print("\(error)".contains("error:") ? "\(error)" : "error: \(error)")
      throw ExitCode(1)
    }
  }

  /// Runs `session` in plain lines, each answer saved before the next is read; returns it
  /// finished.
  @discardableResult
  func runPlain(_ session: DrillSession) throws -> DrillSession {
    let runner = PlainDrillRunner(
      session: session, store: drillStore, readLine: { Swift.readLine(strippingNewline: true) },
      write: StoreAccess.printNow, clock: StoreAccess.now)
    return try attempt { try runner.run() }
  }
}
