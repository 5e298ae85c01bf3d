import Foundation

/// Cards failed in a session, or still in their learning steps, come back in the same session
/// once their step is due, the way Anki's learning queue works: a due repeat goes before the
/// next card of the queue, and when the queue runs out a repeat due within ``learnAhead`` is
/// asked early rather than ending the session.
extension DrillSession {
  /// How far ahead of its step a repeat is asked when nothing else is left (Anki's default
  /// learn-ahead limit).
  public static let learnAhead: TimeInterval = 20 * 60

  /// The store saved the last answer and the scheduler gave `outcome` (`nil` when the answer
  /// did not go through the scheduler). A card left in a learning or relearning step is put
  /// back into the session, due when the step is; a session that ran out of cards (and was
  /// not stopped) reopens on it when it is due within ``learnAhead``. Only the daily drill
  /// asks cards again; weak-topic reviews and checklist quizzes keep their own lists.
  public mutating func answerSaved(_ outcome: ReviewOutcome?, questionID: String, at now: Date) {
    guard mode == .drill, let outcome, outcome.card.state != .review,
      let last = records.indices.last,
      !records[last].scheduledRepeat, items.indices.contains(records[last].index)
    else { return }
    let answered = items[records[last].index]
    guard answered.question.id == questionID else { return }
    items.append(
      DrillItem(
        question: StudyOrder.reshuffled(answered.question, seed: StudyOrder.seed(at: now)),
        reason: .learning, dueAt: outcome.card.due,
        related: answered.related))
    records[last].scheduledRepeat = true
    if phase == .finished, !isStopped {
      let position = nextPosition(at: now)
      if position < items.count { show(position, at: now) }
    }
  }

  /// The position to ask next: a repeat whose step is due, else the next card of the queue,
  /// else a repeat due within ``learnAhead``; `items.count` when nothing is left.
  func nextPosition(at now: Date) -> Int {
    var firstFresh: Int?
    var earliestRepeat: (position: Int, due: Date)?
    for position in items.indices where !answered.contains(position) {
      guard let due = items[position].dueAt else {
        if firstFresh == nil { firstFresh = position }
        continue
      }
      if earliestRepeat.map({ due < $0.due }) ?? true { earliestRepeat = (position, due) }
    }
    if let repeatCard = earliestRepeat, repeatCard.due <= now { return repeatCard.position }
    if let firstFresh { return firstFresh }
    if let repeatCard = earliestRepeat, repeatCard.due <= now.addingTimeInterval(Self.learnAhead) {
      return repeatCard.position
    }
    return items.count
  }

  /// Cards not answered yet, the current one included (for the header's counts).
  public var unansweredItems: [DrillItem] {
    items.indices.filter { !answered.contains($0) }.map { items[$0] }
  }

  /// The numbers of the summary.
  public var summary: DrillSummary {
    var cards: Set<String> = []
    var firstTime = 0
    var firstTimeRight = 0
    for record in records where items.indices.contains(record.index) {
      cards.insert(items[record.index].question.id)
      if !record.isRepeat {
        firstTime += 1
        if record.isCorrect { firstTimeRight += 1 }
      }
    }
    return DrillSummary(
      answers: records.count, right: records.filter(\.isCorrect).count, cards: cards.count,
      repeats: records.filter(\.isRepeat).count, firstTime: firstTime,
      firstTimeRight: firstTimeRight)
  }
}

/// What a session came to: answers, right ones, and how the repeats count.
public struct DrillSummary: Equatable, Sendable {
  /// Answers saved, repeats included.
  public var answers: Int
  /// Answers that were right, repeats included.
  public var right: Int
  /// Distinct cards answered.
  public var cards: Int
  /// Answers to cards asked again within the session.
  public var repeats: Int
  /// Answers to cards from today's queue (each card's first answer in the session).
  public var firstTime: Int
  /// Of those, the right ones.
  public var firstTimeRight: Int
}
