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
  /// The question's sibling group, copied here so a queue reads the card table only.
  var siblingGroup: String

  enum Columns {
    static let questionID = Column(CodingKeys.questionID)
    static let state = Column(CodingKeys.state)
    static let step = Column(CodingKeys.step)
    static let stability = Column(CodingKeys.stability)
    static let difficulty = Column(CodingKeys.difficulty)
    static let due = Column(CodingKeys.due)
    static let lastReview = Column(CodingKeys.lastReview)
    static let reps = Column(CodingKeys.reps)
    static let lapses = Column(CodingKeys.lapses)
    static let isLeech = Column(CodingKeys.isLeech)
    static let isSuspended = Column(CodingKeys.isSuspended)
    static let notePosition = Column(CodingKeys.notePosition)
    static let siblingGroup = Column(CodingKeys.siblingGroup)
  }

  /// A record holding `progress` for `questionID`, placed at `notePosition` (`nil` for an
  /// orphan) in `siblingGroup`.
  init(questionID: String, progress: CardProgress, notePosition: Int?, siblingGroup: String) {
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
    self.siblingGroup = siblingGroup
  }

  /// Reads a row by column name (hand-written: a rebuild reads 100k of them).
  init(row: Row) {
    questionID = row[Columns.questionID]
    state = row[Columns.state]
    step = row[Columns.step]
    stability = row[Columns.stability]
    difficulty = row[Columns.difficulty]
    due = row[Columns.due]
    lastReview = row[Columns.lastReview]
    reps = row[Columns.reps]
    lapses = row[Columns.lapses]
    isLeech = row[Columns.isLeech]
    isSuspended = row[Columns.isSuspended]
    notePosition = row[Columns.notePosition]
    siblingGroup = row[Columns.siblingGroup]
  }

  /// Writes every column (hand-written, for the same reason).
  func encode(to container: inout PersistenceContainer) {
    container[Columns.questionID] = questionID
    container[Columns.state] = state
    container[Columns.step] = step
    container[Columns.stability] = stability
    container[Columns.difficulty] = difficulty
    container[Columns.due] = due
    container[Columns.lastReview] = lastReview
    container[Columns.reps] = reps
    container[Columns.lapses] = lapses
    container[Columns.isLeech] = isLeech
    container[Columns.isSuspended] = isSuspended
    container[Columns.notePosition] = notePosition
    container[Columns.siblingGroup] = siblingGroup
  }

  /// The same card, placed as before, holding `progress`.
  func holding(_ progress: CardProgress) -> CardRecord {
    CardRecord(
      questionID: questionID, progress: progress, notePosition: notePosition,
      siblingGroup: siblingGroup)
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
