import NoteOutline

/// Runs the audit checks over a bank's questions.
struct BankAuditor {
  let truth: TruthIndex
  let aliases: AliasTable
  /// The fact each question asks, by id, recorded when it was built.
  let askedFacts: [String: AskedFact]

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
    for (i, a) in question.options.enumerated() {
      for b in question.options[(i + 1)...]
      where Self.sameConcept(a, b, aliases) && TextNormalizer.key(a) != TextNormalizer.key(b) {
        flag("aliasOption", "\(a) = \(b)")
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
    if aliases.same(a, b) { return true }
    let names = { (text: String) -> [String] in
      let (bare, inner) = ConceptNames.splitParenthetical(text)
      return [text, bare] + (inner.map { [$0] } ?? [])
    }
    let first = names(a).compactMap { aliases.canonical($0) }
    let second = Set(names(b).compactMap { aliases.canonical($0) })
    return first.contains { second.contains($0) }
  }
}
