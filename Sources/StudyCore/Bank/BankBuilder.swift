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
  /// Candidates that passed every rule, waiting for the selection of the best.
  var scored: [BankSelection.Scored] = []

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
    selectBest()
    questions.sort { ($0.order, $0.kind.sortIndex, $0.id) < ($1.order, $1.kind.sortIndex, $1.id) }
    var auditor = BankAuditor(
      truth: truth ?? TruthIndex(facts, aliases: aliases), aliases: aliases,
      askedFacts: askedFacts)
    auditor.organisingHeadings = organisingHeadings()
    return QuestionBank(questions: questions, report: report, audit: auditor.audit(questions))
  }

  /// Keys of every heading that only organises its note (for the audit).
  func organisingHeadings() -> Set<String> {
    var keys: Set<String> = []
    for document in documents {
      for section in document.allSections {
        guard let title = section.heading?.title, !ConceptNaming.headingNamesConcept(title)
        else { continue }
        keys.insert(TextNormalizer.key(title))
        keys.insert(TextNormalizer.key(ConceptNaming.cleanName(title)))
      }
    }
    return keys
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

  /// Runs `candidate` through the pipeline (docs/questions.md): the shape rules, the
  /// duplicate check, distractor picking, the option rules and the quality score. What passes
  /// waits in `scored` for the selection of the best per fact and section.
  mutating func emit(_ candidate: Candidate) {
    report.candidates += 1
    var candidate = candidate
    let where_ = source(candidate.place)
    let subject = candidate.prompt
    let context = RuleContext(
      language: language(candidate.place), cache: cache, aliases: aliases)
    for rule in CandidatePipeline.shapeRules {
      if let gate = rule.apply(&candidate, context) {
        report.drop(gate, kind: candidate.kind, subject: subject, source: where_)
        return
      }
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
    seenIDs.insert(id)
    seenQuestions.insert(signature)
    if let pick = candidate.lazyDistractors { candidate.distractors = pick() }
    candidate.lazyDistractors = nil
    if candidate.distractors.count < 3, let name = candidate.graphConcept {
      candidate.distractors += graphDistractors(for: name, candidate)
    }
    for rule in CandidatePipeline.optionRules {
      if let gate = rule.apply(&candidate, context) {
        report.drop(gate, kind: candidate.kind, subject: subject, source: where_)
        return
      }
    }
    let score = QualityScore(candidate)
    guard score.total >= QualityScore.threshold || candidate.structure == .authored else {
      report.drop(.lowScore, kind: candidate.kind, subject: subject, source: where_)
      return
    }
    let place = candidate.place
    scored.append(
      BankSelection.Scored(
        candidate: candidate, id: id, score: score,
        fact: ([note] + candidate.fact).joined(separator: "\u{1F}"),
        section: "\(place.document)\u{1F}" + place.headingPath.joined(separator: "\u{1F}")))
  }

  /// Emits `candidate` read from this part of the note.
  mutating func emit(_ structure: SourceStructure, _ candidate: Candidate) {
    var candidate = candidate
    candidate.structure = structure
    emit(candidate)
  }

  /// Keeps the best of the scored candidates and turns them into questions.
  mutating func selectBest() {
    let (kept, dropped) = BankSelection.select(scored)
    for (index, reason) in dropped {
      let candidate = scored[index].candidate
      report.drop(
        reason == .outranked ? .outranked : .diagramShare, kind: candidate.kind,
        subject: candidate.prompt, source: source(candidate.place))
    }
    for index in kept {
      let item = scored[index]
      let candidate = item.candidate
      let note = documents[candidate.place.document].id
      askedFacts[item.id] = BankAuditor.AskedFact(
        subject: candidate.auditSubject, statement: candidate.auditStatement,
        secrets: candidate.secrets, falseKeyAbout: candidate.auditFalseKeyAbout,
        qualifier: candidate.auditQualifier)
      questions.append(makeQuestion(candidate, id: item.id, note: note))
    }
    scored = []
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
