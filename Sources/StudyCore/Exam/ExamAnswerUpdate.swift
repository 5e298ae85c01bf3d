/// The state of one exam question to write while the exam runs.
public struct ExamAnswerUpdate: Equatable, Sendable {
  /// The question's place in the exam, from 0.
  public var position: Int
  /// What was given, `nil` while blank.
  public var answer: String?
  /// Whether it was right, `nil` while blank.
  public var isCorrect: Bool?
  /// Marked for a second look.
  public var isFlagged: Bool
  /// Time spent on it so far over every visit, in milliseconds.
  public var timeSpentMs: Int

  /// Creates an update.
  public init(position: Int, answer: String?, isCorrect: Bool?, isFlagged: Bool, timeSpentMs: Int) {
    self.position = position
    self.answer = answer
    self.isCorrect = isCorrect
    self.isFlagged = isFlagged
    self.timeSpentMs = timeSpentMs
  }
}
