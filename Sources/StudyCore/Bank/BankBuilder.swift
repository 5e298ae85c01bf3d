import Foundation
import NoteOutline

/// Builds the bank: collects facts, runs every generator, applies the gates, assigns ids and
/// deterministic option orders.
struct BankBuilder {
  let documents: [NoteDocument]
  let aliases: AliasTable
  var facts = FactSet()
  var report = BankReport()
  var questions: [Question] = []
  var languages: [NoteLanguage] = []
  private var seenIDs: Set<String> = []
  var askedFacts: [String: BankAuditor.AskedFact] = [:]
  /// Concept graphs of single notes, built only when a question there is short of distractors
  /// (a graph of every note would cost more than the whole bank on large collections).
  var graphs: [Int: ConceptGraph] = [:]
  var truth: TruthIndex?
  /// Normalisation keys of option texts, reused across questions.
  let cache: TextKeyCache
  private var seenQuestions: Set<String> = []

  init(documents: [NoteDocument], aliases: AliasTable) {
    self.documents = documents
    self.aliases = aliases
    self.cache = TextKeyCache(aliases: aliases)
  }

  mutating func build() -> QuestionBank {
    var collector = FactCollector()
    facts = collector.collect(documents)
    languages = documents.map(LanguageDetector.language(of:))
    for (name, place) in facts.labelTerms {
      report.drop(.labelTerm, kind: nil, subject: name, source: source(place))
    }
    report.warnings = facts.limitWarnings.map { place, message in
      BankWarning(path: documents[place.document].path, line: place.line, message: message)
    }
    generateTermQuestions()
    generateAttributeQuestions()
    generateTableQuestions()
    generateEnumerationQuestions()
    generateSubjectQuestions()
    generateClozeQuestions()
    generateScenarioQuestions()
    generateFlowQuestions()
    generateAuthoredQuestions()
    questions.sort { ($0.order, $0.kind.sortIndex, $0.id) < ($1.order, $1.kind.sortIndex, $1.id) }
    let auditor = BankAuditor(
      truth: truth ?? TruthIndex(facts, aliases: aliases), aliases: aliases,
      askedFacts: askedFacts)
    return QuestionBank(questions: questions, report: report, audit: auditor.audit(questions))
  }

  func source(_ place: FactPlace) -> SourceReference {
    let note = documents[place.document]
    return SourceReference(
      document: note.id, path: note.path, line: place.line, headingPath: place.headingPath)
  }

  func language(_ place: FactPlace) -> NoteLanguage { languages[place.document] }

  /// `note title › heading › subheading`, without repeating a top heading equal to the title.
  func topic(_ place: FactPlace) -> String {
    let title = documents[place.document].title
    var path = place.headingPath
    if path.first == title { path.removeFirst() }
    return ([title] + path).joined(separator: " › ")
  }

  /// Runs the gates on `candidate` and keeps it as a question when it passes.
  mutating func emit(_ candidate: Candidate) {
    report.candidates += 1
    var candidate = candidate
    let where_ = source(candidate.place)
    let subject = candidate.prompt
    // 참/거짓 are one character by nature, and so is a learner's own `참` option; every other
    // answer must say something.
    let usable =
      candidate.format == .trueFalse || candidate.kind == .authoredChoice
      || candidate.keys.allSatisfy(Self.isUsableKey)
    guard usable, !candidate.keys.isEmpty else {
      report.drop(.emptyKey, kind: candidate.kind, subject: subject, source: where_)
      return
    }
    let note = documents[candidate.place.document].id
    let id = StableID.make("q", [candidate.kind.rawValue, note] + candidate.identity)
    let duplicateKey =
      [candidate.kind.rawValue, TextNormalizer.key(candidate.prompt)]
      + candidate.keys.map(TextNormalizer.key)
    let signature = duplicateKey.joined(separator: "\u{1F}")
    guard !seenIDs.contains(id), !seenQuestions.contains(signature) else {
      report.drop(.nearDuplicate, kind: candidate.kind, subject: subject, source: where_)
      return
    }
    if let pick = candidate.lazyDistractors { candidate.distractors = pick() }
    if candidate.distractors.count < 3, let name = candidate.graphConcept {
      candidate.distractors += graphDistractors(for: name, candidate)
    }
    if leaks(candidate.prompt, candidate) {
      guard let fallback = candidate.fallbackPrompt, !leaks(fallback, candidate) else {
        report.drop(.leakage, kind: candidate.kind, subject: subject, source: where_)
        return
      }
      candidate.prompt = fallback
    }
    if givesAway(candidate.prompt, candidate) {
      guard let fallback = candidate.fallbackPrompt, !leaks(fallback, candidate),
        !givesAway(fallback, candidate)
      else {
        report.drop(.giveaway, kind: candidate.kind, subject: subject, source: where_)
        return
      }
      candidate.prompt = fallback
    }
    if candidate.distractors.count < candidate.minimumDistractors {
      report.drop(.mixedOptions, kind: candidate.kind, subject: subject, source: where_)
      return
    }
    seenIDs.insert(id)
    seenQuestions.insert(signature)
    askedFacts[id] = BankAuditor.AskedFact(
      subject: candidate.auditSubject, statement: candidate.auditStatement,
      secrets: candidate.secrets, falseKeyAbout: candidate.auditFalseKeyAbout,
      qualifier: candidate.auditQualifier)
    questions.append(makeQuestion(candidate, id: id, note: note))
  }

