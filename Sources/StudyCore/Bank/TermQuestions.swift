/// Term → definition, definition → term, and typed recall of the term.
extension BankBuilder {
  /// The concept a term names: its alias-table canonical name, else its own name key.
  func conceptKey(_ name: String) -> String {
    aliases.canonical(name).map(TextNormalizer.nameKey) ?? TextNormalizer.nameKey(name)
  }

  /// Whether two written terms name one concept (same key, listed aliases, or one is the
  /// other's parenthesised expansion).
  func sameConcept(_ a: TermFact, _ b: TermFact) -> Bool {
    let namesA = [a.name] + (a.parenthetical.map { [$0] } ?? [])
    let namesB = [b.name] + (b.parenthetical.map { [$0] } ?? [])
    return namesA.contains { x in namesB.contains { y in aliases.same(x, y) } }
  }

  /// Every spelling that must not appear in a prompt asking for this term.
  func secrets(of term: TermFact) -> [String] {
    var names = [term.name]
    if let parenthetical = term.parenthetical { names.append(parenthetical) }
    for name in names { names += aliases.aliases(of: name) }
    return names
  }

  mutating func generateTermQuestions() {
    let terms = facts.terms
    var index = TermIndex(terms)
    for term in terms {
      let names = [term.name] + (term.parenthetical.map { [$0] } ?? [])
      for name in names {
        index.definitionsByConcept[conceptKey(name), default: []]
          .insert(TextNormalizer.key(term.definition))
      }
    }
    let aliases = self.aliases
    for term in terms {
      let fullName = term.displayName
      let tiers = index.tiers(for: term)
      let lang = language(term.place)
      let concept = conceptKey(term.name)
      let fact = ["term", concept]
      let explanation = "\(fullName): \(term.definition)"
      let context = term.place.headingPath.last

      // Term → definition: definitions of sibling terms as distractors.
      // A definition that names its own term would point at it: such distractors are skipped,
      // and the key's own name is blanked.
      let otherDefinitions = tiers.map { tier in
        tier.filter { other in
          !sameConcept(other, term) && !TextNormalizer.contains(other.definition, other.name)
        }.map(\.definition)
      }
      let definitionPicker = DistractorPicker(
        key: term.definition, count: 3, seed: StableID.hash(fact + ["t2d"]),
        rejects: { index.definitionsByConcept[concept]?.contains(TextNormalizer.key($0)) == true })
      emit(
        Candidate(
          kind: .termToDefinition, format: .singleChoice,
          prompt: Templates.termToDefinition(fullName, lang),
          keys: [Templates.mask(term.definition, secrets(of: term))],
          distractors: definitionPicker.pick(otherDefinitions), minimumDistractors: 2,
          explanation: explanation, place: term.place, terms: [term.name], fact: fact,
          identity: fact, secrets: [], auditSubject: term.name))

      // Definition → term (choice) and typed recall: the definition must not name the term.
      let secrets = secrets(of: term)
      let masked = Templates.mask(term.definition, secrets)
      let names = tiers.map { tier in
        tier.filter { other in
          !sameConcept(other, term)
            && index.definitionsByConcept[conceptKey(other.name)]?
              .contains(TextNormalizer.key(term.definition)) != true
        }.map(\.displayName)
      }
      let namePicker = DistractorPicker(
        key: fullName, count: 3, seed: StableID.hash(fact + ["d2t"]),
        rejects: { candidate in secrets.contains { aliases.same($0, candidate) } })
      emit(
        Candidate(
          kind: .definitionToTerm, format: .singleChoice,
          prompt: Templates.definitionToTerm(masked, context: context, lang),
          fallbackPrompt: Templates.definitionToTerm(masked, context: nil, lang),
          keys: [fullName], distractors: namePicker.pick(names), minimumDistractors: 2,
          explanation: explanation, place: term.place, terms: [term.name], fact: fact,
          identity: fact, secrets: secrets, auditStatement: term.definition))
      emit(
        Candidate(
          kind: .termRecall, format: .typed,
          prompt: Templates.termRecall(masked, context: context, lang),
          fallbackPrompt: Templates.termRecall(masked, context: nil, lang),
          keys: [term.name], aliases: Array(Set(secrets + [fullName])).sorted().filter {
            $0 != term.name
          }, explanation: explanation, place: term.place, terms: [term.name], fact: fact,
          identity: fact, secrets: secrets, auditStatement: term.definition))
    }
  }
}

/// Terms grouped for distractor tiers and for "is this definition true of that concept?".
struct TermIndex {
  let byContainer: [String: [TermFact]]
  let bySection: [String: [TermFact]]
  let byDocument: [Int: [TermFact]]
  let all: [TermFact]
  /// Normalised definitions of every concept (by concept key), to reject true distractors.
  var definitionsByConcept: [String: Set<String>] = [:]

  init(_ terms: [TermFact]) {
    byContainer = Dictionary(grouping: terms, by: \.container)
    bySection = Dictionary(grouping: terms) { "\($0.place.document)|" + $0.place.headingPath.joined(separator: "/") }
    byDocument = Dictionary(grouping: terms, by: \.place.document)
    all = terms
  }

  /// Same list, same section, same note, other notes: nearest first, the term itself excluded.
  /// Each tier is bounded so a bank of many notes stays linear.
  func tiers(for term: TermFact) -> [[TermFact]] {
    let limit = DistractorPicker.tierScanLimit * 4
    let section = "\(term.place.document)|" + term.place.headingPath.joined(separator: "/")
    var others: [TermFact] = []
    for document in byDocument.keys.sorted() where document != term.place.document {
      others += (byDocument[document] ?? []).prefix(limit - others.count)
      if others.count >= limit { break }
    }
    let isSelf = { (other: TermFact) in
      other.place.line == term.place.line && other.place.document == term.place.document
    }
    return [
      byContainer[term.container] ?? [], bySection[section] ?? [],
      Array((byDocument[term.place.document] ?? []).prefix(limit * 4)), others,
    ].map { $0.filter { !isSelf($0) } }
  }
}

extension TermFact {
  /// The term as shown: `Application Load Balancer (ALB)`.
  var displayName: String { parenthetical.map { "\(name) (\($0))" } ?? name }
}
