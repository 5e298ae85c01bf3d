/// "Select all that apply" and "which is NOT one of" from named lists of members.
extension BankBuilder {
  /// The most members a select-all question shows; larger lists show a seeded sample.
  static let maximumSelectAllKeys = 8

  mutating func generateEnumerationQuestions() {
    let enumerations = facts.enumerations
    let aliases = self.aliases
    let cache = self.cache
    let byCategory = Dictionary(grouping: enumerations) { TextNormalizer.key($0.category) }
    let nearby = NearbyTiers(enumerations)
    for enumeration in enumerations {
      let categoryKey = TextNormalizer.key(enumeration.category)
      // Everything listed under this category anywhere is a member, never an outsider.
      let allMembers = (byCategory[categoryKey] ?? []).flatMap(\.members)
      let isMember = { (name: String) in allMembers.contains { cache.same($0, name) } }
      let tiers = nearby.tiers(near: enumeration.place).map { tier in
        Self.unique(
          tier.filter { TextNormalizer.key($0.category) != categoryKey }.flatMap(\.members))
      }
      let lang = language(enumeration.place)
      let fact = ["enum", categoryKey]
      let context = enumeration.place.headingPath.last
      let explanation = "\(enumeration.name): \(enumeration.members.joined(separator: ", "))"
      var generator = SeededGenerator(seed: StableID.hash(fact))
      var keys = Self.unique(enumeration.members)
      if keys.count > Self.maximumSelectAllKeys {
        keys.shuffle(using: &generator)
        keys = Array(keys.prefix(Self.maximumSelectAllKeys - 2))
      }
      let sample = keys.first ?? ""
      // Outsiders of the members' kind: services among services, other things among others.
      let servicesListed = keys.filter { Self.isServiceName($0, aliases) }.count * 2 > keys.count
      let outsiders = DistractorPicker(
        cache: cache, key: sample, count: 3, seed: StableID.hash(fact + ["out"]),
        rejects: { isMember($0) || Self.isServiceName($0, aliases) != servicesListed }
      ).pick(tiers)
      emit(
        .namedList,
        Candidate(
          kind: .enumerationSelectAll, format: .multipleChoice,
          prompt: Templates.selectAll(
            enumeration.category, count: keys.count, context: context, lang),
          fallbackPrompt: Templates.selectAll(
            enumeration.category, count: keys.count, context: nil, lang),
          keys: keys, distractors: outsiders, minimumDistractors: 2, explanation: explanation,
          place: enumeration.place, terms: [enumeration.category], fact: fact, identity: fact,
          secrets: [], auditSubject: enumeration.category))
      guard let outsider = outsiders.first else { continue }
      var members = Self.unique(enumeration.members)
      members.shuffle(using: &generator)
      emit(
        .namedList,
        Candidate(
          kind: .enumerationNotOneOf, format: .singleChoice,
          prompt: Templates.notOneOf(enumeration.category, context: context, lang),
          fallbackPrompt: Templates.notOneOf(enumeration.category, context: nil, lang),
          keys: [outsider], distractors: Array(members.prefix(3)), minimumDistractors: 2,
          explanation: explanation, place: enumeration.place, terms: [enumeration.category],
          fact: fact, identity: fact, secrets: [],
          auditFalseKeyAbout: enumeration.category))
    }
  }
}

extension Templates {
  static func selectAll(_ category: String, count: Int, context: String?, _ language: NoteLanguage)
    -> String
  {
    switch language {
    case .korean:
      withContext(context, "다음 중 \(category)에 해당하는 것을 모두 고르세요.")
    case .english:
      withContext(context, "Select every item that is one of the \(category).")
    }
  }

  static func notOneOf(_ category: String, context: String?, _ language: NoteLanguage) -> String {
    switch language {
    case .korean:
      withContext(context, "다음 중 \(category)에 해당하지 않는 것은?")
    case .english: withContext(context, "Which of these is NOT one of the \(category)?")
    }
  }
}
