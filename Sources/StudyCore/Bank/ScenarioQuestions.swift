/// Scenario → recommended architecture, from `요구사항` / `권장 아키텍처` pairs.
extension BankBuilder {
  mutating func generateScenarioQuestions() {
    let scenarios = facts.scenarios
    let tiers = NearbyTiers(scenarios)
    for scenario in scenarios {
      let lang = language(scenario.place)
      let fact = ["scenario", TextNormalizer.key(scenario.requirement)]
      let others = tiers.tiers(near: scenario.place).map { tier in
        tier.filter {
          TextNormalizer.key($0.recommendation) != TextNormalizer.key(scenario.recommendation)
        }.map(\.recommendation)
      }
      let picker = DistractorPicker(
        cache: cache, key: scenario.recommendation, count: 3, seed: StableID.hash(fact),
        rejects: { _ in false })
      emit(
        .scenario,
        Candidate(
          kind: .scenario, format: .singleChoice,
          prompt: Templates.scenario(scenario.requirement, title: scenario.title, lang),
          keys: [scenario.recommendation], lazyDistractors: { picker.pick(others) },
          minimumDistractors: 2,
          explanation:
            "\(scenario.title) — 요구사항: \(scenario.requirement) → 권장 아키텍처: \(scenario.recommendation)",
          place: scenario.place, terms: [scenario.title], fact: fact, identity: fact,
          secrets: []))
    }
  }
}

extension Templates {
  static func scenario(_ requirement: String, title: String, _ language: NoteLanguage) -> String {
    switch language {
    case .korean: withContext(title, "다음 요구사항에 가장 알맞은 아키텍처는?\n" + quoted(requirement))
    case .english:
      withContext(title, "Which architecture best fits these requirements?\n" + quoted(requirement))
    }
  }
}
