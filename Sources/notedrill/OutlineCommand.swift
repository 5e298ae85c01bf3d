import ArgumentParser
import Foundation
import NoteOutline

/// `notedrill outline`: prints the parsed outline of notes.
struct OutlineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outline",
    abstract: "Print the outline NoteDrill reads from notes, with source line numbers.",
    discussion: """
      With no paths, reads the configured notes (--notes, $NOTEDRILL_NOTES or the bundled \
      Content/). Problems are reported on stderr as `path:line: severity: message`; the exit \
      status is non-zero only when nothing usable was read.
      """)

  @Argument(help: "Markdown files or directories to read.")
  var paths: [String] = []

  @OptionGroup var notesOptions: NotesOptions

  @Flag(name: .long, help: "Print the outline as JSON (see docs/notes.md: outline JSON).")
  var json = false

  @Flag(name: .long, help: "Print one summary line per note instead of the whole tree.")
  var summary = false

  func run() throws {
    let loaded = try notesOptions.load(paths: paths)
    if json {
      print(try OutlineJSON.encode(loaded))
    } else if summary {
      loaded.documents.forEach { print(OutlineRenderer.summary($0)) }
    } else {
      print(loaded.documents.map(OutlineRenderer.render).joined(separator: "\n\n"))
    }
  }
}
