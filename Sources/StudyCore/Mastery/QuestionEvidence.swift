/// What the progress store knows about one question, for judging mastery.
public struct QuestionEvidence: Equatable, Sendable {
  /// The question.
  public var questionID: String
  /// The probability of recalling it now (FSRS retrievability), `nil` when never studied.
  public var retrievability: Double?
  /// How many times it was forgotten after being learned.
  public var lapses: Int
  /// Answers given recently (drills, reviews, checklist quizzes and exams).
  public var recentAnswers: Int
  /// How many of those were wrong.
  public var recentWrong: Int

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

  /// Whether the learner has met the question at all (scheduled or answered in an exam).
  public var isStudied: Bool { retrievability != nil || recentAnswers > 0 }
}
