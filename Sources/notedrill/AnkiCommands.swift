import ArgumentParser
import Foundation
import Interop
import ProgressStore
import StudyCore

/// `notedrill export`: take the questions (and progress) elsewhere.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export the questions to another app.",
    subcommands: [AnkiExport.self])

  /// `export anki`: an `.apkg` deck package.
  struct AnkiExport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "anki",
      abstract: "Write the questions as an Anki deck package (.apkg) for Anki and AnkiDroid.",
      discussion: """
        One note per question: choice questions (prompt, options, answer, explanation, \
        file:line) and typed or flip cards, in decks NoteDrill::note::heading, tagged by kind \
        and topic. Note GUIDs come from question ids, so importing a later export updates the \
        notes instead of adding them twice. --with-progress also writes each card's schedule \
        (due, interval, FSRS stability and difficulty) and its review log; tick "Import any \
        learning progress" when importing. See docs/sync-and-anki.md.
        """)

    @OptionGroup var notesOptions: NotesOptions
    @Option(name: .shortAndLong, help: "The package to write.") var output = "NoteDrill.apkg"
    @Option(name: .long, help: "Only this note (its file name, without .md).") var note: String?
    @Flag(name: .long, help: "Also write card schedules and the review log.")
    var withProgress = false

    func validate() throws {
      guard output.hasSuffix(".apkg") else {
        throw ValidationError("the output must end in .apkg (got \(output))")
      }
    }

    func run() throws {
      // With progress the store is opened and reconciled: the app's one setup.
      let setup = withProgress ? try AppSetup.load(notesOptions, withGraph: false) : nil
      let (bank, titles) = try setup.map { ($0.bank, $0.titles) } ?? bankAndTitles()
      var questions = bank.questions
      if let note {
        questions = questions.filter { $0.source.document == note }
        guard !questions.isEmpty else {
          let names = Set(bank.questions.map(\.source.document)).sorted().joined(separator: ", ")
          throw ValidationError("no note named \(note) has questions (notes: \(names))")
        }
      }
      var input = AnkiExportInput(
        questions: questions, noteTitles: titles, cards: nil, reviews: [],
        parameters: StoreSettings.defaults.schedulerParameters, now: StoreAccess.now(),
        timeZone: StoreAccess.timeZone, dayStartHour: StoreSettings.defaults.dayStartHour)
      if let database = setup?.database {
        let (settings, cards, reviews) = try StoreAccess.attempt {
          () throws(StoreError) in
          (try database.settings(), try database.allCards(), try database.loggedReviews())
        }
        input.cards = cards
        input.reviews = reviews
        input.parameters = settings.schedulerParameters
        input.dayStartHour = settings.dayStartHour
      }
      let collection = AnkiCollectionPlan.build(input)
      let url = URL(fileURLWithPath: output)
      do {
        try AnkiPackage.write(collection, to: url)
      } catch {
        StandardError.print("error: \(error)")
        throw ExitCode(1)
      }
      let scheduled = collection.cards.filter { $0.type != 0 }.count
      var line =
        "wrote \(output): \(collection.notes.count) notes in \(collection.decks.count) decks"
      if withProgress {
        line += ", \(scheduled) cards with a schedule, \(collection.reviews.count) reviews"
      }
      print(line)
    }

    /// The bank and the notes' titles, without opening the store.
    private func bankAndTitles() throws -> (QuestionBank, [String: String]) {
      let (loaded, bank) = try BankLoader.bank(notesOptions)
      var titles: [String: String] = [:]
      for document in loaded.documents { titles[document.id] = document.title }
      return (bank, titles)
    }
  }
}

/// `notedrill import`: bring answers given elsewhere back.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import answers given in another app.",
    subcommands: [AnkiImport.self])

  /// `import anki FILE.apkg`: Anki's review log of NoteDrill cards.
  struct AnkiImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "anki",
      abstract: "Add the reviews of NoteDrill cards in an Anki package to the review log.",
      discussion: """
        Reads the review log of the cards that came from `notedrill export anki` and adds \
        each answer once, in time order, however often the same package is imported (an \
        answer already in the log, or exported from it, is recognised by question, rating \
        and time). Cards are replayed from their whole history. Export from Anki with \
        "Include scheduling information".
        """)

    @OptionGroup var notesOptions: NotesOptions
    @Argument(help: "The .apkg exported from Anki or AnkiDroid.") var file: String

    func run() throws {
      let url = URL(fileURLWithPath: file)
      guard FileManager.default.fileExists(atPath: url.path) else {
        StandardError.print("error: no such file: \(file)")
        throw ExitCode(1)
      }
      let contents: AnkiReviewReader.Contents
      do {
        contents = try AnkiReviewReader.read(url)
      } catch {
        StandardError.print("error: \(error)")
        throw ExitCode(1)
      }
      let database = try AppSetup.load(notesOptions, withGraph: false).database
      let report = try StoreAccess.attempt { () throws(StoreError) in
        try database.mergeReviews(
          contents.reviews, identity: .nearbyAnswer(toleranceMicros: 1_000_000),
          timeZone: StoreAccess.timeZone)
      }
      var line =
        "\(file): \(contents.notes) NoteDrill notes, \(contents.reviews.count) reviews; "
        + "added \(report.added), already in the log \(report.alreadyKnown)"
      if report.unknownQuestions > 0 {
        line += ", \(report.unknownQuestions) for questions not in these notes (skipped)"
      }
      print(line)
    }
  }
}
