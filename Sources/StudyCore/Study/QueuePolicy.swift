import Foundation

/// A card as the queue sees it: its schedule and where it sits in the notes.
public struct QueueCandidate: Sendable, Equatable {
  /// The question.
  public var questionID: String
  /// The card's state.
  public var state: CardState
  /// When it is due (for a new card, when it was introduced).
  public var due: Date
  /// Its last scheduled review; `nil` for a card never studied.
  public var lastReview: Date?
  /// Its memory stability, once it has one.
  public var stability: Double?
  /// Its sibling group ("" when it has none).
  public var siblingGroup: String
  /// Its place in note order.
  public var notePosition: Int

  /// A candidate with every field given.
  public init(
    questionID: String, state: CardState, due: Date, lastReview: Date?, stability: Double?,
    siblingGroup: String, notePosition: Int
  ) {
    self.questionID = questionID
    self.state = state
    self.due = due
    self.lastReview = lastReview
    self.stability = stability
    self.siblingGroup = siblingGroup
    self.notePosition = notePosition
  }
}

/// Today's queue as a pure function of the cards, the day and the limits: learning cards due
/// now (by due time), then reviews due today (lowest retrievability first), then new cards in
/// note order up to the room left under the daily limit, at most one card per sibling group.
public enum QueuePolicy {
  /// The queue for `day` at `now`.
  ///
  /// - Parameters:
  ///   - studied: cards with a review, not suspended, still in the notes, due before the day
  ///     ends (in any order).
  ///   - fresh: cards never studied, not suspended, still in the notes (in any order).
  ///   - answeredToday: sibling group key (``SiblingFilter/key(questionID:group:)``) → the
  ///     questions of it answered through the scheduler today.
  ///   - newLimit: the daily new-card limit; `introducedToday` new cards already met today.
  public static func queue(
    studied: [QueueCandidate], fresh: [QueueCandidate], answeredToday: [String: Set<String>],
    day: StudyDay, now: Date, newLimit: Int, introducedToday: Int, scheduler: FSRSScheduler
  ) -> StudyQueue {
    var filter = SiblingFilter(answeredToday: answeredToday)
    var learning: [(entry: QueueEntry, group: String)] = []
    var reviews: [(entry: QueueEntry, group: String)] = []
    var nextLearning: Date?
    for card in studied {
      if card.state != .review, card.due > now {
        nextLearning = min(nextLearning ?? card.due, card.due)
        continue
      }
      let entry = QueueEntry(
        questionID: card.questionID, reason: card.state == .review ? .review : .learning,
        due: card.due, retrievability: recall(of: card, at: now, scheduler: scheduler))
      if card.state == .review {
        reviews.append((entry, card.siblingGroup))
      } else {
        learning.append((entry, card.siblingGroup))
      }
    }
    learning.sort { ($0.entry.due, $0.entry.questionID) < ($1.entry.due, $1.entry.questionID) }
    reviews.sort {
      ($0.entry.retrievability, $0.entry.due, $0.entry.questionID)
        < ($1.entry.retrievability, $1.entry.due, $1.entry.questionID)
    }
    var entries = (learning + reviews)
      .filter { filter.admit(questionID: $0.entry.questionID, group: $0.group) }.map(\.entry)
    let room = max(0, newLimit - introducedToday)
    let ordered = fresh.sorted {
      ($0.notePosition, $0.questionID) < ($1.notePosition, $1.questionID)
    }
    var taken = 0
    for card in ordered where taken < room {
      guard filter.admit(questionID: card.questionID, group: card.siblingGroup) else { continue }
      entries.append(
        QueueEntry(questionID: card.questionID, reason: .new, due: card.due, retrievability: 0))
      taken += 1
    }
    return StudyQueue(
      day: day, entries: entries, newLimit: newLimit, newIntroducedToday: introducedToday,
      buriedSiblings: filter.buried, nextLearningDue: nextLearning)
  }

  /// The card's probability of recall now (0 without a memory yet).
  static func recall(of card: QueueCandidate, at now: Date, scheduler: FSRSScheduler) -> Double {
    guard let stability = card.stability, let lastReview = card.lastReview else { return 0 }
    return scheduler.retrievability(stability: stability, lastReview: lastReview, at: now)
  }
}
