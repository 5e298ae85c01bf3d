import ArgumentParser
import Foundation
import NoteDrillWiring
import NoteOutline
import ProgressStore

/// `notedrill stats`: progress from the store, reconciled with the notes first.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show progress: cards by state, retention, activity, streak, mastery, leeches.",
    discussion: """
      The store is brought in line with the notes first: new questions become new cards, \
      questions gone from the notes are counted as orphans (their history is kept). \
      --json prints the stable form described in docs/commands.md.
      """)

  @OptionGroup var notesOptions: NotesOptions
  @Flag(name: .long, help: "Print as JSON.") var json = false
  @Option(name: .long, parsing: .unconditional, help: "Topics and terms to list in the text form.")
  var top = 10

  func validate() throws {
    guard top >= 0 else { throw ValidationError("--top must be 0 or more, not \(top).") }
  }

  func run() throws {
    let (database, _) = try StoreAccess.openReconciled(notesOptions)
    let stats = try StoreAccess.attempt { () throws(StoreError) in
      try database.stats(at: StoreAccess.now(), timeZone: StoreAccess.timeZone)
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(JSONSafeText.escape(String(decoding: try encoder.encode(stats), as: UTF8.self)))
    } else {
      print(StatsText.render(stats, storePath: database.displayPath, top: top))
    }
  }
}
