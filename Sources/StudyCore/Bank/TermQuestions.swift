/// Term → definition, definition → term, and typed recall of the term.
extension BankBuilder {
  /// The concept a term names: its alias-table canonical name, else its own name key.
  func conceptKey(_ name: String) -> String {
    aliases.canonical(name).map(TextNormalizer.nameKey) ?? TextNormalizer.nameKey(name)
  }

  /// Every spelling that must not appear in a prompt asking for this term.
  func secrets(of term: TermFact) -> [String] {
    var names = [term.name]
    if let parenthetical = term.parenthetical { names.append(parenthetical) }
    for name in names { names += aliases.aliases(of: name) }
    return names
  }

  mutating func generateTermQuestions() {
    let index = TermIndex(facts.terms, concept: conceptKey)
    for position in index.terms.indices {
      generateTermQuestions(for: position, index)
    }
  }

  private mutating func generateTermQuestions(for position: Int, _ index: TermIndex) {
    let term = index.terms[position]
    let fullName = term.displayName
    let lang = language(term.place)
    let fact = ["term", index.primaryConcept[position]]
    let explanation = "\(fullName): \(term.definition)"
    let context = term.place.headingPath.last
    let secrets = secrets(of: term)
    let definitionID = index.definitionIDs[position]

    // Term → definition: definitions of sibling terms (that do not name their own term).
    let cache = self.cache
    let definitionPicker = DistractorPicker(
      cache: cache, key: term.definition, count: 3, seed: StableID.hash(fact + ["t2d"]),
      rejects: { index.definitionKeys(of: position).contains(cache.key($0)) })
    emit(
      Candidate(
        kind: .termToDefinition, format: .singleChoice,
        prompt: Templates.termToDefinition(fullName, context: context, lang),
        fallbackPrompt: Templates.termToDefinition(fullName, context: nil, lang),
        keys: [Templates.mask(term.definition, secrets)],
        lazyDistractors: {
          definitionPicker.pick(index.tiers(for: position)) {
            index.namesOwnTerm[$0] ? nil : index.terms[$0].definition
          }
        }, minimumDistractors: 2,
        explanation: explanation, place: term.place, terms: [term.name], fact: fact,
        identity: fact, secrets: [], auditSubject: term.name))

    // A list's title (`6가지 클라우드 이점`) is asked through its members (the enumeration
    // questions); recalling the title itself from the list is a guessing game.
    guard !Labels.isNamedList(term.name) else { return }

    // Definition → term (choice) and typed recall: the definition must not name the term, and
    // no distractor term may have the same definition.
    let masked = Templates.mask(term.definition, secrets)
    // Names of the key's kind: services for a service, never a service for anything else.
    let aliases = self.aliases
    let keyIsService = Self.isServiceName(term.name, aliases)
    let namePicker = DistractorPicker(
      cache: cache, key: fullName, count: 3, seed: StableID.hash(fact + ["d2t"]),
      rejects: { candidate in
        secrets.contains { cache.same($0, candidate) }
          || Self.isServiceName(candidate, aliases) != keyIsService
      })
    emit(
      Candidate(
        kind: .definitionToTerm, format: .singleChoice,
        prompt: Templates.definitionToTerm(masked, context: context, lang),
        fallbackPrompt: Templates.definitionToTerm(masked, context: nil, lang),
        keys: [fullName],
        lazyDistractors: {
          namePicker.pick(index.tiers(for: position)) {
            // A list's title (`8가지 … 정책`) names no single thing: never a distractor.
            index.conceptDefinitions[$0].contains(definitionID)
              || Labels.isNamedList(index.terms[$0].name) ? nil : index.terms[$0].displayName
          }
        }, minimumDistractors: 2,
        explanation: explanation, place: term.place, terms: [term.name], fact: fact,
        identity: fact, secrets: secrets, auditStatement: term.definition,
        graphConcept: term.name))
    guard Self.isRecallable(term.name) else { return }
    emit(
      Candidate(
        kind: .termRecall, format: .typed,
        prompt: Templates.termRecall(masked, context: context, lang),
        fallbackPrompt: Templates.termRecall(masked, context: nil, lang),
        keys: [term.name],
        aliases: Array(Set(secrets + [fullName])).sorted().filter { $0 != term.name },
        explanation: explanation, place: term.place, terms: [term.name], fact: fact,
        identity: fact, secrets: secrets, auditStatement: term.definition))
  }

