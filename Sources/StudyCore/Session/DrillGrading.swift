import Foundation

/// Grades one response to one question and picks the automatic rating.
enum DrillGrading {
  static func feedback(
    for response: DrillResponse, to question: Question, grader: TypedAnswerGrader,
    responseMs: Int, firstSight: Bool = false
  ) -> DrillFeedback {
    let choices = DrillSession.choices(of: question)
    var grade: TypedGrade?
    let isCorrect: Bool
    let given: String?
    switch response {
    case .choices(let chosen):
      let keys = Set(question.keys.compactMap { choices.firstIndex(of: $0) })
      isCorrect = !chosen.isEmpty && chosen == keys
      given = chosen.sorted().map { text(choices, $0) }.joined(separator: "; ")
    case .order(let order):
      isCorrect = order.map { text(choices, $0) } == question.keys
      given = order.map { text(choices, $0) }.joined(separator: " → ")
    case .text(let typed):
      let result = grader.grade(typed, keys: question.keys, aliases: question.aliases)
      grade = result
      isCorrect = result.verdict.isAccepted
      given = typed
    case .selfRated(let rating):
      return DrillFeedback(
        isCorrect: rating.isRecall, rating: rating, autoRating: rating, given: nil,
        typedGrade: nil, responseMs: responseMs, outcomes: nil)
    }
    let rating = AutoRating.rating(
      isCorrect: isCorrect, toleratedTypo: grade?.verdict == .tolerated,
      responseMs: responseMs, format: question.format, firstSight: firstSight)
    return DrillFeedback(
      isCorrect: isCorrect, rating: rating, autoRating: rating, given: given, typedGrade: grade,
      responseMs: responseMs, outcomes: nil)
  }

  private static func text(_ choices: [String], _ index: Int) -> String {
    choices.indices.contains(index) ? choices[index] : "#\(index + 1)"
  }
}
