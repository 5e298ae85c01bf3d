import ArgumentParser
import NoteOutline

/// The `notedrill` command: study your own Markdown notes in the terminal.
@main
struct NoteDrillCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notedrill",
    abstract: "Study your own Markdown notes: questions made from the notes, spaced repetition.",
    discussion: """
      Notes are read from --notes DIR, else $NOTEDRILL_NOTES, else the bundled Content/. \
      With no subcommand NoteDrill opens the home screen on a terminal, and runs the plain \
      drill (see `notedrill drill --help`) when standard input or output is not a terminal.
      """,
    version: "0.1.0",
    subcommands: [
      OutlineCommand.self, BankCommand.self, FSRSCommand.self, StatsCommand.self,
      ConfigCommand.self, StoreCommand.self, DrillCommand.self, GraphCommand.self,
      ExamCommand.self, ReviewCommand.self, ChecklistCommand.self, ReportCommand.self,
      InitCommand.self, CompletionCommand.self, ReportDemoCommand.self, ManPageCommand.self,
      ExportCommand.self, ImportCommand.self, SyncCommand.self,
    ]
  )

  @OptionGroup var notesOptions: NotesOptions

  /// Runs the command, then closes the stores it opened (taking the day's backup when due)
  /// whether it succeeded or failed, before the process exits.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      StoreAccess.closeOpened()
    } catch {
      StoreAccess.closeOpened()
      exit(withError: error)
    }
  }

  mutating func run() async throws {
    if AppSetup.isInteractive {
      try AppSetup.load(notesOptions).runHome()
      return
    }
    // Not a terminal: say what was read, then the plain drill.
    let location = try notesOptions.location()
    let loaded = try notesOptions.load()
    StoreAccess.printNow("NoteDrill — notes from \(location.path) (\(location.origin.rawValue))")
    for document in loaded.documents {
      StoreAccess.printNow("  " + OutlineRenderer.summary(document))
    }
    try AppSetup.load(notesOptions).runPlainDrill(limit: nil)
  }
}
