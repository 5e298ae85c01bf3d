/// One question's state and counts: a row of the CSV report.
public struct ReportQuestionRow: Sendable, Equatable, Codable {
  /// The question's id.
  public var id: String
  /// The note's path.
  public var path: String
  /// The source line.
  public var line: Int
  /// The topic (heading path).
  public var topic: String
  /// How it is asked (`termToDefinition`, ...).
  public var kind: String
  /// The question as shown.
  public var prompt: String
  /// `new`, `learning`, `review`, `relearning`, `suspended` or `orphaned`.
  public var state: String
  /// The study day it is next due, `YYYY-MM-DD`, absent for new cards.
  public var due: String?
  /// Memory stability in days, absent for new cards.
  public var stability: Double?
  /// Memory difficulty (1-10), absent for new cards.
  public var difficulty: Double?
  /// Probability of recall now, absent for new cards.
  public var retrievability: Double?
  /// Answers logged.
  public var reviews: Int
  /// Of those, right.
  public var correct: Int
  /// Times forgotten after graduating.
  public var lapses: Int
  /// The last answer's day, `YYYY-MM-DD`, absent for new cards.
  public var lastReview: String?

  /// Creates a row.
  public init(
    id: String, path: String, line: Int, topic: String, kind: String, prompt: String,
    state: String, due: String?, stability: Double?, difficulty: Double?,
    retrievability: Double?, reviews: Int, correct: Int, lapses: Int, lastReview: String?
  ) {
    self.id = id
    self.path = path
    self.line = line
    self.topic = topic
    self.kind = kind
    self.prompt = prompt
    self.state = state
    self.due = due
    self.stability = stability
    self.difficulty = difficulty
    self.retrievability = retrievability
    self.reviews = reviews
    self.correct = correct
    self.lapses = lapses
    self.lastReview = lastReview
  }
}
