/// Finds contradictions in a card's fields before the scheduler relies on them.
enum CardCheck {
  /// A sentence saying what is wrong with `card`, or `nil` when it is consistent.
  static func problem(with card: SchedulingCard) -> String? {
    switch card.state {
    case .learning:
      if let step = card.step, step < 0 { return "learning step \(step) is negative" }
    case .relearning:
      guard let step = card.step else { return "a relearning card needs a step" }
      if step < 0 { return "relearning step \(step) is negative" }
      if card.memory == nil { return "a relearning card needs stability and difficulty" }
    case .review:
      if let step = card.step { return "a review card has no step, got step \(step)" }
      if card.memory == nil { return "a review card needs stability and difficulty" }
    }
    guard let memory = card.memory else { return nil }
    if !(memory.stability.isFinite && memory.stability > 0) {
      return "stability must be a positive number, got \(memory.stability)"
    }
    if !memory.difficulty.isFinite {
      return "difficulty must be a number, got \(memory.difficulty)"
    }
    return nil
  }
}
