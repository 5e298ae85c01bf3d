import Foundation
import GRDB
import StudyCore

/// The cached scheduling state of one question (table `card`): rebuildable from the review log.
struct CardRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "card"

  var questionID: String
  var state: Int
  var step: Int?
  var stability: Double?
  var difficulty: Double?
  /// Unix microseconds.
  var due: Int64
  /// Unix microseconds; `nil` while the card is new.
  var lastReview: Int64?
  var reps: Int
  var lapses: Int
  var isLeech: Bool
  var isSuspended: Bool
  /// The question's note order while it is in the notes; `nil` for an orphan, which keeps it
  /// out of the queue indexes.
  var notePosition: Int?

  enum Columns {
    static let questionID = Column(CodingKeys.questionID)
    static let state = Column(CodingKeys.state)
    static let due = Column(CodingKeys.due)
    static let lastReview = Column(CodingKeys.lastReview)
    static let lapses = Column(CodingKeys.lapses)
    static let isLeech = Column(CodingKeys.isLeech)
    static let isSuspended = Column(CodingKeys.isSuspended)
    static let notePosition = Column(CodingKeys.notePosition)
  }

  /// A record holding `progress` for `questionID`.
  init(questionID: String, progress: CardProgress, notePosition: Int?) {
    self.questionID = questionID
    let card = progress.card
    state = card.state.rawValue
    step = card.step
    stability = card.memory?.stability
    difficulty = card.memory?.difficulty
    due = StoreTime.micros(card.due)
    lastReview = card.lastReview.map(StoreTime.micros)
    reps = progress.reps
    lapses = progress.lapses
    isLeech = progress.isLeech
    isSuspended = progress.isSuspended
    self.notePosition = notePosition
  }

  /// The card as the scheduler and the rest of NoteDrill see it.
  var progress: CardProgress {
    let memory = zip(stability, difficulty).map { MemoryState(stability: $0, difficulty: $1) }
    let card = SchedulingCard(
      state: CardState(rawValue: state) ?? .learning, step: step, memory: memory,
      due: StoreTime.date(due), lastReview: lastReview.map(StoreTime.date))
    return CardProgress(
      card: card, reps: reps, lapses: lapses, isLeech: isLeech, isSuspended: isSuspended)
  }
}

private func zip(_ first: Double?, _ second: Double?) -> (Double, Double)? {
  guard let first, let second else { return nil }
  return (first, second)
}
