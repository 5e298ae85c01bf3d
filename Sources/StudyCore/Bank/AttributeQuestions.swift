/// "ELB의 역할은?" and its reverse, "다음 역할을 하는 것은?", from labelled attributes.
extension BankBuilder {
  mutating func generateAttributeQuestions() {
    // Requirement/recommendation pairs are asked as scenarios instead.
    let attributes = facts.attributes.filter {
      !["요구사항", "권장 아키텍처"].contains(Labels.normalisedLabel($0.label))
    }
    let byLabel = Dictionary(grouping: attributes) { TextNormalizer.key($0.label) }
    let aliases = self.aliases
    for attribute in attributes {
      let sameLabel = byLabel[TextNormalizer.key(attribute.label)] ?? []
      let others = sameLabel.filter { !aliases.same($0.subject, attribute.subject) }
      let tiers = NearbyTiers(others).tiers(near: attribute.place)
      let lang = language(attribute.place)
      let fact = ["attr", TextNormalizer.nameKey(attribute.subject), TextNormalizer.key(attribute.label)]
      let ownValues = Set(
        sameLabel.filter { aliases.same($0.subject, attribute.subject) }.map {
          TextNormalizer.key($0.value)
        })
      let explanation = "\(attribute.subject) — \(attribute.label): \(attribute.value)"
      let valuePicker = DistractorPicker(
        key: attribute.value, count: 3, seed: StableID.hash(fact + ["value"]),
        rejects: { ownValues.contains(TextNormalizer.key($0)) })
      emit(
        Candidate(
          kind: .attribute, format: .singleChoice,
          prompt: Templates.attribute(attribute.subject, attribute.label, lang),
          keys: [attribute.value], distractors: valuePicker.pick(tiers.map { $0.map(\.value) }),
          minimumDistractors: 2, explanation: explanation, place: attribute.place,
          terms: [attribute.subject], fact: fact, identity: fact, secrets: [],
          auditSubject: attribute.subject))

      // The reverse needs the value to belong to this subject alone.
      let valueKey = TextNormalizer.key(attribute.value)
      if others.contains(where: { TextNormalizer.key($0.value) == valueKey }) {
        report.drop(.ambiguous, kind: .attributeToSubject, subject: attribute.value,
          source: source(attribute.place))
        continue
      }
      let secrets = [attribute.subject] + aliases.aliases(of: attribute.subject)
      let subjectPicker = DistractorPicker(
        key: attribute.subject, count: 3, seed: StableID.hash(fact + ["subject"]),
        rejects: { candidate in secrets.contains { aliases.same($0, candidate) } })
      let context = attribute.place.headingPath.dropLast().last
      emit(
        Candidate(
          kind: .attributeToSubject, format: .singleChoice,
          prompt: Templates.attributeToSubject(
            attribute.label, Templates.mask(attribute.value, secrets), context: context, lang),
          fallbackPrompt: Templates.attributeToSubject(
            attribute.label, Templates.mask(attribute.value, secrets), context: nil, lang),
          keys: [attribute.subject],
          distractors: subjectPicker.pick(tiers.map { Self.unique($0.map(\.subject)) }),
          minimumDistractors: 2, explanation: explanation, place: attribute.place,
          terms: [attribute.subject], fact: fact, identity: fact, secrets: secrets,
          auditStatement: attribute.value))
    }
  }

  /// The strings without repeats (first spelling kept), in order.
  static func unique(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert(TextNormalizer.key($0)).inserted }
  }
}
