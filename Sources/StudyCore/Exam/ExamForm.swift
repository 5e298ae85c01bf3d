/// The shape of a mock exam as the associate exam has it: how many multiple-response questions,
/// how few diagram questions, how long, and how a multiple-response question is shown.
public enum ExamForm {
  /// The share of multiple-response ("Select TWO/THREE") questions aimed for. AWS does not
  /// publish it; practice exams and candidates' reports put it near one in seven, so this is
  /// an assumption, met as far as the bank has such questions.
  public static let multipleResponseShare = 0.15
  /// The most diagram questions an exam holds, as a share of its questions (the real exam asks
  /// about a picture rarely, and a diagram question read without its diagram is weak).
  public static let diagramShareCap = 0.15
  /// Minutes allowed per question by default (130 minutes for 65 questions).
  public static let minutesPerQuestion = 2
  /// The fewest options a multiple-response question shows (five, as the real exam).
  public static let minimumResponseOptions = 5

  /// The multiple-response questions aimed for in an exam of `count` questions.
  public static func multipleResponseTarget(count: Int) -> Int {
    Int((Double(count) * multipleResponseShare).rounded())
  }

  /// The most diagram questions in an exam of `count` questions.
  public static func diagramCap(count: Int) -> Int {
    Int((Double(count) * diagramShareCap).rounded(.down))
  }

  /// The default time limit for `count` questions, in seconds.
  public static func defaultTimeLimitSeconds(questionCount count: Int) -> Int {
    max(1, count) * minutesPerQuestion * 60
  }

  /// Whether `question` asks about a diagram (a flow chart's steps, edges or order).
  public static func isDiagram(_ question: Question) -> Bool {
    switch question.kind {
    case .flowNext, .flowPrevious, .flowEdgeLabel, .flowOrder: true
    default: false
    }
  }

  /// Whether `question` is multiple response.
  public static func isMultipleResponse(_ question: Question) -> Bool {
    question.format == .multipleChoice && question.keys.count >= 2
  }

  /// `question` as this attempt shows it: a multiple-response question with more than three
  /// keys keeps two or three of them (chosen from `seed`) and all its outsiders, so it reads
  /// "Select TWO" or "Select THREE" over at least five options where the outsiders allow; the
  /// options are then shuffled. The same seed gives the same form, so a resumed attempt and
  /// its review show what was asked.
  public static func attemptForm(_ question: Question, seed: UInt64) -> Question {
    var shown = question
    var generator = SeededGenerator(seed: StableID.hash([String(seed), question.id]))
    if isMultipleResponse(question), question.keys.count > 3 {
      let keySet = Set(question.keys)
      let outsiders = question.options.filter { !keySet.contains($0) }
      let wanted =
        outsiders.count + 2 >= minimumResponseOptions
        ? 2 + Int(generator.next() % 2) : max(3, minimumResponseOptions - outsiders.count)
      let kept = Set(question.keys.shuffled(using: &generator).prefix(wanted))
      shown.keys = question.keys.filter { kept.contains($0) }
      shown.options = question.options.filter { kept.contains($0) || !keySet.contains($0) }
    }
    if shown.options.count > 1 { shown.options.shuffle(using: &generator) }
    return shown
  }
}