  /// Whether an option names an AWS service, read without its gloss (`Amazon SNS (Simple
  /// Notification Service)`): the concept graph's test.
  static func isServiceName(_ name: String, _ aliases: AliasTable) -> Bool {
    ConceptNames.isService(ConceptNames.splitParenthetical(name).name, aliases: aliases)
  }

  /// Whether a term is short enough to be typed from memory: a name, not a phrase.
  static func isRecallable(_ name: String) -> Bool {
    name.count <= 30 && name.split(separator: " ").count <= 4
  }
}

/// Terms with what the generators need precomputed: concept keys, definition keys, and groups
/// for distractor tiers, so nothing is normalised twice.
struct TermIndex {
  let terms: [TermFact]
  /// Concept keys of each term (its name and its parenthetical).
  let concepts: [[String]]
  let primaryConcept: [String]
  let definitionKeys: [String]
  /// Whether each term's definition names the term itself.
  let namesOwnTerm: [Bool]
  /// Each term's definition as a number (equal definitions, equal numbers).
  let definitionIDs: [Int]
  /// The definition key of each number.
  private let keysByID: [String]
  /// The definition numbers given anywhere for each term's concepts.
  let conceptDefinitions: [Set<Int>]
  private let byContainer: [String: [Int]]
  private let bySection: [String: [Int]]
  /// Terms under each heading path prefix (a section and everything below it).
  private let byArea: [String: [Int]]

  init(_ terms: [TermFact], concept: (String) -> String) {
    self.terms = terms
    concepts = terms.map { term in
      [concept(term.name)] + (term.parenthetical.map { [concept($0)] } ?? [])
    }
    primaryConcept = concepts.map { $0[0] }
    definitionKeys = terms.map { TextNormalizer.key($0.definition) }
    namesOwnTerm = terms.map { TextNormalizer.contains($0.definition, $0.name) }
    var numbers: [String: Int] = [:]
    let ids = definitionKeys.map { key in
      if let id = numbers[key] { return id }
      numbers[key] = numbers.count
      return numbers.count - 1
    }
    definitionIDs = ids
    var keys = Array(repeating: "", count: numbers.count)
    for (key, id) in numbers { keys[id] = key }
    keysByID = keys
    var byConcept: [String: Set<Int>] = [:]
    for (position, keys) in concepts.enumerated() {
      for key in keys { byConcept[key, default: []].insert(ids[position]) }
    }
    conceptDefinitions = concepts.map { keys in
      keys.reduce(into: Set<Int>()) { $0.formUnion(byConcept[$1] ?? []) }
    }
    let positions = Array(terms.indices)
    byContainer = Dictionary(grouping: positions) { terms[$0].container }
    bySection = Dictionary(grouping: positions) { Self.section(terms[$0].place) }
    var byArea: [String: [Int]] = [:]
    for position in positions {
      let place = terms[position].place
      for depth in 1..<max(1, place.headingPath.count) {
        let prefix = "\(place.document)|" + place.headingPath.prefix(depth).joined(separator: "/")
        byArea[prefix, default: []].append(position)
      }
    }
    self.byArea = byArea
  }

  private static func section(_ place: FactPlace) -> String {
    "\(place.document)|" + place.headingPath.joined(separator: "/")
  }

  /// Every definition key given for any concept of the term at `position`.
  func definitionKeys(of position: Int) -> Set<String> {
    Set(conceptDefinitions[position].map { keysByID[$0] })
  }

  /// Same list, same section, then the sections around it (the parent heading's, then the
  /// grandparent's): nearest first, each bounded, without the term itself or terms naming the
  /// same concept. Terms from elsewhere in the note or from other notes are of other kinds too
  /// often (IAM policies offered for a Direct Connect question); a term with too few neighbours
  /// gets its distractors from the concept graph or is not asked as a choice.
  func tiers(for position: Int) -> [[Int]] {
    let limit = DistractorPicker.tierScanLimit * 4
    let term = terms[position]
    let own = Set(concepts[position])
    var tiers = [byContainer[term.container] ?? [], bySection[Self.section(term.place)] ?? []]
    let path = term.place.headingPath
    for depth in [path.count - 1, path.count - 2] where depth >= 1 {
      let prefix = "\(term.place.document)|" + path.prefix(depth).joined(separator: "/")
      tiers.append(Array((byArea[prefix] ?? []).prefix(limit)))
    }
    return tiers.map { tier in tier.filter { $0 != position && own.isDisjoint(with: concepts[$0]) }
    }
  }
}

extension TermFact {
  /// The term as shown: `Application Load Balancer (ALB)`.
  var displayName: String { parenthetical.map { "\(name) (\($0))" } ?? name }
}
