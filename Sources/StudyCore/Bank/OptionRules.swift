import NoteOutline

/// Takes out of the options what is no answer at all: an organising heading (`사용 기능`,
/// `CloudWatch 용어`) or the umbrella of the key (`S3 Glacier` beside `S3 Glacier Deep Archive`).
struct OptionNameRule: CandidateRule {
  /// Kinds whose options are names of things.
  static let nameKinds: Set<QuestionKind> = [
    .definitionToTerm, .attributeToSubject, .subjectFact, .tableRowKey, .comparisonSide,
  ]

  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    if candidate.format == .singleChoice || candidate.format == .multipleChoice {
      candidate.distractors.removeAll(where: FragmentRule.isBrokenOption)
      // Cleaning (`2-1. RDS`, `2-2. RDS` → `RDS`) can make two options one.
      var seen = Set(candidate.keys.map(context.cache.key))
      candidate.distractors = candidate.distractors.filter {
        seen.insert(context.cache.key($0)).inserted
      }
    }
    guard Self.nameKinds.contains(candidate.kind), !candidate.distractors.isEmpty else {
      return nil
    }
    let keyWords = candidate.keys.map(Self.words)
    // A heading above the key's section (`S3 Storage Class` over `S3 Glacier Deep Archive`)
    // is its umbrella, not a rival.
    let ancestors = Set(
      candidate.place.headingPath.map { context.cache.key(ConceptNaming.cleanName($0)) })
    candidate.distractors = candidate.distractors.filter { option in
      guard !ancestors.contains(context.cache.key(option)) else { return false }
      guard ConceptNaming.namesConcept(option) || candidate.kind == .tableRowKey else {
        return false
      }
      let words = Self.words(option)
      // An option whose words all start the key's names is the key's family name.
      return !keyWords.contains { key in
        words.count < key.count && Array(key.prefix(words.count)) == words
      }
    }
    return nil
  }

  /// The option's words, lowercased, without a leading `Amazon`/`AWS`.
  static func words(_ text: String) -> [String] {
    let words = text.lowercased().split(separator: " ").map(String.init)
    return words.first == "amazon" || words.first == "aws" ? Array(words.dropFirst()) : words
  }
}

/// Drops (or asks without its context line) a question whose prompt shows the key or an
/// alias of it, after folding case, width, spaces and punctuation. Options that all appear in
/// the prompt (`[SNS vs SQS]`) tell nothing; a numeric key counts only as a whole number.
struct LeakRule: CandidateRule {
  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    guard Self.leaks(candidate.prompt, candidate, context.cache) else { return nil }
    guard let fallback = candidate.fallbackPrompt, !Self.leaks(fallback, candidate, context.cache)
    else { return .leakage }
    candidate.prompt = fallback
    candidate.context = nil
    return nil
  }

  static func leaks(_ prompt: String, _ candidate: Candidate, _ cache: TextKeyCache) -> Bool {
    if candidate.kind == .numericCloze {
      return candidate.keys.contains { NumberFinder.containsNumber($0, in: prompt) }
    }
    let folded = TextNormalizer.key(prompt)
    // Very short secrets (one Latin letter, one digit) would match by accident.
    let shown = { (text: String) -> Bool in
      let key = cache.key(text)
      return key.unicodeScalars.count >= 2 && TextNormalizer.containsKey(folded, key)
    }
    let options = candidate.keys + candidate.distractors
    if candidate.format != .typed, options.allSatisfy(shown) { return false }
    let keys = [.singleChoice, .typed].contains(candidate.format) ? candidate.keys : []
    return (candidate.secrets + keys).contains(where: shown)
  }
}

/// Drops (or asks without its context line) a question whose key can be matched by eye: a
/// distinctive word of the key, or its stem, appears in the prompt while no distractor shares
/// it (`이벤트에 대한 알림` → `이벤트 알림`), or a typed key's word is already in the prompt.
struct GiveawayRule: CandidateRule {
  /// Kinds whose prompt options are expected to echo (a scenario's architecture restates its
  /// requirements; a question the learner wrote is asked as written); diagram questions
  /// compare with the asked node only.
  static let promptMatchedKinds: Set<QuestionKind> = [.flowOrder, .scenario, .authoredChoice]

  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    guard Self.givesAway(candidate.prompt, candidate) else { return nil }
    guard let fallback = candidate.fallbackPrompt,
      !LeakRule.leaks(fallback, candidate, context.cache), !Self.givesAway(fallback, candidate)
    else { return .giveaway }
    candidate.prompt = fallback
    candidate.context = nil
    return nil
  }

  static func givesAway(_ prompt: String, _ candidate: Candidate) -> Bool {
    guard !promptMatchedKinds.contains(candidate.kind) else { return false }
    if candidate.format == .typed {
      guard candidate.kind == .termCloze || candidate.kind == .termRecall else { return false }
      // The blank's own words written elsewhere in the sentence, or in the description
      // (`물리 주소` from `…할당된 주소` still asks for `물리`).
      let stems = Set(candidate.keys.flatMap(DistinctiveWords.stems))
      return !stems.isEmpty && stems.isSubset(of: DistinctiveWords.stems(prompt))
    }
    guard candidate.format == .singleChoice, !candidate.distractors.isEmpty else { return false }
    // A masked name (○○) in the key alone marks it as the option that was about the term.
    let masked = { (option: String) -> Bool in
      option.hasSubstring(Templates.blank) || option.hasSubstring("___")
    }
    if candidate.keys.contains(where: masked), !candidate.distractors.contains(where: masked) {
      return true
    }
    let shownStems = Set(DistinctiveWords.stems(Self.comparedText(prompt, candidate)))
    let keyShared = Set(candidate.keys.flatMap(DistinctiveWords.stems)).intersection(shownStems)
    guard !keyShared.isEmpty else { return false }
    // Every option written in full in the prompt (`[SNS vs SQS]` with SNS and SQS) tells
    // nothing.
    let named = { (option: String) in
      let stems = Set(DistinctiveWords.stems(option))
      return !stems.isEmpty && stems.isSubset(of: shownStems)
    }
    if candidate.keys.allSatisfy(named), candidate.distractors.allSatisfy(named) { return false }
    let distractorShared = Set(candidate.distractors.flatMap(DistinctiveWords.stems))
      .intersection(shownStems)
    return !keyShared.isSubset(of: distractorShared)
  }

  /// A diagram question draws its neighbourhood: only the asked node's label may echo.
  static func comparedText(_ prompt: String, _ candidate: Candidate) -> String {
    guard [.flowNext, .flowPrevious, .flowEdgeLabel].contains(candidate.kind) else {
      return prompt
    }
    return candidate.terms.filter { !candidate.keys.contains($0) }.joined(separator: " ")
  }
}
