import NoteOutline

/// "Which service is this about?" from plain statements under a subject heading or a bold
/// parent term, skipping statements that sibling subjects share (the ambiguity guard).
extension BankBuilder {
  /// Statements shorter than this say too little to point at one subject.
  static let minimumStatementLength = 6

  mutating func generateSubjectQuestions() {
    let groups = facts.subjects.filter { Labels.isSubjectName($0.subject) }
    let byContainer = Dictionary(grouping: groups, by: \.container)
    let aliases = self.aliases
    let cache = self.cache
    for group in groups {
      let siblings = (byContainer[group.container] ?? []).filter {
        !cache.same($0.subject, group.subject)
      }
      guard siblings.count >= 2 else { continue }
      let siblingStatements = Set(
        siblings.flatMap { $0.statements.map { TextNormalizer.key($0.text) } })
      // `11-1. ElasticSearch` is shown as `ElasticSearch`: section numbers are layout.
      let display = ConceptNaming.cleanName(TermDefinition.splitName(group.subject))
      let parenthetical = TermDefinition(term: group.subject, definition: "", form: .parent)
        .parenthetical
      let secrets =
        [group.subject, display] + (parenthetical.map { [$0] } ?? [])
        + aliases.aliases(of: display)
      let lang = language(group.place)
      // A heading's subject is named by its parent; a diagram's categories by their heading.
      let context =
        group.fromDiagram
        ? group.place.headingPath.last
        : group.place.headingPath.dropLast().last ?? group.place.headingPath.last
      for statement in group.statements {
        let here = FactPlace(
          document: group.place.document, headingPath: group.place.headingPath,
          line: statement.line)
        guard statement.text.count >= Self.minimumStatementLength,
          !statement.text.hasSuffix("?"), !statement.text.hasSuffix("？")
        else { continue }
        if siblingStatements.contains(TextNormalizer.key(statement.text)) {
          report.drop(.ambiguous, kind: .subjectFact, subject: statement.text, source: source(here))
          continue
        }
        let masked = Templates.mask(statement.text, secrets)
        let fact = [
          "subject", TextNormalizer.nameKey(group.subject), TextNormalizer.key(statement.text),
        ]
        let picker = DistractorPicker(
          cache: cache, key: display, count: 3, seed: StableID.hash(fact),
          rejects: { candidate in secrets.contains { cache.same($0, candidate) } })
        emit(
          .statements,
          Candidate(
            kind: .subjectFact, format: .singleChoice,
            prompt: Templates.subjectFact(
              masked, context: context, branch: group.fromDiagram, lang),
            fallbackPrompt: Templates.subjectFact(
              masked, context: nil, branch: group.fromDiagram, lang),
            keys: [display],
            lazyDistractors: {
              picker.pick([siblings]) {
                Labels.isNamedList($0.subject)
                  ? nil : ConceptNaming.cleanName(TermDefinition.splitName($0.subject))
              }
            },
            minimumDistractors: 2, explanation: "\(display): \(statement.text)",
            place: here, terms: [display], fact: fact, identity: fact, secrets: secrets,
            auditStatement: statement.text, graphConcept: display))
      }
    }
  }
}

extension Templates {
  static func subjectFact(
    _ statement: String, context: String?, branch: Bool = false, _ language: NoteLanguage
  ) -> String {
    if branch {
      switch language {
      case .korean: return withContext(context, "다음 항목은 어느 것에 속하나요?\n" + quoted(statement))
      case .english:
        return withContext(context, "Which one does this come under?\n" + quoted(statement))
      }
    }
    switch language {
    case .korean: return withContext(context, "다음 설명은 어느 것에 관한 내용인가요?\n" + quoted(statement))
    case .english:
      return withContext(context, "Which one is this statement about?\n" + quoted(statement))
    }
  }
}
