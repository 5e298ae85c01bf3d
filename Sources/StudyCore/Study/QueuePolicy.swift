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
  /// The note it comes from ("" when unknown).
  public var note: String = ""
  /// Its topic key (note and heading path, as ``StudyIndex/topicKey(_:)``; "" when unknown).
  public var topic: String = ""

  /// A candidate with every field given.
  public init(
    questionID: String, state: CardState, due: Date, lastReview: Date?, stability: Double?,
    siblingGroup: String, notePosition: Int, note: String = "", topic: String = ""
  ) {
    self.note = note
    self.topic = topic
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
/// now (by due time), then reviews due today (``StudyOrder/reviews(_:)``: by due day, then one
/// topic after another), then new cards across topics and notes (``StudyOrder/newCards(_:introduced:limit:admit:)``)
/// up to the room left under the daily limit, at most one card per sibling group; the store
/// then spaces the queue with ``spaced(_:cards:)``.
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
  ///   - introducedPerTopic: topic key → cards of it already studied.
  public static func queue(
    studied: [QueueCandidate], fresh: [QueueCandidate], answeredToday: [String: Set<String>],
    day: StudyDay, now: Date, newLimit: Int, introducedToday: Int, scheduler: FSRSScheduler,
    introducedPerTopic: [String: Int] = [:]
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
    var entries = learning.filter { filter.admit(questionID: $0.entry.questionID, group: $0.group) }
      .map(\.entry)
    let topicOf = Dictionary(studied.map { ($0.questionID, $0) }) { first, _ in first }
    let admitted = reviews.filter { filter.admit(questionID: $0.entry.questionID, group: $0.group) }
    let entryOf = Dictionary(admitted.map { ($0.entry.questionID, $0.entry) }) { first, _ in first }
    entries += StudyOrder.reviews(
      admitted.map { review in
        let card = topicOf[review.entry.questionID]
        return DueCard(
          card: StudyCard(
            id: review.entry.questionID, note: card?.note ?? "", topic: card?.topic ?? "",
            group: review.group, subjects: [], options: [], position: card?.notePosition ?? 0),
          dueDay: Int((review.entry.due.timeIntervalSince(day.start) / 86_400).rounded(.down)),
          recall: review.entry.retrievability)
      }
    ).compactMap { entryOf[$0.card.id] }
    let room = max(0, newLimit - introducedToday)
    let dueOf = Dictionary(fresh.map { ($0.questionID, $0.due) }) { first, _ in first }
    let chosen = StudyOrder.newCards(
      fresh.map {
        StudyCard(
          id: $0.questionID, note: $0.note, topic: $0.topic, group: $0.siblingGroup,
          subjects: [], options: [], position: $0.notePosition)
      }, introduced: introducedPerTopic, limit: room
    ) { filter.admit(questionID: $0.id, group: $0.group) }
    entries += chosen.map {
      QueueEntry(
        questionID: $0.id, reason: .new, due: dueOf[$0.id] ?? day.start, retrievability: 0)
    }
    return StudyQueue(
      day: day, entries: entries, newLimit: newLimit, newIntroducedToday: introducedToday,
      buriedSiblings: filter.buried, nextLearningDue: nextLearning)
  }

  /// `queue` spaced so no two neighbours share a sibling group, a subject or an option set
  /// (``StudyOrder/spaced(_:)``), from the full `cards` (subjects and options) of its entries.
  public static func spaced(_ queue: StudyQueue, cards: [String: StudyCard]) -> StudyQueue {
    let byID = Dictionary(queue.entries.map { ($0.questionID, $0) }) { first, _ in first }
    let ordered = StudyOrder.spaced(
      queue.entries.map { entry in
        cards[entry.questionID]
          ?? StudyCard(
            id: entry.questionID, note: "", topic: "", group: "", subjects: [], options: [],
            position: 0)
      })
    var spaced = queue
    spaced.entries = ordered.compactMap { byID[$0.id] }
    return spaced
  }

  /// The card's probability of recall now (0 without a memory yet).
  static func recall(of card: QueueCandidate, at now: Date, scheduler: FSRSScheduler) -> Double {
    guard let stability = card.stability, let lastReview = card.lastReview else { return 0 }
    return scheduler.retrievability(stability: stability, lastReview: lastReview, at: now)
  }
}
