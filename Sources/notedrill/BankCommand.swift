import ArgumentParser
import Foundation
import NoteOutline
import StudyCore

/// `notedrill bank`: the questions NoteDrill makes from the notes.
struct BankCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bank",
    abstract: "Inspect the question bank generated from the notes.",
    subcommands: [Stats.self, List.self, Show.self, Lint.self],
    defaultSubcommand: Stats.self)

  /// `bank stats`: counts by kind per note.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Questions per note and kind.")
    @OptionGroup var notesOptions: NotesOptions
    @Flag(name: .long, help: "Print as JSON.") var json = false

    func run() throws {
      let (_, bank) = try BankLoader.bank(notesOptions)
      let stats = BankStatistics(bank)
      print(json ? try BankJSON.encode(stats) : stats.table())
    }
  }

  /// `bank list`: every question.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List every question (`--json` is the stable form other tools read).")
    @OptionGroup var notesOptions: NotesOptions
    @Flag(name: .long, help: "Print as JSON.") var json = false
    @Option(name: .long, help: "Only questions of this kind.") var kind: String?

    func run() throws {
      let (_, bank) = try BankLoader.bank(notesOptions)
      let questions = bank.questions.filter { kind == nil || $0.kind.rawValue == kind }
      if json {
        print(try BankJSON.encode(BankListing(questions: questions)))
      } else {
        for question in questions { print(QuestionText.line(question)) }
      }
    }
  }

  /// `bank show ID`: one question in full.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one question in full.")
    @Argument(help: "The question id (as `bank list` prints it).") var id: String
    @OptionGroup var notesOptions: NotesOptions
    @Flag(name: .long, help: "Print as JSON.") var json = false

    func run() throws {
      let (_, bank) = try BankLoader.bank(notesOptions)
      guard let question = bank.question(id: id) else {
        throw ValidationError("No question with id \(id) in these notes.")
      }
      print(json ? try BankJSON.encode(question) : QuestionText.full(question))
    }
  }

  /// `bank lint`: what the quality gates dropped.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Count and explain what each quality gate dropped.")
    @OptionGroup var notesOptions: NotesOptions
    @Flag(name: .long, help: "Print as JSON.") var json = false
    @Flag(name: .long, help: "List every dropped candidate.") var verbose = false

    func run() throws {
      let (_, bank) = try BankLoader.bank(notesOptions)
      if json {
        print(try BankJSON.encode(bank.report))
      } else {
        print(QuestionText.lint(bank, verbose: verbose))
      }
    }
  }
}
