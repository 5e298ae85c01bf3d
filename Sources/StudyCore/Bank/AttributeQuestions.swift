/// "ELB의 역할은?" and its reverse, "다음 역할을 하는 것은?", from labelled attributes.
extension BankBuilder {
  mutating func generateAttributeQuestions() {
    // Requirement/recommendation pairs are asked as scenarios instead.
    let attributes = facts.attributes.filter {
      !["요구사항", "권장 아키텍처"].contains(Labels.normalisedLabel($0.label))
    }
    let byLabel = Dictionary(grouping: attributes) { TextNormalizer.key($0.label) }
    let tiersByLabel = byLabel.mapValues { NearbyTiers($0) }
    let aliases = self.aliases
    let cache = self.cache
    for attribute in attributes {
      let labelKey = TextNormalizer.key(attribute.label)
      let subjectKey = cache.concept(attribute.subject)
      let tiers = (tiersByLabel[labelKey]?.tiers(near: attribute.place) ?? []).map { tier in
        tier.filter { cache.concept($0.subject) != subjectKey }
      }
      let others = tiers.flatMap { $0 }
      let lang = language(attribute.place)
      let fact = [
        "attr", TextNormalizer.nameKey(attribute.subject), TextNormalizer.key(attribute.label),
      ]
      let ownValues = Set(
        (tiersByLabel[labelKey]?.tiers(near: attribute.place).flatMap { $0 } ?? [])
          .filter { cache.concept($0.subject) == subjectKey }
          .map { TextNormalizer.key($0.value) } + [TextNormalizer.key(attribute.value)])
      let explanation = "\(attribute.subject) — \(attribute.label): \(attribute.value)"
      let valuePicker = DistractorPicker(
        cache: cache, key: attribute.value, count: 3, seed: StableID.hash(fact + ["value"]),
        rejects: { ownValues.contains(TextNormalizer.key($0)) })
      emit(
        .labelledAttribute,
        Candidate(
          kind: .attribute, format: .singleChoice,
          prompt: Templates.attribute(
            ConceptNaming.cleanName(attribute.subject), attribute.label, lang),
          keys: [attribute.value], lazyDistractors: { valuePicker.pick(tiers) { $0.value } },
          minimumDistractors: 2, explanation: explanation, place: attribute.place,
          terms: [attribute.subject], fact: fact, identity: fact, secrets: [],
          auditSubject: attribute.subject))

      // The reverse needs the value to belong to this subject alone.
      let valueKey = TextNormalizer.key(attribute.value)
      if others.contains(where: { TextNormalizer.key($0.value) == valueKey }) {
        report.drop(
          .ambiguous, kind: .attributeToSubject, subject: attribute.value,
          source: source(attribute.place))
        continue
      }
      let secrets = [attribute.subject] + aliases.aliases(of: attribute.subject)
      let subjectPicker = DistractorPicker(
        cache: cache, key: attribute.subject, count: 3, seed: StableID.hash(fact + ["subject"]),
        rejects: { candidate in secrets.contains { cache.same($0, candidate) } })
      let context = attribute.place.headingPath.dropLast().last
      emit(
        .labelledAttribute,
        Candidate(
          kind: .attributeToSubject, format: .singleChoice,
          prompt: Templates.attributeToSubject(
            attribute.label, Templates.mask(attribute.value, secrets), context: context, lang),
          fallbackPrompt: Templates.attributeToSubject(
            attribute.label, Templates.mask(attribute.value, secrets), context: nil, lang),
          keys: [ConceptNaming.cleanName(attribute.subject)],
          lazyDistractors: {
            subjectPicker.pick(tiers) {
              Labels.isNamedList($0.subject) ? nil : ConceptNaming.cleanName($0.subject)
            }
          },
          minimumDistractors: 2, explanation: explanation, place: attribute.place,
          terms: [attribute.subject], fact: fact, identity: fact, secrets: secrets,
          auditStatement: attribute.value, graphConcept: attribute.subject))
    }
  }

  /// The strings without repeats (first spelling kept), in order.
  static func unique(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert(TextNormalizer.key($0)).inserted }
  }
}
