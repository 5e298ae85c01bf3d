import ArgumentParser
import Foundation
import NoteDrillApp
import NoteDrillWiring
import ProgressStore
import StudyCore

/// `notedrill exam`: a timed mock exam drawn from the notes, in the terminal UI or as lines.
struct ExamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exam",
    abstract: "A mock exam in the associate exam's format: 65 questions, 130 minutes.",
    discussion: """
      Questions are drawn across four to six weighted domains (each note's top-level sections, \
      or the notes with --by-note, merged until each has a fair share) in proportion to their \
      facts: about one in seven multiple response, at most 15% diagram questions, choice \
      questions first, never two asking the same fact; option order is shuffled per attempt. \
      Multiple response ("Select TWO") has no partial credit; a blank counts as wrong. The scaled score is an estimate. \
      With --plain (or without a terminal) answers are read one per line: a number, numbers \
      separated by commas, or text; an empty line skips, f flags, q or the end of input hands \
      in. Exam answers do not change the schedule unless --count-as-reviews. An interrupted \
      exam is offered again with the time it had left.
      """,
    subcommands: [ExamHistoryCommand.self])

  @OptionGroup var notesOptions: NotesOptions
  @Option(name: .long, parsing: .unconditional, help: "How many questions.") var questions = 65
  @Option(
    name: .long, parsing: .unconditional,
    help: "Time allowed in minutes (0: no limit; default 2 minutes a question, 130 for 65).")
  var minutes: Int?
  @Option(name: .long, help: "Only notes whose file name or title contains this (repeatable).")
  var note: [String] = []
  @Option(
    name: [.customLong("topic"), .customLong("topics")],
    help: "Only topics (heading paths) containing this (repeatable).")
  var topic: [String] = []
  @Option(
    name: .long, parsing: .unconditional,
    help: "Seed of the draw and option order, for a reproducible exam.")
  var seed: UInt64?
  @Flag(name: .long, help: "Domains are the notes instead of their top-level sections.")
  var byNote = false
  @Flag(name: .long, help: "Practice mode: the answer after each question, pause allowed.")
  var practice = false
  @Flag(name: .long, help: "Record the answers as reviews when the exam is handed in.")
  var countAsReviews = false
  @Flag(name: .long, help: "Plain numbered lines on stdout, answers on stdin.") var plain = false
  @Flag(name: .long, help: "Continue the interrupted exam.") var resume = false
  @Flag(name: .customLong("new"), help: "Drop the interrupted exam and start another.")
  var startNew = false

  func validate() throws {
    guard (1...1000).contains(questions) else {
      throw ValidationError("--questions must be between 1 and 1000.")
    }
    if let minutes, !(0...1440).contains(minutes) {
      throw ValidationError("--minutes must be between 0 (no limit) and 1440.")
    }
    if resume && startNew { throw ValidationError("--resume and --new cannot go together.") }
  }

  /// The limit asked for, else two minutes a question; `nil` for no limit.
  var timeLimitSeconds: Int? {
    guard let minutes else { return ExamForm.defaultTimeLimitSeconds(questionCount: questions) }
    return minutes == 0 ? nil : minutes * 60
  }

  func run() throws {
    let setup = try AppSetup.load(notesOptions, withGraph: false)
    let now = StoreAccess.now()
    let settings = ExamSettings(
      seed: seed ?? UInt64(truncatingIfNeeded: UTCTimestamp.unixMicros(now)),
      mode: practice ? .practice : .timed, timeLimitSeconds: timeLimitSeconds,
      grouping: byNote ? .notes : .sections, countAsReviews: countAsReviews)
    let request = ExamRequest(
      questionCount: questions, settings: settings, notes: note, topics: topic)
    let interactive = !plain && AppSetup.isInteractive
    if interactive {
      try setup.runExamTerminal(
        request: request, fixedSeed: seed, resume: resume, startNew: startNew)
      return
    }
    guard let session = try setup.examSession(request, resume: resume, startNew: startNew)
    else { throw ExitCode(1) }
    try setup.runPlainExam(session)
  }
}

/// `notedrill exam history`: every attempt with its score, and the trend.
struct ExamHistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "Every mock exam attempt with its score, and the trend.")

  @Flag(name: .long, help: "JSON instead of a table.") var json = false

  func run() throws {
    let database = try StoreAccess.open()
    let entries = try StoreAccess.attempt { () throws(StoreError) in try database.examHistory() }
    let lines =
      json
      ? [ExamHistoryText.json(entries)] : ExamHistoryText.table(entries, timeZone: .current)
    lines.forEach(StoreAccess.printNow)
  }
}
