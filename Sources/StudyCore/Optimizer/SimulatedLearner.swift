import Foundation

/// A seeded learner whose memory follows FSRS-6 with known weights, for testing the optimizer
/// and measuring it against the reference: cards are studied on the schedule the true weights
/// give (learning steps the same day, then reviews on the due day, sometimes a day or more
/// late), and each answer is recalled with the true probability times a per-card noise.
public struct SimulatedLearner: Sendable {
  /// The weights the learner's memory follows.
  public let trueWeights: FSRSWeights
  /// The spread (standard deviation of the log) of each card's stability around the model's.
  public let noise: Double
  private var random: SeededGenerator

  /// A learner with memory by `trueWeights`, per-card noise `noise`, draws from `seed`.
  public init(trueWeights: FSRSWeights, noise: Double, seed: UInt64) {
    self.trueWeights = trueWeights
    self.noise = noise
    random = SeededGenerator(seed: seed)
  }

  /// Weights unlike the defaults (a learner who keeps new cards longer, with a flatter
  /// forgetting curve and larger gains from success), used as the truth for the optimizer's tests.
  public static let sampleWeights: FSRSWeights = {
    var values = FSRSWeights.defaultValues
    values[0] = 1.0
    values[1] = 3.0
    values[2] = 8.0
    values[3] = 20.0
    values[8] = 1.5
    values[9] = 0.25
    values[11] = 1.9
    values[20] = 0.3
    return (try? FSRSWeights(values)) ?? .defaults
  }()

  private mutating func unit() -> Double {
    Double(random.next() >> 11) / Double(UInt64(1) << 53)
  }

  private mutating func normal() -> Double {
    let u = max(unit(), 1e-12)
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * unit())
  }

  /// About `reviews` answers (a few more: the last day is finished), `newPerDay` new cards a
  /// day, starting at `start` (microseconds since 1970).
  public mutating func history(
    reviews target: Int, newPerDay: Int = 20, start: Int64 = 1_700_000_000_000_000
  )
    -> [OptimizerReview]
  {
    let scheduler = FSRSScheduler(
      parameters: (try? SchedulerParameters(weights: trueWeights)) ?? .default)
    var cards: [(id: String, card: SchedulingCard, scale: Double)] = []
    var log: [OptimizerReview] = []
    let day: Int64 = 86_400_000_000
    var dayIndex: Int64 = 0
    while log.count < target {
      let dayStart = start + dayIndex * day + Int64(unit() * 4 * 3_600_000_000)
      for _ in 0..<newPerDay {
        cards.append(
          (
            "c\(cards.count)", .new(due: UTCTimestamp.date(unixMicros: dayStart)),
            exp(noise * normal())
          ))
      }
      var today: [OptimizerReview] = []
      for index in cards.indices {
        var clock = dayStart + Int64(index % 600) * 1_000_000
        // Reviews due by the end of today, done today (a card skipped stays due).
        while UTCTimestamp.unixMicros(cards[index].card.due) < dayStart + day / 2 {
          let dueMicros = UTCTimestamp.unixMicros(cards[index].card.due)
          guard cards[index].card.state != .review || unit() > 0.1 else { break }
          clock = max(clock, dueMicros)
          let rating = answer(cards[index].card, scale: cards[index].scale, at: clock, scheduler)
          guard
            let outcome = try? scheduler.review(
              cards[index].card, rating: rating, at: UTCTimestamp.date(unixMicros: clock))
          else { break }
          cards[index].card = outcome.card
          today.append(OptimizerReview(card: cards[index].id, rating: rating, time: clock))
        }
      }
      log.append(contentsOf: today.sorted { $0.time < $1.time })
      dayIndex += 1
    }
    return log
  }

  /// The learner's answer: recalled with the model's probability at a stability scaled by the
  /// card's noise (0.85 for a step the same day); a recalled card is Hard, Good or Easy (15/75/10%), a first review is Again,
  /// Hard, Good or Easy (20/10/60/10%).
  private mutating func answer(
    _ card: SchedulingCard, scale: Double, at micros: Int64, _ scheduler: FSRSScheduler
  ) -> Rating {
    let u = unit()
    guard let memory = card.memory, let last = card.lastReview else {
      return u < 0.2 ? .again : u < 0.3 ? .hard : u < 0.9 ? .good : .easy
    }
    let days = ElapsedDays.between(micros: UTCTimestamp.unixMicros(last), micros: micros)
    let model = TrainingModel(trueWeights.values)
    let recall = days < 1 ? 0.85 : model.retrievability(Double(days), memory.stability * scale)
    guard unit() < recall else { return .again }
    return u < 0.15 ? .hard : u < 0.9 ? .good : .easy
  }
}
