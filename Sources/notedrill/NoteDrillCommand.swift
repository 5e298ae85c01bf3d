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
      With no subcommand NoteDrill shows what it read from the notes.
      """,
    version: "0.1.0",
    subcommands: [
      OutlineCommand.self, BankCommand.self, FSRSCommand.self, StatsCommand.self,
      ConfigCommand.self, StoreCommand.self, DrillCommand.self,
    ]
  )

  @OptionGroup var notesOptions: NotesOptions

  mutating func run() async throws {
    let location = try notesOptions.location()
    let loaded = try notesOptions.load()
    print("NoteDrill — notes from \(location.path) (\(location.origin.rawValue))")
    for document in loaded.documents { print("  " + OutlineRenderer.summary(document)) }
    print("Run `notedrill outline` to see the full outline of each note.")
  }
}
