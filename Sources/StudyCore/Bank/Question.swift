import NoteOutline

/// One way of asking one fact from the notes, ready to show and grade.
public struct Question: Identifiable, Equatable, Sendable, Codable {
  /// Stable identity from the kind, the note and the normalised key facts (never line numbers
  /// or full wording), so progress survives edits: `q` followed by 16 hex digits.
  public var id: String
  /// How the fact is asked.
  public var kind: QuestionKind
  /// How the learner answers.
  public var format: AnswerFormat
  /// The question as shown, in the note's language.
  public var prompt: String
  /// The correct answer(s): option texts for choice formats, the expected text for typed ones,
  /// the items in order for ordering, `참`/`거짓` (or `True`/`False`) for true/false.
  public var keys: [String]
  /// The options shown, in a deterministic shuffled order; empty for typed answers.
  public var options: [String]
  /// Other answers accepted for typed questions (aliases of the key).
  public var aliases: [String]
  /// The sentence of the note the question comes from.
  public var explanation: String
  /// Where the fact is written.
  public var source: SourceReference
  /// The heading path joined with ` › `, the unit of weak-topic review.
  public var topic: String
  /// Names of the concepts the question touches (the key term, the row key, …).
  public var terms: [String]
  /// Questions asking the same fact share this; only one of them is studied per day.
  public var siblingGroup: String
  /// The language of the question's text.
  public var language: NoteLanguage
  /// Position in note order across all notes, for introducing new cards in reading order.
  public var order: Int

  /// Creates a question.
  public init(
    id: String, kind: QuestionKind, format: AnswerFormat, prompt: String, keys: [String],
    options: [String] = [], aliases: [String] = [], explanation: String,
    source: SourceReference, topic: String, terms: [String], siblingGroup: String,
    language: NoteLanguage, order: Int = 0
  ) {
    self.id = id
    self.kind = kind
    self.format = format
    self.prompt = prompt
    self.keys = keys
    self.options = options
    self.aliases = aliases
    self.explanation = explanation
    self.source = source
    self.topic = topic
    self.terms = terms
    self.siblingGroup = siblingGroup
    self.language = language
    self.order = order
  }

  /// Whether the question was generated (not written by the learner as a card or choice).
  var structureIsNotAuthored: Bool {
    ![.authoredBasic, .authoredReversed, .authoredCloze, .authoredChoice].contains(kind)
  }

  /// Indices of the keys among the options (empty for formats without options).
  public var keyIndices: [Int] {
    keys.compactMap { key in options.firstIndex(of: key) }.sorted()
  }
}

/// Where a fact is written: note, line and heading path.
public struct SourceReference: Equatable, Hashable, Sendable, Codable {
  /// The note's id (file name without extension).
  public var document: String
  /// The note's path as read.
  public var path: String
  /// The 1-based line.
  public var line: Int
  /// Clean heading titles from the top of the note down to the fact.
  public var headingPath: [String]

  /// Creates a reference.
  public init(document: String, path: String, line: Int, headingPath: [String]) {
    self.document = document
    self.path = path
    self.line = line
    self.headingPath = headingPath
  }

  /// `file:line`, with the file name only.
  public var location: String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return "\(name):\(line)"
  }
}

/// The language a note (and so its questions) is written in.
public enum NoteLanguage: String, Equatable, Sendable, Codable {
  /// Korean.
  case korean = "ko"
  /// English.
  case english = "en"
}

/// How a question is answered.
public enum AnswerFormat: String, Equatable, Sendable, Codable {
  /// Pick one option.
  case singleChoice
  /// Pick every correct option ("select all that apply", "select TWO"); no partial credit.
  case multipleChoice
  /// Type the answer.
  case typed
  /// True or false.
  case trueFalse
  /// Put the options in order.
  case ordering
  /// See the prompt, recall, reveal, grade yourself.
  case flip
}

/// What a question asks about a fact.
public enum QuestionKind: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  /// Term shown, pick its definition.
  case termToDefinition
  /// Definition shown, pick the term.
  case definitionToTerm
  /// Definition shown, type the term.
  case termRecall
  /// "ELB의 역할은?": pick the attribute's value for a subject.
  case attribute
  /// "짧은 기간 운영하는 간단한 웹사이트에 적합한 패턴은?": pick the subject from an attribute.
  case attributeToSubject
  /// Row key and column header shown, pick the cell.
  case tableCell
  /// A cell shown, pick its row key.
  case tableRowKey
  /// A comparison table's property value shown, pick the side that has it.
  case comparisonSide
  /// A statement about one side of a comparison, true or false.
  case comparisonTrueFalse
  /// Select every member of an enumeration among outsiders.
  case enumerationSelectAll
  /// Pick the one option that is not a member.
  case enumerationNotOneOf
  /// A fact under a subject heading, pick the subject.
  case subjectFact
  /// A number with its unit blanked, typed.
  case numericCloze
  /// A bold key term blanked, typed.
  case termCloze
  /// A requirement shown, pick the recommended architecture.
  case scenario
  /// In a diagram, what comes right after a node.
  case flowNext
  /// In a diagram, what comes right before a node.
  case flowPrevious
  /// In a diagram, the label of the edge between two nodes.
  case flowEdgeLabel
  /// Put a chain of diagram nodes in order.
  case flowOrder
  /// A card written by the learner (`Q::A`, multi-line `?`).
  case authoredBasic
  /// The reverse side of a `Q:::A` card.
  case authoredReversed
  /// A `==cloze==` written by the learner.
  case authoredCloze
  /// A task list under a question line with checked keys.
  case authoredChoice
}
