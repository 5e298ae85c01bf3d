import ArgumentParser
import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore
import TerminalUI

/// `notedrill drill`: today's cards, in the terminal UI or as plain lines.
struct DrillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drill",
    abstract: "Study today's cards: due reviews, learning steps, then new cards.",
    discussion: """
      On a terminal the drill opens full screen. With --plain, or when standard input or \
      output is not a terminal, questions are printed as numbered lines and answers read one \
      per line: an option number, numbers separated by commas (multiple response, ordering), \
      the text for typed answers, 1-4 for flip cards; q or the end of input ends the session \
      with every answer saved.
      """)

  @OptionGroup var notesOptions: NotesOptions
  @Flag(name: .long, help: "Plain numbered lines on stdout, answers on stdin.") var plain = false
  @Option(name: .long, help: "At most this many cards in the session.") var limit: Int?

  func validate() throws {
    if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
  }

  func run() throws {
    let context = try DrillContext.load(notesOptions)
    if plain || !DrillContext.isInteractive {
      try context.runPlain(limit: limit)
    } else {
      try context.runTerminal(limit: limit, startOnHome: false)
    }
  }
}

/// The store, bank and clock a drill runs on.
struct DrillContext {
  let database: AppDatabase
  let bank: QuestionBank
  /// The concept graph of the same notes, for the related concepts after each answer.
  let links: ConceptLinksLoader
  /// The notes read, for checklist completion in reports.
  var documents: [NoteDocument] = []

  /// True when both standard input and output are terminals.
  static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

  /// Loads the notes, builds the bank, opens and reconciles the store; the concept graph of
  /// the same notes is built meanwhile on another thread (the first question does not wait
  /// for it; answer screens do, if they come before it is done).
  static func load(_ notesOptions: NotesOptions) throws -> DrillContext {
    let location = try notesOptions.location()
    let loaded = try notesOptions.load()
    let aliases = BankLoader.aliases(notesPath: location.path)
    let documents = loaded.documents
    let links = ConceptLinksLoader {
      ConceptLinks(graph: ConceptGraph.build(documents, aliases: aliases), aliases: aliases)
    }
    let bank = QuestionBank.build(documents, aliases: aliases)
    let database = try StoreAccess.openReconciled(with: bank)
    return DrillContext(database: database, bank: bank, links: links, documents: documents)
  }

  /// A typed-answer grader that knows every term of the bank.
  var grader: TypedAnswerGrader {
    TypedAnswerGrader(otherTerms: Set(bank.questions.flatMap(\.terms)))
  }

  /// Today's session, capped at `limit`.
  func session(limit: Int?) throws -> (DrillSession, StudyQueue) {
    let now = StoreAccess.now()
    let (items, queue) = try StoreAccess.attempt { () throws(StoreError) in
      try ProgressDrillStore.items(
        database: database, questions: bank.questions, at: now,
        timeZone: StoreAccess.timeZone, limit: limit)
    }
    return (DrillSession(items: items, grader: grader, at: now), queue)
  }

  /// The plain line mode.
  func runPlain(limit: Int?) throws {
    let (session, _) = try session(limit: limit)
    let items = session.items
    StoreAccess.printNow(
      PlainText.header(
        total: items.count, due: items.filter { $0.reason == .review }.count,
        learning: items.filter { $0.reason == .learning }.count,
        new: items.filter { $0.reason == .new }.count))
    let store = ProgressDrillStore(
      database: database, timeZone: StoreAccess.timeZone, links: links)
    let runner = PlainDrillRunner(
      session: session, store: store, readLine: { Swift.readLine(strippingNewline: true) },
      write: StoreAccess.printNow, clock: StoreAccess.now)
    do {
      try runner.run()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
  }

  /// The full-screen terminal UI: the home screen, or straight into the drill.
  func runTerminal(
    limit: Int?, startOnHome: Bool, exams: ExamServices? = nil, study: StudyPlanServices? = nil
  ) throws {
    let services = StoreServices(
      database: database, questions: bank.questions, grader: grader,
      timeZone: StoreAccess.timeZone, limit: limit, links: links, documents: documents)
    services.exams = exams
    let now = StoreAccess.now()
    let route: Route =
      startOnHome
      ? .home(HomeScreen(numbers: services.homeNumbers(at: now)))
      : .drill(DrillScreen(session: try services.drillSession(at: now)))
    let terminal: NcursesBackend
    do {
      terminal = try NcursesBackend()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    let runner = AppRunner(
      model: AppModel(route: route, drillOnly: !startOnHome), backend: terminal,
      services: services, clock: StoreAccess.now, tickInterval: .seconds(1), study: study)
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
