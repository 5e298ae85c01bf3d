import Foundation

/// Why a card is in today's queue.
public enum QueueReason: String, Sendable, Codable, CaseIterable {
  /// A learning or relearning card whose next step is due now.
  case learning
  /// A review card due today.
  case review
  /// A card never studied, within today's new-card limit.
  case new
}

/// One card to study.
public struct QueueEntry: Sendable, Equatable, Codable {
  /// The question.
  public var questionID: String
  /// Why it is in the queue.
  public var reason: QueueReason
  /// When it fell due (for a new card, when it was introduced).
  public var due: Date
  /// The probability of recall now (0 for a new card).
  public var retrievability: Double

  /// An entry with every field given.
  public init(questionID: String, reason: QueueReason, due: Date, retrievability: Double) {
    self.questionID = questionID
    self.reason = reason
    self.due = due
    self.retrievability = retrievability
  }
}

/// Today's queue: learning cards due now, then due reviews (lowest retrievability first), then
/// new cards in note order up to the daily limit, at most one card per sibling group.
public struct StudyQueue: Sendable, Equatable {
  /// The study day the queue is for.
  public var day: StudyDay
  /// The cards, in the order to study them.
  public var entries: [QueueEntry]
  /// The daily new-card limit in force.
  public var newLimit: Int
  /// New cards already introduced today.
  public var newIntroducedToday: Int
  /// Cards left out because a sibling is queued or was answered today.
  public var buriedSiblings: Int
  /// The next time a learning card not yet due comes due today, if any.
  public var nextLearningDue: Date?

  /// A queue with every field given.
  public init(
    day: StudyDay, entries: [QueueEntry], newLimit: Int, newIntroducedToday: Int,
    buriedSiblings: Int, nextLearningDue: Date?
  ) {
    self.day = day
    self.entries = entries
    self.newLimit = newLimit
    self.newIntroducedToday = newIntroducedToday
    self.buriedSiblings = buriedSiblings
    self.nextLearningDue = nextLearningDue
  }

  /// The entries of one kind.
  public func entries(_ reason: QueueReason) -> [QueueEntry] {
    entries.filter { $0.reason == reason }
  }
}

/// Keeps one card per sibling group in a study day. A group answered today keeps only the
/// cards answered today (their learning steps go on); any other sibling is buried.
public struct SiblingFilter: Sendable {
  /// Sibling group → questions of it answered today.
  public var answeredToday: [String: Set<String>]
  private var taken: Set<String> = []
  /// How many cards were buried so far.
  public private(set) var buried = 0

  /// A filter for a day in which `answeredToday` (sibling group → questions) were answered.
  public init(answeredToday: [String: Set<String>]) {
    self.answeredToday = answeredToday
  }

  /// The group key: a question with no group is its own group.
  public static func key(questionID: String, group: String) -> String {
    group.isEmpty ? "id:" + questionID : group
  }

  /// Whether the card may be queued; counts it as buried when not.
  public mutating func admit(questionID: String, group: String) -> Bool {
    let key = Self.key(questionID: questionID, group: group)
    if let answered = answeredToday[key] {
      if answered.contains(questionID) { return true }
      buried += 1
      return false
    }
    guard taken.insert(key).inserted else {
      buried += 1
      return false
    }
    return true
  }
}
