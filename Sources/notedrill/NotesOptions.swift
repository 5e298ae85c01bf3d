import ArgumentParser
import Foundation
import NoteOutline

/// The `--notes` option shared by commands that read notes.
struct NotesOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Directory (or file) of Markdown notes. Default: $NOTEDRILL_NOTES, else the config file's notes, else the bundled Content/.",
      valueName: "dir"))
  var notes: String?

  /// The notes location, or a clear error when none can be found.
  func location() throws -> NotesLocation {
    guard
      let location = NotesLocation.resolve(
        option: notes, environment: ProcessInfo.processInfo.environment,
        configured: try StoreAccess.config().notes, executablePath: CommandLine.arguments[0])
    else {
      throw ValidationError(
        "No notes found: pass --notes DIR, set NOTEDRILL_NOTES or run `notedrill init` (no bundled Content/)."
      )
    }
    return location
  }

  /// Loads the notes at `paths`, or at the configured location when `paths` is empty; prints
  /// diagnostics to stderr; fails when nothing usable was read.
  func load(paths: [String] = []) throws -> LoadedNotes {
    let targets = paths.isEmpty ? try location().paths : paths
    let loaded = NoteLoader.load(paths: targets)
    for diagnostic in loaded.diagnostics { StandardError.print(diagnostic.description) }
    if loaded.documents.isEmpty {
      throw ExitCode(1)
    }
    return loaded
  }
}
