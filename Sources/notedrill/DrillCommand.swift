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
  @Option(name: .long, parsing: .unconditional, help: "At most this many cards in the session.")
  var limit: Int?
  @Option(
    name: .customLong("note"),
    help: "Only notes whose file name or title contains this (repeatable).")
  var onlyNotes: [String] = []
  @Option(
    name: .customLong("topic"), help: "Only topics (heading paths) containing this (repeatable).")
  var onlyTopics: [String] = []
  @Option(
    name: .customLong("concept"),
    help: "Only questions about this concept, any spelling or alias (repeatable).")
  var onlyConcepts: [String] = []

  func validate() throws {
    if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
  }

  func run() throws {
    let scoped = !onlyNotes.isEmpty || !onlyTopics.isEmpty || !onlyConcepts.isEmpty
    if plain || !AppSetup.isInteractive, !scoped,
      try CachedPlainDrill.run(notesOptions, limit: limit)
    {
      return
    }
    let setup = try AppSetup.load(notesOptions)
    let scope = try setup.scope(notes: onlyNotes, topics: onlyTopics, concepts: onlyConcepts)
    if plain || !AppSetup.isInteractive {
      try setup.runPlainDrill(limit: limit, scope: scope)
    } else {
      try setup.runDrillTerminal(limit: limit, scope: scope)
    }
  }
}

extension AppSetup {
  /// The questions of the notes, topics and concepts named (each kind narrows the others); nil
  /// when none is named. A name that matches nothing is a usage error saying what there is.
  func scope(notes: [String], topics: [String], concepts: [String]) throws -> Set<String>? {
    guard !notes.isEmpty || !topics.isEmpty || !concepts.isEmpty else { return nil }
    var kept: [Question]
    do {
      kept = try ExamFilter.questions(
        bank.questions, titles: titles, notes: notes, topics: topics, eligible: { _ in true })
    } catch .noQuestions {
      throw ValidationError("Those notes and topics give no questions.")
    } catch {
      throw ValidationError(error.description)
    }
    if !concepts.isEmpty {
      let index = studyPlan.studyIndex()
      var about: Set<String> = []
      for name in concepts {
        guard let concept = index.graph.concept(named: name, aliases: index.aliases) else {
          throw ValidationError(
            "No concept named \"\(name)\" in these notes. `notedrill graph` lists them all.")
        }
        about.formUnion(index.questions(about: [concept.id]).map(\.id))
      }
      kept = kept.filter { about.contains($0.id) }
      guard !kept.isEmpty else {
        throw ValidationError("No question is about \(concepts.joined(separator: ", ")) there.")
      }
    }
    return Set(kept.map(\.id))
  }

  /// Today's session, capped at `limit`, of the questions in `scope` (all when nil).
  func drillSession(limit: Int?, scope: Set<String>? = nil) throws -> DrillSession {
    let now = StoreAccess.now()
    let (items, _) = try StoreAccess.attempt { () throws(StoreError) in
      try ProgressDrillStore.items(
        database: database, questions: bank.questions, at: now,
        timeZone: StoreAccess.timeZone, limit: limit, scope: scope)
    }
    return DrillSession(items: items, grader: grader, at: now)
  }

  /// Today's drill in plain lines, after a header with its counts.
  func runPlainDrill(limit: Int?, scope: Set<String>? = nil) throws {
    let session = try drillSession(limit: limit, scope: scope)
    let items = session.items
    StoreAccess.printNow(
      PlainText.header(
        total: items.count, due: items.filter { $0.reason == .review }.count,
        learning: items.filter { $0.reason == .learning }.count,
        new: items.filter { $0.reason == .new }.count))
    try runPlain(session)
  }

  /// Today's drill full screen; closing it leaves the app.
  func runDrillTerminal(limit: Int?, scope: Set<String>? = nil) throws {
    let services = services(limit: limit)
    services.scope = scope
    let session = try services.drillSession(at: StoreAccess.now())
    try TerminalSession.run(
      AppModel(route: .drill(DrillScreen(session: session)), drillOnly: true),
      services: services, tickInterval: .seconds(1))
  }

  /// The home screen with every part of the app: drill, mock exam, weak topics, checklists,
  /// stats, export.
  func runHome() throws {
    let services = services(
      exams: examServices(ExamSetup.defaultRequest, fixedSeed: nil))
    let home = HomeScreen(numbers: services.homeNumbers(at: StoreAccess.now()))
    try TerminalSession.run(
      AppModel(route: .home(home)), services: services, study: studyPlan,
      tickInterval: .seconds(1))
  }
}
