import ArgumentParser
import Foundation
import NoteDrillApp
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore

/// The plain drill launched from the bank cache: when the notes, alias lists and executable are
/// those of a cached bank, the notes are not parsed and the bank is not built or read whole.
/// The store is reconciled only when it was last reconciled with another bank (the cache keeps
/// the store's digest of this one), today's queued questions are read from the cache by id,
/// and the concept graph is built from the notes on its own thread, as on a first launch.
enum CachedPlainDrill {
  /// Extras the cache keeps beside a bank for this launch.
  enum Extra {
    static let storeDigest = "storeDigest"
    static let terms = "terms"
    static let diagnostics = "diagnostics"
  }

  /// Runs the plain drill from the cache and returns `true`, or returns `false` (nothing done)
  /// when there is no usable cached bank for these notes.
  static func run(_ notesOptions: NotesOptions, limit: Int?) throws -> Bool {
    let location = try notesOptions.location()
    // The alias lists are parsed on the graph's thread: the key needs only their bytes, and
    // their warnings are among the diagnostics kept beside the bank.
    let aliasFiles = BankLoader.aliasFiles(notesPath: location.path)
    let key = BankCache.key(notePaths: location.paths, aliasFiles: aliasFiles)
    guard let cache = BankCache.standard, let snapshot = cache.snapshot(key: key),
      let digest = snapshot.extras[Extra.storeDigest],
      let terms = snapshot.extras[Extra.terms]
    else { return false }
    for line in (snapshot.extras[Extra.diagnostics] ?? "").split(separator: "\n") {
      StandardError.print(String(line))
    }
    let notesPaths = location.paths
    let links = ConceptLinksLoader {
      let aliases = BankLoader.parseAliases(aliasFiles).0
      let documents = NoteLoader.load(paths: notesPaths).documents
      return ConceptLinks(graph: ConceptGraph.build(documents, aliases: aliases), aliases: aliases)
    }
    let database = try StoreAccess.open()
    let now = StoreAccess.now()
    do {
      try database.backUpIfDue(now: now, timeZone: StoreAccess.timeZone)
    } catch {
      StandardError.print("warning: today's backup was not taken: \(error)")
    }
    let unchanged = try StoreAccess.attempt { () throws(StoreError) in
      try database.unchangedReconcile(bankDigest: digest)
    }
    if unchanged == nil {
      // Another bank was reconciled last (another notes folder, a restored store): read this
      // one whole, once; the next launch finds it reconciled.
      guard let questions = snapshot.allQuestions() else { return false }
      _ = try StoreAccess.attempt { () throws(StoreError) in
        try database.reconcile(with: questions, at: now)
      }
    }
    let (items, _) = try StoreAccess.attempt { () throws(StoreError) in
      try ProgressDrillStore.items(
        database: database,
        lookup: { ids in
          var found: [String: Question] = [:]
          for id in ids { found[id] = snapshot.question(id: id) }
          return found
        }, at: now, timeZone: StoreAccess.timeZone, limit: limit)
    }
    let grader = TypedAnswerGrader(
      otherTerms: Set(terms.split(separator: "\u{1F}").map(String.init)))
    let session = DrillSession(items: items, grader: grader, at: now)
    StoreAccess.printNow(
      PlainText.header(
        total: items.count, due: items.filter { $0.reason == .review }.count,
        learning: items.filter { $0.reason == .learning }.count,
        new: items.filter { $0.reason == .new }.count))
    let runner = PlainDrillRunner(
      session: session,
      store: ProgressDrillStore(database: database, timeZone: StoreAccess.timeZone, links: links),
      readLine: { Swift.readLine(strippingNewline: true) }, write: StoreAccess.printNow,
      clock: StoreAccess.now)
    do {
      _ = try runner.run()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    return true
  }

  /// What the cache keeps beside a bank for this launch: the store's digest of it, its terms
  /// (for the typed-answer grader), and the notes' diagnostics and the bank's size warnings
  /// (printed again on each launch, as a build prints them).
  static func extras(_ bank: QuestionBank, diagnostics: [String], aliasFiles: [String])
    -> [String: String]
  {
    let aliasProblems = BankLoader.parseAliases(aliasFiles).1
    let terms = Set(bank.questions.flatMap(\.terms)).sorted()
    return [
      Extra.storeDigest: AppDatabase.bankDigest(of: bank.questions),
      Extra.terms: terms.joined(separator: "\u{1F}"),
      Extra.diagnostics: (aliasProblems + diagnostics + bank.report.warnings.map(\.description))
        .joined(separator: "\n"),
    ]
  }
}
