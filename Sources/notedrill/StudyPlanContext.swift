import ArgumentParser
import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore
import TerminalUI

/// The notes, bank, concept graph and store behind weak-topic review and checklists.
struct StudyPlanContext {
  let drill: DrillContext
  let services: StoreStudyPlanServices
  /// Note id → title.
  let titles: [String: String]

  /// Loads the notes, builds the bank, opens and reconciles the store; the concept graph is
  /// built meanwhile on another thread, and waited for only where it is needed.
  static func load(_ notesOptions: NotesOptions) throws -> StudyPlanContext {
    let (loaded, aliases, bank) = try BankLoader.notes(notesOptions)
    let documents = loaded.documents
    let links = ConceptLinksLoader {
      ConceptLinks(graph: ConceptGraph.build(documents, aliases: aliases), aliases: aliases)
    }
    let database = try StoreAccess.openReconciled(with: bank)
    let drill = DrillContext(database: database, bank: bank, links: links, documents: documents)
    let services = StoreStudyPlanServices(
      database: database, documents: documents, questions: bank.questions, links: links,
      grader: drill.grader)
    return StudyPlanContext(drill: drill, services: services, titles: ExamContext.titles(loaded))
  }

  /// Runs `body`, printing any error as one line and ending with status 1.
  func attempt<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      StandardError.print(
        "\(error)".contains("error:") ? "\(error)" : "error: \(error)")
      throw ExitCode(1)
    }
  }

  /// Runs `session` in plain mode; returns it finished.
  @discardableResult
  func runPlain(_ session: DrillSession) throws -> DrillSession {
    let store = ProgressDrillStore(database: drill.database, timeZone: StoreAccess.timeZone)
    let runner = PlainDrillRunner(
      session: session, store: store, readLine: { Swift.readLine(strippingNewline: true) },
      write: StoreAccess.printNow, clock: StoreAccess.now)
    return try attempt { try runner.run() }
  }
}

extension StudyPlanContext {
  /// Opens the full-screen app on `route` with weak topics and checklists available; with
  /// `drillOnly`, closing the session leaves the app.
  func runTerminal(route: Route, drillOnly: Bool) throws {
    let services = StoreServices(
      database: drill.database, questions: drill.bank.questions, grader: drill.grader,
      timeZone: StoreAccess.timeZone, limit: nil, links: drill.links)
    let terminal: NcursesBackend
    do {
      terminal = try NcursesBackend()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    let runner = AppRunner(
      model: AppModel(route: route, drillOnly: drillOnly), backend: terminal,
      services: services, clock: StoreAccess.now, study: self.services)
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
