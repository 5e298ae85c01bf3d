import NoteOutline

/// A candidate's quality score: a weighted mean of six explicit features, each from 0 (bad)
/// to 1 (good). Candidates under `threshold` are dropped; the rest are ranked by it when only
/// a few per fact and per section are kept. Each feature is documented in docs/questions.md.
struct QualityScore: Equatable, Sendable {
  /// What the score is made of.
  enum Feature: String, CaseIterable, Sendable {
    /// How well this kind of question fares with strict learners.
    case kind
    /// Shape and length of the key (short names type and read well; long phrases do not).
    case keyShape
    /// Whether the prompt names the subject the fact is true of.
    case context
    /// Enough distractors, of similar length and the same writing system as the key.
    case distractorFit
    /// How reliably the part of the note the fact comes from states one thing.
    case structure
    /// How little the key shares with the prompt beyond what the distractors share.
    case giveawayRisk
  }

  /// How much each feature counts.
  static let weights: [Feature: Double] = [
    .kind: 2, .keyShape: 1.5, .context: 1, .distractorFit: 1.5, .structure: 1, .giveawayRisk: 1,
  ]

  /// Candidates scoring less are dropped.
  static let threshold = 0.62

  /// Each feature's value.
  let values: [Feature: Double]
  /// The weighted mean.
  let total: Double

  init(_ candidate: Candidate) {
    let values: [Feature: Double] = [
      .kind: Self.kindPrior(candidate.kind),
      .keyShape: Self.keyShape(candidate),
      .context: Self.context(candidate),
      .distractorFit: Self.distractorFit(candidate),
      .structure: Self.structurePrior(candidate.structure),
      .giveawayRisk: Self.giveawaySafety(candidate),
    ]
    self.values = values
    let weightSum = Self.weights.values.reduce(0, +)
    total =
      Feature.allCases.reduce(0) { $0 + (values[$1] ?? 0) * (Self.weights[$1] ?? 0) }
      / weightSum
  }

  /// Kinds, best first, from the blind ratings: a cloze of a number or a definition asked for
  /// its term holds up; a diagram edge label or a statement under a heading often does not.
  static func kindPrior(_ kind: QuestionKind) -> Double {
    switch kind {
    case .authoredBasic, .authoredReversed, .authoredCloze, .authoredChoice: 1
    // A short term typed from memory (only those reach here) beats picking it from options.
    case .termRecall: 0.85
    case .numericCloze, .definitionToTerm: 0.85
    case .termToDefinition, .tableRowKey, .comparisonSide, .scenario: 0.8
    case .enumerationSelectAll, .enumerationNotOneOf, .tableCell: 0.7
    case .attribute, .attributeToSubject, .subjectFact: 0.6
    case .termCloze, .comparisonTrueFalse: 0.55
    case .flowNext, .flowPrevious: 0.5
    case .flowOrder: 0.45
    case .flowEdgeLabel: 0.35
    }
  }

  static func structurePrior(_ structure: SourceStructure) -> Double {
    switch structure {
    case .authored, .definitionList: 1
    case .table, .comparisonTable, .scenario: 0.9
    case .namedList, .labelledAttribute, .diagramPath: 0.8
    case .sentence: 0.7
    case .statements: 0.65
    case .diagram: 0.55
    }
  }

  static func keyShape(_ candidate: Candidate) -> Double {
    guard let key = candidate.keys.first else { return 0 }
    switch candidate.format {
    case .typed:
      if candidate.kind == .numericCloze { return 1 }
      let words = key.split(separator: " ").count
      if words <= 2 && key.count <= 20 { return 1 }
      return words <= 3 ? 0.75 : 0.4
    case .singleChoice, .multipleChoice:
      var shape = lengthScore(candidate.keys.map(\.count).max() ?? 0)
      // A two-word statement (`Subnet Level`, `통합 인프라 관리`) rarely points at one answer.
      if let statement = FragmentRule.quoted(candidate.prompt),
        statement.split(separator: " ").count <= 2
      {
        shape = min(shape, 0.5)
      }
      return shape
    case .trueFalse, .flip: return 0.8
    case .ordering: return 0.7
    }
  }

  static func lengthScore(_ length: Int) -> Double {
    switch length {
    case ...40: 1
    case ...80: 0.8
    case ...120: 0.55
    default: 0.3
    }
  }

  /// Kinds whose prompt names the subject by construction (the term, the row, the sides).
  static let subjectNamingKinds: Set<QuestionKind> = [
    .termToDefinition, .attribute, .tableCell, .comparisonSide, .comparisonTrueFalse,
    .enumerationSelectAll, .enumerationNotOneOf, .scenario,
  ]

  static func context(_ candidate: Candidate) -> Double {
    if candidate.structure == .authored { return 1 }
    let shown = contextLine(candidate.prompt)
    let named = shown.map(ConceptNaming.namesConcept) ?? false
    if subjectNamingKinds.contains(candidate.kind) { return named || shown == nil ? 1 : 0.9 }
    if named { return 1 }
    if candidate.kind == .numericCloze || candidate.kind == .termCloze,
      let sentence = FragmentRule.quoted(candidate.prompt),
      sentence.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isUppercase })
    {
      return 0.8
    }
    return shown == nil ? 0.45 : 0.7
  }

  /// The `[context]` a prompt opens with.
  static func contextLine(_ prompt: String) -> String? {
    guard prompt.hasPrefix("["), let close = prompt.firstIndex(of: "]") else { return nil }
    return String(prompt[prompt.index(after: prompt.startIndex)..<close])
  }

  static func distractorFit(_ candidate: Candidate) -> Double {
    switch candidate.format {
    case .typed, .flip: return 0.8
    case .trueFalse: return 0.7
    case .ordering: return 0.8
    case .singleChoice, .multipleChoice: break
    }
    let options = candidate.keys + candidate.distractors
    let counted = min(Double(candidate.distractors.count), 3) / 3
    let lengths = options.map { max($0.count, 1) }
    let spread = Double(lengths.min() ?? 1) / Double(lengths.max() ?? 1)
    let scripts = Set(options.map(Script.of))
    return 0.5 * counted + 0.3 * min(1, spread * 1.5) + 0.2 * (scripts.count == 1 ? 1 : 0.6)
  }

  static func giveawaySafety(_ candidate: Candidate) -> Double {
    guard candidate.structure != .authored, candidate.kind != .numericCloze,
      candidate.format != .trueFalse, candidate.format != .ordering,
      !GiveawayRule.promptMatchedKinds.contains(candidate.kind)
    else { return 1 }
    let prompt = Set(DistinctiveWords.stems(GiveawayRule.comparedText(candidate.prompt, candidate)))
    let shared = { (text: String) in Set(DistinctiveWords.stems(text)).intersection(prompt).count }
    let key = candidate.keys.map(shared).max() ?? 0
    if candidate.format == .typed { return key > 0 ? 0.3 : 1 }
    let distractor = candidate.distractors.map(shared).max() ?? 0
    if key > distractor { return 0.4 }
    return key > 0 ? 0.8 : 1
  }
}
