import Foundation
import ProgressStore
import StudyCore

/// A card's scheduling and log in Anki's terms.
struct AnkiScheduling {
  let parameters: SchedulerParameters
  let timeZone: TimeZone
  let startHour: Int
  /// The collection's creation day (NoteDrill's study-day number).
  let creationDay: Int

  /// The card for `progress`; new (at `position`) when there is none or it was never answered.
  func card(id: Int64, noteID: Int64, deckID: Int64, position: Int, progress: CardProgress?)
    -> AnkiCard
  {
    var card = AnkiCard(
      id: id, noteID: noteID, deckID: deckID, type: 0, queue: 0, due: Int64(position),
      interval: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "{}")
    guard let progress, let lastReview = progress.card.lastReview else { return card }
    let scheduled = progress.card
    card.reps = progress.reps
    card.lapses = progress.lapses
    card.factor = 2500
    switch scheduled.state {
    case .review:
      card.type = 2
      card.queue = 2
      card.due = Int64(day(scheduled.due) - creationDay)
      card.interval = max(1, day(scheduled.due) - day(lastReview))
    case .learning, .relearning:
      let steps =
        scheduled.state == .learning ? parameters.learningSteps : parameters.relearningSteps
      card.type = scheduled.state == .learning ? 1 : 3
      card.queue = 1
      card.due = Int64(scheduled.due.timeIntervalSince1970.rounded(.down))
      card.left = max(1, steps.count - (scheduled.step ?? 0))
      card.interval = scheduled.state == .relearning ? 1 : 0
    }
    if progress.isSuspended { card.queue = -1 }
    card.data = memoryData(scheduled, lastReview: lastReview)
    return card
  }

  /// Anki's log for one card's scheduled answers (in replay order), replayed to know each
  /// interval; an answer the scheduler refuses ends the log there.
  func log(_ reviews: [LoggedReview], cardID: Int64) -> [AnkiReview] {
    var card: SchedulingCard?
    var lastInterval = 0
    var entries: [AnkiReview] = []
    for review in reviews {
      let scheduler = FSRSScheduler(parameters: review.parameters ?? parameters)
      let before = card ?? SchedulingCard.new(due: review.date)
      guard
        let outcome = try? scheduler.review(
          before, rating: review.rating, at: review.date, fuzz: review.fuzz)
      else { break }
      let interval =
        outcome.card.state == .review
        ? max(1, outcome.intervalDays)
        : -Int(max(0, outcome.card.due.timeIntervalSince(review.date)).rounded())
      let stateBefore = card == nil ? 0 : before.state.rawValue
      entries.append(
        AnkiReview(
          id: review.micros / 1000, cardID: cardID, ease: review.rating.rawValue,
          interval: interval, lastInterval: lastInterval,
          factor: Int(((outcome.card.memory?.difficulty ?? 0) * 100).rounded()),
          time: min(60_000, review.responseMs), type: logType(stateBefore)))
      lastInterval = interval
      card = outcome.card
    }
    return entries
  }

  /// Learning (new or learning before) 0, review 1, relearning 2.
  private func logType(_ stateBefore: Int) -> Int {
    switch stateBefore {
    case 2: 1
    case 3: 2
    default: 0
    }
  }

  /// The study-day number of `date`.
  private func day(_ date: Date) -> Int {
    StudyDay(containing: date, timeZone: timeZone, startHour: startHour).number
  }

  /// `{"s":…,"d":…,"dr":…,"decay":…,"lrt":…}`: the memory state Anki's FSRS reads.
  private func memoryData(_ card: SchedulingCard, lastReview: Date) -> String {
    var object: [String: Any] = [
      "dr": parameters.desiredRetention,
      "lrt": Int64(lastReview.timeIntervalSince1970.rounded(.down)),
    ]
    if let memory = card.memory {
      object["s"] = rounded(memory.stability)
      object["d"] = rounded(memory.difficulty)
    }
    if let decay = parameters.weights.values.last { object["decay"] = decay }
    guard
      let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  private func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
