import ArgumentParser

/// `notedrill outline`: prints the parsed outline of notes.
struct OutlineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outline", abstract: "Print the outline NoteDrill reads from notes.")
  func run() throws {}
}
