import Foundation

/// The learner's own cards, asked as written: flip cards for `Q::A`, `Q:::A`, multi-line and
/// `==cloze==`; choice questions for task lists under a question line.
extension BankBuilder {
  mutating func generateAuthoredQuestions() {
    for fact in facts.authored {
      switch fact.shape {
      case .card(let card):
        emitCard(card, fact.place)
      case .cloze(let prompt, let answer):
        let identity = ["cloze", TextNormalizer.key(prompt)]
        emit(
          .authored,
          Candidate(
            kind: .authoredCloze, format: .flip, prompt: prompt, keys: [answer],
            explanation: prompt.replacingOccurrences(of: "___", with: answer), place: fact.place,
            terms: [answer], fact: identity, identity: identity, secrets: []))
      case .choice(let question, let options, let keys):
        let identity = ["choice", TextNormalizer.key(question)]
        emit(
          .authored,
          Candidate(
            kind: .authoredChoice, format: keys.count == 1 ? .singleChoice : .multipleChoice,
            prompt: question, keys: keys, distractors: options.filter { !keys.contains($0) },
            minimumDistractors: 1, explanation: "\(question) → \(keys.joined(separator: ", "))",
            place: fact.place, terms: [], fact: identity, identity: identity, secrets: [],
            presetOptions: options))
      }
    }
  }

  private mutating func emitCard(_ card: AuthoredCards.Card, _ place: FactPlace) {
    let identity = ["card", TextNormalizer.key(card.front)]
    let explanation = "\(card.front) → \(card.back)"
    emit(
      .authored,
      Candidate(
        kind: .authoredBasic, format: .flip, prompt: card.front, keys: [card.back],
        explanation: explanation, place: place, terms: [], fact: identity, identity: identity,
        secrets: []))
    guard card.bothWays else { return }
    emit(
      .authored,
      Candidate(
        kind: .authoredReversed, format: .flip, prompt: card.back, keys: [card.front],
        explanation: explanation, place: place, terms: [], fact: identity,
        identity: identity + ["reversed"], secrets: []))
  }
}
