import NoteOutline

/// Where a fact sits: which note, which heading path, which line.
struct FactPlace: Equatable, Sendable {
  var document: Int
  var headingPath: [String]
  var line: Int
}

/// A term and its definition (`- **ALB**: Layer 7 …`).
struct TermFact: Sendable {
  var name: String
  var parenthetical: String?
  var definition: String
  var place: FactPlace
  /// Terms defined in the same list share this: the first choice for distractors.
  var container: String
}

/// A labelled attribute of a subject (`ELB` → `역할`: 트래픽 분산).
struct AttributeFact: Sendable {
  var subject: String
  var label: String
  var value: String
  var place: FactPlace
}

/// The members of a named list (`7가지 라우팅 정책: Simple, Weighted, …`).
struct EnumerationFact: Sendable {
  /// The list's name as written (`7가지 라우팅 정책`).
  var name: String
  /// What the members are (`라우팅 정책`).
  var category: String
  var members: [String]
  var place: FactPlace
}

/// Plain statements written under one subject (a heading or a bold parent term).
struct SubjectFacts: Sendable {
  var subject: String
  var statements: [(text: String, line: Int)]
  var place: FactPlace
  /// Subjects side by side (same list, or sibling headings) share this.
  var container: String
  /// Read from a tree-shaped diagram: the statements are the subject's branches.
  var fromDiagram = false
}

/// A table with where it is and what kind of table it is.
struct TableFact: Sendable {
  enum Shape: Sendable { case data, comparison, layout }
  var table: Table
  var shape: Shape
  var place: FactPlace
}

/// Text that may hold numbers or bold terms to blank out, with the subject that makes it
/// self-contained.
struct ClozeSource: Sendable {
  var text: InlineText
  var context: String
  var place: FactPlace
  /// The item's own leading term, never blanked (that is the term question's job).
  var leadingTerm: String?
}

/// A requirement and the architecture recommended for it.
struct ScenarioFact: Sendable {
  var title: String
  var requirement: String
  var recommendation: String
  var place: FactPlace
}

/// A card or choice question the learner wrote.
struct AuthoredFact: Sendable {
  enum Shape: Sendable {
    case card(AuthoredCards.Card)
    case cloze(prompt: String, answer: String)
    case choice(question: String, options: [String], keys: [String])
  }
  var shape: Shape
  var place: FactPlace
}

/// A mermaid flowchart with the heading it is drawn under.
struct DiagramFact: Sendable {
  var chart: Flowchart
  var context: String
  var place: FactPlace
}

/// Everything the generators draw on, from all notes.
struct FactSet: Sendable {
  var terms: [TermFact] = []
  var attributes: [AttributeFact] = []
  var enumerations: [EnumerationFact] = []
  var subjects: [SubjectFacts] = []
  var tables: [TableFact] = []
  var clozes: [ClozeSource] = []
  var scenarios: [ScenarioFact] = []
  var diagrams: [DiagramFact] = []
  var authored: [AuthoredFact] = []
  /// Term names that were labels (역할, 장점, …) and so were read as attributes.
  var labelTerms: [(String, FactPlace)] = []
  /// Tables and diagrams cut or skipped for their size (``BankLimits``), with what was done.
  var limitWarnings: [(FactPlace, String)] = []
}
