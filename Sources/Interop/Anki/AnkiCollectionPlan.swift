import Foundation
import ProgressStore
import StudyCore

/// What an export takes: the bank's questions and, for `--with-progress`, the store's cards
/// and log.
public struct AnkiExportInput: Sendable {
  /// The questions to write, in note order.
  public var questions: [Question]
  /// Titles of the notes by document id (the deck's first level); the id when absent.
  public var noteTitles: [String: String]
  /// Cards by question id; `nil` to write every card as new.
  public var cards: [String: CardProgress]?
  /// The log, in replay order (only scheduled answers reach Anki's log).
  public var reviews: [LoggedReview]
  /// The scheduler's parameters now (desired retention, decay, steps).
  public var parameters: SchedulerParameters
  /// When the export runs.
  public var now: Date
  /// The learner's time zone and the hour a study day starts.
  public var timeZone: TimeZone
  /// The hour a study day starts.
  public var dayStartHour: Int

  /// An input with every field given.
  public init(
    questions: [Question], noteTitles: [String: String] = [:], cards: [String: CardProgress]?,
    reviews: [LoggedReview], parameters: SchedulerParameters, now: Date, timeZone: TimeZone,
    dayStartHour: Int
  ) {
    self.questions = questions
    self.noteTitles = noteTitles
    self.cards = cards
    self.reviews = reviews
    self.parameters = parameters
    self.now = now
    self.timeZone = timeZone
    self.dayStartHour = dayStartHour
  }
}

/// Turns questions and progress into the rows of an Anki collection: pure, so the exact rows
/// are tested without a file.
public enum AnkiCollectionPlan {
  /// The GUID prefix that marks a note as NoteDrill's.
  public static let guidPrefix = "nd-"

  /// The collection for `input`.
  public static func build(_ input: AnkiExportInput) -> AnkiCollection {
    let creationDay = StudyDay(
      containing: earliest(input), timeZone: input.timeZone, startHour: input.dayStartHour)
    let creation = Int64(creationDay.start.timeIntervalSince1970.rounded(.down))
    var decks: [String: AnkiDeck] = [:]
    var notes: [AnkiNote] = []
    var cards: [AnkiCard] = []
    var reviews: [AnkiReview] = []
    var usedReviewIDs: Set<Int64> = []
    let byQuestion = Dictionary(grouping: input.reviews.filter(\.isScheduled), by: \.questionID)
    for (position, question) in input.questions.enumerated() {
      let deck = deckPath(question, titles: input.noteTitles)
      for level in 1...deck.count {
        let name = deck.prefix(level).joined(separator: "::")
        decks[name] = AnkiDeck(id: stableID(name, salt: "deck"), name: name)
      }
      let deckID = stableID(deck.joined(separator: "::"), salt: "deck")
      let note = AnkiNoteFields.note(for: question, deckID: deckID)
      notes.append(note)
      let progress = input.cards?[question.id]
      let scheduling = AnkiScheduling(
        parameters: input.parameters, timeZone: input.timeZone, startHour: input.dayStartHour,
        creationDay: creationDay.number)
      cards.append(
        scheduling.card(
          id: note.id, noteID: note.id, deckID: deckID, position: position + 1,
          progress: progress))
      if progress != nil {
        for entry in scheduling.log(byQuestion[question.id] ?? [], cardID: note.id) {
          var entry = entry
          while !usedReviewIDs.insert(entry.id).inserted { entry.id += 1 }
          reviews.append(entry)
        }
      }
    }
    return AnkiCollection(
      creation: creation,
      creationMinutesWest: -input.timeZone.secondsFromGMT(for: creationDay.start) / 60,
      rolloverHour: input.dayStartHour,
      modified: Int64(input.now.timeIntervalSince1970.rounded(.down)),
      decks: decks.values.sorted { $0.name < $1.name }, notes: notes, cards: cards,
      reviews: reviews.sorted { $0.id < $1.id })
  }

  /// The deck levels for a question: NoteDrill, the note, then its headings below the title.
  static func deckPath(_ question: Question, titles: [String: String]) -> [String] {
    let document = question.source.document
    var headings = question.source.headingPath
    let title = titles[document] ?? headings.first ?? document
    if headings.first == title { headings.removeFirst() }
    return (["NoteDrill", title] + headings).map { level in
      let cleaned = level.replacingOccurrences(of: "::", with: ":")
        .trimmingCharacters(in: .whitespaces)
      return cleaned.isEmpty ? "-" : cleaned
    }
  }

  /// The first instant the collection has to count days from.
  private static func earliest(_ input: AnkiExportInput) -> Date {
    var first = input.now
    for progress in input.cards?.values ?? [:].values {
      guard let last = progress.card.lastReview else { continue }
      first = min(first, last, progress.card.due)
    }
    if let review = input.reviews.first { first = min(first, review.date) }
    return first
  }

  /// An id in Anki's usual range (milliseconds of a date in 2015–2021) from a name: the same
  /// name always gives the same id.
  public static func stableID(_ name: String, salt: String) -> Int64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (salt + "\u{1F}" + name).utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return 1_420_070_400_000 + Int64(hash % 200_000_000_000)
  }
}
