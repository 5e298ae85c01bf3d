/// A question before the gates: what it asks, its key, and the pools its options come from.
struct Candidate {
  var kind: QuestionKind
  var format: AnswerFormat
  var prompt: String
  /// A shorter prompt without the context line, tried when the full one leaks the answer.
  var fallbackPrompt: String?
  var keys: [String]
  /// Distractors already chosen (choice formats); the gate checks there are enough.
  var distractors: [String] = []
  /// Picks the distractors when the candidate gets that far (after the duplicate check), so a
  /// fact repeated across notes costs nothing more than its first copy.
  var lazyDistractors: (() -> [String])? = nil
  /// How many distractors the question needs at least.
  var minimumDistractors = 0
  var aliases: [String] = []
  var explanation: String
  var place: FactPlace
  var terms: [String]
  /// The fact this asks: questions with the same fact are siblings.
  var fact: [String]
  /// The normalised facts the id is made from (kind and note are added).
  var identity: [String]
  /// Text that must not appear in the prompt (the key, its aliases).
  var secrets: [String]
  /// For the audit: the subject whose statements the distractors must not be.
  var auditSubject: String? = nil
  /// For the audit: the statement the distractor subjects must not have.
  var auditStatement: String? = nil
  /// For the audit: a subject the key must not be stated of ("which is NOT one of").
  var auditFalseKeyAbout: String? = nil
  /// For the audit: the table column (or compared property) the texts belong to.
  var auditQualifier: String? = nil
  /// Options in a fixed order (ordering questions show their items shuffled by the generator).
  var presetOptions: [String]? = nil
  /// The concept the key names, when the options are names: short of three distractors, the
  /// concept graph's neighbours of the same kind fill in.
  var graphConcept: String? = nil
  /// What part of the note the fact was read from (a scoring feature).
  var structure: SourceStructure = .definitionList
  /// The heading or subject the prompt names as its context, when it has one.
  var context: String? = nil
}

/// The part of a note a fact comes from: how reliably it states one thing.
enum SourceStructure: String, Sendable {
  /// `- **Term**: definition` lists.
  case definitionList
  /// A bold label under a subject (`역할`, `장점`).
  case labelledAttribute
  /// A data table's row and column.
  case table
  /// A table comparing sides property by property.
  case comparisonTable
  /// A named list of members (`7가지 라우팅 정책`).
  case namedList
  /// Plain statements under a subject heading or a bold parent term.
  case statements
  /// A sentence with a number or bold term in it.
  case sentence
  /// A requirement and its recommended architecture.
  case scenario
  /// A diagram whose edges follow one path (a pipeline, a request path).
  case diagramPath
  /// A diagram with branches and joins.
  case diagram
  /// Written by the learner as a question.
  case authored
}
