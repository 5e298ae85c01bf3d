/// A quality gate: a reason a generated question is not kept.
public enum QualityGate: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  /// The prompt gives the answer away (the key or an alias appears in it).
  case leakage
  /// A label such as 역할, 장점 or 쉽게 말하면 would have been asked as a term.
  case labelTerm
  /// The key is empty, or one character that is not a number.
  case emptyKey
  /// Too few options of one kind: distractors missing, or of another kind or length.
  case mixedOptions
  /// The fact is stated of several subjects, so "which one?" has more than one answer.
  case ambiguous
  /// The same question (kind, prompt and key) was already generated.
  case nearDuplicate
  /// The table is layout, not data (arrows, mostly empty cells).
  case notDataTable
  /// The key shares a word with the prompt that no other option has, so it can be picked
  /// without knowing the answer (`…캐싱 및 무효화` → `캐싱 전략`).
  case giveaway
  /// A broken piece of text: LaTeX, a cut-off label, a sentence that leans on one not shown.
  case fragment
  /// Not worth a learner's time: statistics, cost examples, resource lists, example numbers,
  /// numbers in URLs, the note's own metaphors.
  case trivia
  /// An organising heading or label (`핵심 개념 설명`, `CloudWatch 용어`) as the answer.
  case headingKey
  /// A typed answer that is a phrase, not a short term (`관리형 형태로 자동 처리`).
  case untypeable
  /// A tree, mind map or decision guide asked as a sequence, or a diagram's root as a key.
  case diagramShape
  /// The quality score was under the threshold.
  case lowScore
  /// Better questions of the same fact or section were kept.
  case outranked
  /// Diagram questions past 15% of the note's questions.
  case diagramShare

  /// What the gate checks, for `notedrill bank lint`.
  public var explanation: String {
    switch self {
    case .leakage: "the prompt contained the answer or an alias of it"
    case .labelTerm: "a label (역할, 장점, 쉽게 말하면, …) would have been asked as a term"
    case .emptyKey: "the answer was empty or a single non-digit character"
    case .mixedOptions: "fewer than the needed options of one kind and similar length"
    case .ambiguous: "the fact is stated of more than one subject or row"
    case .nearDuplicate: "the same question was already generated from another place"
    case .notDataTable: "the table is layout (arrows, mostly empty cells), not data"
    case .giveaway: "the key alone shared a word with the prompt, a guess without knowing"
    case .fragment: "broken text: LaTeX, a cut-off label, a sentence leaning on another"
    case .trivia: "statistics, cost examples, resource lists, example numbers, metaphors"
    case .headingKey: "an organising heading or label would have been the answer"
    case .untypeable: "a typed answer that is a phrase, not a short term"
    case .diagramShape: "a tree or decision guide asked as a sequence, or its root as a key"
    case .lowScore: "the quality score was under the threshold"
    case .outranked: "better questions of the same fact or section were kept"
    case .diagramShare: "diagram questions past 15% of the note's questions"
    }
  }
}

/// One dropped candidate, for inspection.
public struct DroppedQuestion: Equatable, Sendable, Codable {
  /// The gate that dropped it.
  public var gate: QualityGate
  /// The kind it would have been.
  public var kind: QuestionKind?
  /// What it would have asked (or the table/term concerned).
  public var subject: String
  /// Where.
  public var source: SourceReference

  /// Creates a record.
  public init(gate: QualityGate, kind: QuestionKind?, subject: String, source: SourceReference) {
    self.gate = gate
    self.kind = kind
    self.subject = subject
    self.source = source
  }
}

/// What the gates did while building a bank.
public struct BankReport: Equatable, Sendable, Codable {
  /// Every dropped candidate, in generation order.
  public var dropped: [DroppedQuestion] = []
  /// How many candidates were generated before the gates.
  public var candidates = 0
  /// Tables and diagrams cut or skipped for their size (``BankLimits``).
  public var warnings: [BankWarning] = []

  /// Creates an empty report.
  public init() {}

  /// How many each gate dropped.
  public var countsByGate: [QualityGate: Int] {
    var counts: [QualityGate: Int] = [:]
    for item in dropped { counts[item.gate, default: 0] += 1 }
    return counts
  }

  mutating func drop(
    _ gate: QualityGate, kind: QuestionKind?, subject: String, source: SourceReference
  ) {
    dropped.append(DroppedQuestion(gate: gate, kind: kind, subject: subject, source: source))
  }
}
