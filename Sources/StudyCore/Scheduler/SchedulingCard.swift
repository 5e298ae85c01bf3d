import Foundation

/// The scheduling state of one card: what the scheduler reads and returns.
///
/// This is the same information the reference implementation keeps on its `Card`, minus the id,
/// which belongs to whoever stores the card. Instants are kept as whole microseconds since
/// 1970-01-01T00:00:00Z (the reference's resolution), exact at any date; the `Date` properties
/// are views of them for code that works in `Date`.
public struct SchedulingCard: Sendable, Equatable, Hashable {
  /// Learning, review or relearning.
  public var state: CardState
  /// The index of the current learning or relearning step; `nil` in the review state.
  public var step: Int?
  /// Stability and difficulty; `nil` before the first review.
  public var memory: MemoryState?
  /// When the card should next be shown, in microseconds since 1970.
  public var dueMicros: Int64
  /// When the card was last reviewed, in microseconds since 1970; `nil` before the first review.
  public var lastReviewMicros: Int64?

  /// A card with every field given; the scheduler checks that they fit together when it reviews.
  public init(
    state: CardState, step: Int?, memory: MemoryState?, dueMicros: Int64, lastReviewMicros: Int64?
  ) {
    self.state = state
    self.step = step
    self.memory = memory
    self.dueMicros = dueMicros
    self.lastReviewMicros = lastReviewMicros
  }

  /// A card with every field given, instants as dates (rounded to the microsecond).
  public init(
    state: CardState, step: Int?, memory: MemoryState?, due: Date, lastReview: Date?
  ) {
    self.init(
      state: state, step: step, memory: memory, dueMicros: UTCTimestamp.unixMicros(due),
      lastReviewMicros: lastReview.map(UTCTimestamp.unixMicros))
  }

  /// A card never reviewed: learning, step 0, no memory state, due at `due`.
  public static func new(due: Date) -> SchedulingCard {
    SchedulingCard(state: .learning, step: 0, memory: nil, due: due, lastReview: nil)
  }

  /// A card never reviewed, due at `dueMicros` microseconds since 1970.
  public static func new(dueMicros: Int64) -> SchedulingCard {
    SchedulingCard(
      state: .learning, step: 0, memory: nil, dueMicros: dueMicros, lastReviewMicros: nil)
  }

  /// When the card should next be shown.
  public var due: Date {
    get { UTCTimestamp.date(unixMicros: dueMicros) }
    set { dueMicros = UTCTimestamp.unixMicros(newValue) }
  }

  /// When the card was last reviewed; `nil` before the first review.
  public var lastReview: Date? {
    get { lastReviewMicros.map { UTCTimestamp.date(unixMicros: $0) } }
    set { lastReviewMicros = newValue.map(UTCTimestamp.unixMicros) }
  }

  /// The card's stability in days, or `nil` before the first review.
  public var stability: Double? { memory?.stability }

  /// The card's difficulty (1 to 10), or `nil` before the first review.
  public var difficulty: Double? { memory?.difficulty }
}

extension SchedulingCard: Codable {
  private enum CodingKeys: String, CodingKey {
    case state, step, memory, due, lastReview
  }

  /// Reads the fields under their names, instants as dates.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      state: try container.decode(CardState.self, forKey: .state),
      step: try container.decodeIfPresent(Int.self, forKey: .step),
      memory: try container.decodeIfPresent(MemoryState.self, forKey: .memory),
      due: try container.decode(Date.self, forKey: .due),
      lastReview: try container.decodeIfPresent(Date.self, forKey: .lastReview))
  }

  /// Writes the fields under their names, instants as dates.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(state, forKey: .state)
    try container.encodeIfPresent(step, forKey: .step)
    try container.encodeIfPresent(memory, forKey: .memory)
    try container.encode(due, forKey: .due)
    try container.encodeIfPresent(lastReview, forKey: .lastReview)
  }
}
