import ArgumentParser
import Foundation
import NoteDrillApp
import StudyCore

/// `notedrill checklist`: the study checklists of the notes.
struct ChecklistCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checklist",
    abstract: "Study checklists (- [ ] items) of the notes: list, tick, verify with a quiz.",
    discussion: """
      An item's state is kept in the store; the notes are never written unless --write-back \
      is given, which sets the box (- [x] or - [ ]) in the Markdown file atomically, every \
      other byte unchanged, and refuses when the note no longer has the item at that line. \
      ID is an item's id as `list` prints it, or any unique beginning of it.
      """,
    subcommands: [List.self, Show.self, Toggle.self, Verify.self],
    defaultSubcommand: List.self)

  /// `checklist list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Every checklist item by note and heading, with its questions' mastery.")
    @OptionGroup var notesOptions: NotesOptions

    func run() throws {
      let setup = try AppSetup.load(notesOptions)
      let entries = try setup.attempt {
        try setup.studyPlan.checklistEntries(at: StoreAccess.now())
      }
      ChecklistText.list(entries).forEach(StoreAccess.printNow)
    }
  }

  /// `checklist show ID`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One item: the concepts it names and the questions about them.")
    @Argument(help: "The item's id (or a unique beginning of it).") var id: String
    @OptionGroup var notesOptions: NotesOptions

    func run() throws {
      let setup = try AppSetup.load(notesOptions)
      let now = StoreAccess.now()
      let entry = try setup.checklistEntry(id, at: now)
      let weak = try setup.attempt { try setup.studyPlan.weakTopics(at: now) }
      ChecklistText.show(entry, weak: weak).forEach(StoreAccess.printNow)
    }
  }

  /// `checklist toggle ID [--write-back]`.
  struct Toggle: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Tick an item (or clear it when ticked); --write-back also sets it in the note.")
    @Argument(help: "The item's id (or a unique beginning of it).") var id: String
    @Flag(name: .long, help: "Also set the box in the Markdown note (atomically).")
    var writeBack = false
    @OptionGroup var notesOptions: NotesOptions

    func run() throws {
      let setup = try AppSetup.load(notesOptions)
      let now = StoreAccess.now()
      let entry = try setup.checklistEntry(id, at: now)
      try setup.setChecklist(entry, checked: !entry.isChecked, writeBack: writeBack, at: now)
    }
  }

  /// `checklist verify ID`.
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "A short quiz on an item's questions; offers to tick it when all are right.",
      discussion: """
        Answers are read as in `notedrill drill --plain` and logged as checklist answers \
        (scheduled normally). After a quiz with every answer right, a line `y` ticks the item.
        """)
    @Argument(help: "The item's id (or a unique beginning of it).") var id: String
    @Option(name: .long, parsing: .unconditional, help: "At most this many questions.") var limit =
      5
    @Flag(name: .long, help: "Also set the box in the note when the item is ticked.")
    var writeBack = false
    @Flag(name: .long, help: "Plain numbered lines (the only mode of this command).")
    var plain = false
    @OptionGroup var notesOptions: NotesOptions

    func validate() throws {
      guard limit >= 1 else { throw ValidationError("--limit must be 1 or more, not \(limit).") }
    }

    func run() throws {
      let setup = try AppSetup.load(notesOptions)
      let now = StoreAccess.now()
      let entry = try setup.checklistEntry(id, at: now)
      let weak = try setup.attempt { try setup.studyPlan.weakTopics(at: now) }
      let questions = weak.verifyQuiz(entry.coverage, limit: limit)
      StoreAccess.printNow("Verify: \(TerminalSafe.text(entry.item.text))")
      guard !questions.isEmpty else {
        StoreAccess.printNow("No questions name this item's concepts; nothing to verify.")
        return
      }
      let session = try setup.attempt {
        try setup.studyPlan.session(over: questions, mode: .checklist, at: now)
      }
      let finished = try setup.runPlain(session)
      let right = finished.records.filter(\.isCorrect).count
      let answered = finished.records.count
      StoreAccess.printNow(ChecklistText.verdict(right, of: answered, entry: entry))
      guard answered > 0, right == answered, !entry.isChecked else { return }
      StoreAccess.printNow("Tick it? (y/n)")
      if readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "y" {
        try setup.setChecklist(
          entry, checked: true, writeBack: writeBack, at: StoreAccess.now())
      }
    }
  }
}
