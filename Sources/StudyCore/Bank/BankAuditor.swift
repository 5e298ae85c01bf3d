import NoteOutline

/// Runs the audit checks over a bank's questions.
struct BankAuditor {
  let truth: TruthIndex
  let aliases: AliasTable
  /// The fact each question asks, by id, recorded when it was built.
  let askedFacts: [String: AskedFact]
  /// Keys of the notes' headings that only organise them (`핵심 개념 설명`, `CloudWatch 용어`).
  var organisingHeadings: Set<String> = []

  /// What a question asks, in the terms the audit needs.
  struct AskedFact {
    /// The subject the key is about (choice of texts), or nil when options are subjects.
    var subject: String?
    /// The statement the options are subjects for (choice of subjects), or nil.
    var statement: String?
    /// Secrets the prompt must not show.
    var secrets: [String]
    /// A subject the key must not be stated of.
    var falseKeyAbout: String? = nil
    /// The table column the texts belong to, when they are cells.
    var qualifier: String? = nil
  }

  func audit(_ questions: [Question]) -> BankAudit {
    var audit = BankAudit()
    audit.questionsChecked = questions.count
    for question in questions {
      check(question, into: &audit)
    }
    return audit
  }

  private func check(_ question: Question, into audit: inout BankAudit) {
    func flag(_ check: String, _ detail: String) {
      audit.findings.append(.init(check: check, question: question.id, detail: detail))
    }
    if question.format != .trueFalse,
      question.keys.contains(where: { !BankBuilder.isUsableKey($0) })
    {
      flag("emptyKey", "")
    }
    let asked = askedFacts[question.id]
    for secret in leakedSecrets(question, asked) { flag("leak", secret) }
    let folded = question.options.map(TextNormalizer.key)
    if Set(folded).count != folded.count {
      flag("duplicateOption", question.options.joined(separator: " | "))
    }
    // Each option's names worked out once, then compared pairwise.
    let names = question.options.map { OptionNames($0, aliases) }
    for i in names.indices {
      for j in names.indices where j > i && folded[i] != folded[j] && names[i].same(names[j]) {
        flag("aliasOption", "\(question.options[i]) = \(question.options[j])")
      }
    }
    let distractors = question.options.filter { !question.keys.contains($0) }
    let qualified = { (text: String) in TruthIndex.qualified(text, asked?.qualifier) }
    if let subject = asked?.subject {
      for distractor in distractors where truth.states(qualified(distractor), about: subject) {
        flag("trueDistractor", "\(subject): \(distractor)")
      }
    }
    if let statement = asked?.statement {
      for distractor in distractors where truth.states(qualified(statement), about: distractor) {
        flag("trueDistractor", "\(distractor): \(statement)")
      }
    }
    if let category = asked?.falseKeyAbout {
      for key in question.keys where truth.states(key, about: category) {
        flag("trueDistractor", "\(category): \(key) is a member")
      }
    }
    let termKinds: Set<QuestionKind> = [.termToDefinition, .definitionToTerm, .termRecall]
    if termKinds.contains(question.kind), question.terms.contains(where: Labels.isLabel) {
      flag("labelTerm", question.terms.joined(separator: ", "))
    }
    checkPresentation(question, flag)
  }

  /// The checks of how a question is shown: its diagram drawn, no organising heading as its
  /// key, typed keys short or with aliases, no markup, `○○` only in Korean.
  private func checkPresentation(_ question: Question, _ flag: (String, String) -> Void) {
    let drawnKinds: Set<QuestionKind> = [.flowNext, .flowPrevious, .flowEdgeLabel]
    if drawnKinds.contains(question.kind),
      !(question.prompt.hasSubstring("[ ? ]") && question.prompt.hasSubstring("→"))
    {
      flag("diagramWithoutDiagram", question.prompt)
    }
    if [.singleChoice, .typed].contains(question.format), question.structureIsNotAuthored {
      for key in question.keys where organisingHeadings.contains(TextNormalizer.key(key)) {
        flag("headingKey", key)
      }
    }
    if question.format == .typed, question.aliases.isEmpty,
      let key = question.keys.first, key.split(separator: " ").count > 4
    {
      flag("longTypedKey", key)
    }
    let texts = [question.prompt] + question.keys + question.options
    if let marked = texts.first(where: { Markup.contains($0) || FragmentRule.isLaTeX($0) }) {
      flag("markup", marked)
    }
    if question.language == .english, texts.contains(where: { $0.hasSubstring(Templates.blank) }) {
      flag("maskInEnglish", question.prompt)
    }
  }

  /// Secrets the prompt shows. Options that all appear in the prompt (`[SNS vs SQS]`) tell
  /// nothing and do not count; numbers count only as whole numbers.
  private func leakedSecrets(_ question: Question, _ asked: AskedFact?) -> [String] {
    let prompt = TextNormalizer.key(question.prompt)
    let shown = { (text: String) -> Bool in
      let key = TextNormalizer.key(text)
      return key.count >= 2 && TextNormalizer.containsKey(prompt, key)
    }
    if question.kind == .numericCloze {
      return question.keys.filter { NumberFinder.containsNumber($0, in: question.prompt) }
    }
    if !question.options.isEmpty, question.options.allSatisfy(shown) { return [] }
    let keys =
      [.trueFalse, .multipleChoice, .ordering].contains(question.format) ? [] : question.keys
    return ((asked?.secrets ?? []) + keys).filter(shown)
  }
}

extension BankAuditor {
  /// Whether two options name one concept, also when one is shown with a gloss in
  /// parentheses (`AWS Direct Connect (DX)` and `Direct Connect`).
  static func sameConcept(_ a: String, _ b: String, _ aliases: AliasTable) -> Bool {
    OptionNames(a, aliases).same(OptionNames(b, aliases))
  }

  /// What an option is called, for telling two options that name one concept.
  struct OptionNames {
    /// The alias-table concept of the option as written.
    let canonical: String?
    /// The option's own name key.
    let nameKey: String
    /// The concepts of the option, its name before a gloss, and the gloss.
    let concepts: Set<String>

    init(_ text: String, _ aliases: AliasTable) {
      canonical = aliases.canonical(text)
      nameKey = TextNormalizer.nameKey(text)
      var concepts = Set(canonical.map { [$0] } ?? [])
      if text.hasSuffix(")") {
        let (bare, inner) = ConceptNames.splitParenthetical(text)
        for name in [bare] + (inner.map { [$0] } ?? []) {
          if let found = aliases.canonical(name) { concepts.insert(found) }
        }
      }
      self.concepts = concepts
    }

    /// The alias table's rule (one concept when both are known, else equal name keys), or a
    /// concept in common once glosses are read.
    func same(_ other: OptionNames) -> Bool {
      if let canonical, let otherCanonical = other.canonical {
        if canonical == otherCanonical { return true }
      } else if nameKey == other.nameKey {
        return true
      }
      return !concepts.isDisjoint(with: other.concepts)
    }
  }
}
