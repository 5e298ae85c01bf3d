/// What the progress store knows about one question, for judging mastery.
public struct QuestionEvidence: Equatable, Sendable {
  /// The question.
  public var questionID: String
  /// The probability of recalling it now (FSRS retrievability), `nil` when never studied.
  public var retrievability: Double?
  /// How many times it was forgotten after being learned.
  public var lapses: Int
  /// Answers given recently in drills, reviews and checklist quizzes (and exam answers the
  /// learner had recorded as reviews).
  public var recentAnswers: Int
  /// How many of those were wrong.
  public var recentWrong: Int
  /// Recent mock-exam answers kept out of the review log: evidence with a weight
  /// (``MasteryModel/examWeight``), never "studied" on their own.
  public var examAnswers: Int = 0
  /// How many of those were wrong.
  public var examWrong: Int = 0
  /// Recent mock-exam questions handed in blank, weighing less than a wrong answer.
  public var examSkips: Int = 0

  /// Evidence for one question.
  public init(
    questionID: String, retrievability: Double?, lapses: Int = 0, recentAnswers: Int = 0,
    recentWrong: Int = 0
  ) {
    self.questionID = questionID
    self.retrievability = retrievability
    self.lapses = lapses
    self.recentAnswers = recentAnswers
    self.recentWrong = recentWrong
  }

  /// Evidence for a question never studied and never answered.
  public static func unstudied(_ questionID: String) -> QuestionEvidence {
    QuestionEvidence(questionID: questionID, retrievability: nil)
  }

  /// Whether the learner has studied the question (it has a schedule, or was answered outside
  /// an exam). Exam answers alone do not count.
  public var isStudied: Bool { retrievability != nil || recentAnswers > 0 }

  /// Whether a mock exam said anything about the question.
  public var hasExamEvidence: Bool { examAnswers + examSkips > 0 }
}
