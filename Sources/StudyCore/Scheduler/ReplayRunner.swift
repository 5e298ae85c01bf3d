import Foundation

/// Replays reviews line by line, keeping each card apart by its id; the logic behind
/// `notedrill fsrs replay`, kept here so it can be tested without a process.
public struct ReplayRunner: Sendable {
  /// The scheduler every review goes through.
  public let scheduler: FSRSScheduler
  /// Each card's state after its latest review, by id.
  public private(set) var cards: [String: SchedulingCard] = [:]

  /// A runner with no cards yet.
  public init(scheduler: FSRSScheduler) {
    self.scheduler = scheduler
  }

  /// Replays one input line: `nil` for a blank line, otherwise the output line or why the line
  /// was refused. A refused line leaves every card as it was.
  public mutating func replay(line: String) -> Result<String, ReplayLineError>? {
    if line.allSatisfy(\.isWhitespace) { return nil }
    do {
      let input = try ReplayInput.parse(line)
      let outcome = try apply(input)
      return .success(ReplayOutput.line(card: input.card, outcome: outcome))
    } catch {
      return .failure(error)
    }
  }

  /// Reviews the card `input` names (a new card the first time an id appears).
  public mutating func apply(_ input: ReplayInput) throws(ReplayLineError) -> ReviewOutcome {
    let card = cards[input.card] ?? .new(dueMicros: input.micros)
    do {
      let outcome = try scheduler.review(
        card, rating: input.rating, atMicros: input.micros, fuzz: input.fuzz)
      cards[input.card] = outcome.card
      return outcome
    } catch {
      throw .refused(error)
    }
  }
}