  private func makeQuestion(_ candidate: Candidate, id: String, note: String) -> Question {
    var options: [String] = []
    if let preset = candidate.presetOptions {
      options = preset
    } else if candidate.format == .trueFalse {
      // Always in the same order: true first.
      options = (candidate.keys + candidate.distractors).sorted {
        Templates.trueWords.contains($0) && !Templates.trueWords.contains($1)
      }
    } else if candidate.format != .typed && candidate.format != .flip {
      options = candidate.keys + candidate.distractors
      var generator = SeededGenerator(seed: StableID.hash([id]))
      options.shuffle(using: &generator)
    }
    let place = candidate.place
    return Question(
      id: id, kind: candidate.kind, format: candidate.format, prompt: candidate.prompt,
      keys: candidate.keys, options: options, aliases: candidate.aliases,
      explanation: candidate.explanation, source: source(place),
      topic: topic(place),
      terms: candidate.terms,
      siblingGroup: StableID.make("f", [note] + candidate.fact),
      language: language(place),
      order: place.document * 1_000_000 + place.line)
  }

  /// Names of concepts next to `name` in the concept graph, of the same kind (services for
  /// services), that are not already options, not aliases of the key, of similar length, and
  /// not stated by the notes to have the fact the question asks.
  mutating func graphDistractors(for name: String, _ candidate: Candidate) -> [String] {
    let document = candidate.place.document
    if graphs[document] == nil {
      graphs[document] = ConceptGraph.build([documents[document]], aliases: aliases)
    }
    if truth == nil { truth = TruthIndex(facts, aliases: aliases) }
    guard let graph = graphs[document], let truth,
      let concept = graph.concept(named: name, aliases: aliases)
    else { return [] }
    var taken = candidate.keys + candidate.distractors
    var picked: [String] = []
    for neighbour in graph.neighbours(of: concept.id) where taken.count < 4 {
      let other = neighbour.concept
      let sameKind =
        concept.kind == .service ? other.kind == .service : other.kind != .heading
      // A list's title (`6가지 클라우드 이점`) or a label names no single thing: not an option.
      guard sameKind, !Labels.isNamedList(other.name), !Labels.isLabel(other.name),
        !taken.contains(where: { cache.same($0, other.name) }),
        DistractorPicker.similarLength(cache.length(other.name), cache.length(name)),
        candidate.auditStatement.map({ !truth.states($0, about: other.name) }) ?? true
      else { continue }
      picked.append(other.name)
      taken.append(other.name)
    }
    return picked
  }

  /// A key is usable when it is not empty and not a single non-digit character.
  static func isUsableKey(_ key: String) -> Bool {
    let trimmed = key.trimmingWhitespace()
    if trimmed.isEmpty { return false }
    if trimmed.count == 1 { return trimmed.first?.isNumber == true }
    return true
  }

