import ArgumentParser
import Foundation
import NoteDrillApp
import StudyCore

/// `notedrill review`: weak-topic review.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Review your weakest topics: their questions and their concept-graph neighbours.",
    discussion: """
      Mastery per topic (note and heading path) and per concept comes from the store: \
      retrievability now, lapses, wrong answers of the last 30 days (drills, reviews, \
      checklist quizzes, exams), and how much was never studied. `--weak N` reviews the N \
      weakest topics you have started; `--list` only prints the ranking. Answers are logged \
      as reviews and scheduled normally. Plain mode reads answers as `notedrill drill --plain` \
      does.
      """)

  @Flag(name: .long, help: "Review the weakest topics (the default and only kind for now).")
  var weak = false

  @Argument(help: "How many of the weakest topics to review together.")
  var count: Int = 1

  @Option(name: .long, help: "Review this concept (any spelling or alias) instead of topics.")
  var concept: String?

  @Option(name: .long, parsing: .unconditional, help: "At most this many questions in the review.")
  var limit = 20

  @Flag(name: .long, help: "Print the ranking of topics and concepts, and start no review.")
  var list = false

  @Option(name: .long, parsing: .unconditional, help: "How many topics and concepts --list prints.")
  var top = 10

  @Flag(name: .long, help: "Plain numbered lines on stdout, answers on stdin.") var plain = false

  @OptionGroup var notesOptions: NotesOptions

  func validate() throws {
    guard weak || concept != nil || list else {
      throw ValidationError("Say what to review: --weak [N], --concept NAME or --list.")
    }
    guard count >= 1 else { throw ValidationError("N must be 1 or more, not \(count).") }
    guard limit >= 1 else { throw ValidationError("--limit must be 1 or more, not \(limit).") }
    guard top >= 1 else { throw ValidationError("--top must be 1 or more, not \(top).") }
  }

  func run() throws {
    let setup = try AppSetup.load(notesOptions)
    let now = StoreAccess.now()
    let weakTopics = try setup.attempt { try setup.studyPlan.weakTopics(at: now) }
    if list {
      printRanking(weakTopics)
      return
    }
    let (title, questions) = try plan(weakTopics)
    StoreAccess.printNow(title)
    if questions.isEmpty {
      StoreAccess.printNow("Nothing to review.")
      return
    }
    let session = try setup.attempt {
      try setup.studyPlan.session(over: questions, mode: .review, at: now)
    }
    if plain || !AppSetup.isInteractive {
      try setup.runPlain(session)
    } else {
      try TerminalSession.run(
        AppModel(route: .drill(DrillScreen(session: session)), drillOnly: true),
        services: setup.services(), study: setup.studyPlan)
    }
  }

  /// The heading line and the questions of the review asked for.
  private func plan(_ weakTopics: WeakTopics) throws -> (String, [Question]) {
    if let concept {
      guard
        let found = weakTopics.index.graph.concept(
          named: concept, aliases: weakTopics.index.aliases)
      else {
        throw ValidationError(
          "No concept named \"\(concept)\" in these notes. `notedrill graph` lists them all.")
      }
      let questions = weakTopics.review(concept: found.id, limit: limit)
      return ("Review of \(found.name): \(questions.count) questions", questions)
    }
    let chosen = Array(weakTopics.topics().filter { $0.studied > 0 }.prefix(count))
    guard !chosen.isEmpty else {
      return ("No weak topics yet: study some cards first (`notedrill drill`).", [])
    }
    var questions: [Question] = []
    var seen: Set<String> = []
    for score in chosen {
      for question in weakTopics.review(topic: score.key, limit: limit)
      where seen.insert(question.id).inserted {
        questions.append(question)
      }
    }
    questions = Array(
      questions.enumerated().sorted {
        (MasteryModel.questionScore(weakTopics.evidence(of: $0.element)), $0.offset)
          < (MasteryModel.questionScore(weakTopics.evidence(of: $1.element)), $1.offset)
      }.map(\.element).prefix(limit))
    let lines =
      ["Weak-topic review: \(questions.count) questions, weakest first, from"]
      + chosen.enumerated().map { MasteryText.line($0.element, rank: $0.offset + 1) }
    return (lines.joined(separator: "\n"), questions)
  }

  private func printRanking(_ weakTopics: WeakTopics) {
    for (heading, scores) in [
      ("Weakest topics", weakTopics.topics()), ("Weakest concepts", weakTopics.concepts()),
    ] {
      let started = scores.filter { $0.studied > 0 }
      StoreAccess.printNow(
        "\(heading) (\(started.count) started, \(scores.count - started.count) not started):")
      if started.isEmpty { StoreAccess.printNow("  none started yet") }
      for (offset, score) in started.prefix(top).enumerated() {
        StoreAccess.printNow(MasteryText.line(score, rank: offset + 1))
      }
    }
  }
}
