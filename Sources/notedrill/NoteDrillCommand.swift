import ArgumentParser

/// The `notedrill` command: study your own Markdown notes in the terminal.
@main
struct NoteDrillCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notedrill",
    abstract: "Study your own Markdown notes: questions made from the notes, spaced repetition.",
    version: "0.1.0",
    subcommands: [OutlineCommand.self, FSRSCommand.self]
  )
}