  /// Whether a single-answer choice gives its key away: a content word of the key (two Hangul
  /// syllables or three Latin letters and more) appears in the prompt while no distractor has
  /// any word that does. Then the option can be matched by eye, without knowing the fact.
  func givesAway(_ prompt: String, _ candidate: Candidate) -> Bool {
    guard candidate.format == .singleChoice, !candidate.distractors.isEmpty,
      !Self.promptMatchedKinds.contains(candidate.kind)
    else { return false }
    // A masked name (○○) in the key alone marks it as the option that was about the term.
    let masked = { (option: String) -> Bool in option.hasSubstring(Templates.blank) }
    if candidate.keys.contains(where: masked), !candidate.distractors.contains(where: masked) {
      return true
    }
    let folded = TextNormalizer.key(prompt)
    let shown = { (option: String) -> Bool in
      Self.contentWords(option).contains { TextNormalizer.containsKey(folded, $0) }
    }
    guard candidate.keys.contains(where: shown) else { return false }
    return !candidate.distractors.contains(where: shown)
  }

  /// Kinds whose prompt names a node or row that options are expected to echo (a flow's
  /// neighbours, a table's cells): matching a word there is not a give-away.
  /// A scenario's architecture restates its requirements by design. A question the learner
  /// wrote is asked as written.
  static let promptMatchedKinds: Set<QuestionKind> = [
    .flowNext, .flowPrevious, .flowEdgeLabel, .flowOrder, .scenario, .authoredChoice,
  ]

  /// Words too common in these notes to give anything away.
  static let commonWords: Set<String> = ["aws", "amazon", "the", "and", "for", "with"]

  /// The words of `text` that can give an answer away: runs of two or more Hangul syllables,
  /// or of three or more Latin letters and digits, folded like keys.
  static func contentWords(_ text: String) -> [String] {
    // `Lambda@Edge` is two words here: either may be what the prompt echoes.
    MentionScanner.wordKeys(text.replacingAll("@", with: " ")).filter { word in
      guard !commonWords.contains(word) else { return false }
      let first = word.utf8.first ?? 0
      return first >= 0x80 ? word.utf8.count >= 6 : word.utf8.count >= 3
    }
  }

  /// Whether the prompt shows a secret or the key (after folding case, width, spaces and
  /// punctuation). Options that all appear in the prompt (`[SNS vs SQS]`) tell nothing; a
  /// numeric key counts only as a whole number.
  func leaks(_ prompt: String, _ candidate: Candidate) -> Bool {
    if candidate.kind == .numericCloze {
      return candidate.keys.contains { NumberFinder.containsNumber($0, in: prompt) }
    }
    let folded = TextNormalizer.key(prompt)
    // Very short secrets (one Latin letter, one digit) would match by accident.
    let shown = { [cache] (text: String) -> Bool in
      let key = cache.key(text)
      return key.unicodeScalars.count >= 2 && TextNormalizer.containsKey(folded, key)
    }
    let options = candidate.keys + candidate.distractors
    if candidate.format != .typed, options.allSatisfy(shown) { return false }
    let keys = [.singleChoice, .typed].contains(candidate.format) ? candidate.keys : []
    return (candidate.secrets + keys).contains(where: shown)
  }
}

extension QuestionKind {
  /// Position in `allCases`, for a stable order of questions from one line.
  var sortIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// Tells Korean notes from English ones by their share of Hangul letters.
enum LanguageDetector {
  static func language(of document: NoteDocument) -> NoteLanguage {
    var hangul = 0
    var latin = 0
    for section in document.allSections.prefix(40) {
      for scalar in (section.heading?.title ?? "").unicodeScalars { count(scalar, &hangul, &latin) }
      for item in section.listItems.prefix(20) {
        for scalar in item.text.text.unicodeScalars { count(scalar, &hangul, &latin) }
      }
    }
    // Korean notes mix in many English service names; a modest Hangul share decides.
    return hangul * 3 >= latin ? .korean : .english
  }

  private static func count(_ scalar: Unicode.Scalar, _ hangul: inout Int, _ latin: inout Int) {
    if (0xAC00...0xD7A3).contains(scalar.value) { hangul += 1 }
    if scalar.isASCII, scalar.properties.isAlphabetic { latin += 1 }
  }
}
