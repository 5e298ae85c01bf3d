/// How well a group of questions (a topic or a concept) is known, and why.
public struct MasteryScore: Equatable, Sendable {
  /// What the group is: a topic's heading path or a concept's id.
  public var key: String
  /// The name to show: the topic (` › `-joined heading path) or the concept's name.
  public var name: String
  /// The note the topic is in; empty for concepts (they span notes).
  public var document: String
  /// Questions in the group.
  public var questions: Int
  /// Questions the learner has met.
  public var studied: Int
  /// Mean retrievability now over the questions with a schedule, `nil` when none has one.
  public var meanRetrievability: Double?
  /// Lapses summed over the group.
  public var lapses: Int
  /// Recent answers over the group.
  public var recentAnswers: Int
  /// Recent wrong answers over the group.
  public var recentWrong: Int
  /// Recent mock-exam answers kept out of the review log.
  public var examAnswers = 0
  /// How many of those were wrong.
  public var examWrong = 0
  /// Recent exam questions handed in blank.
  public var examSkips = 0
  /// Mastery in [0, 1] (see ``MasteryModel/score(key:name:document:evidence:)``).
  public var mastery: Double

  /// A score with every field given (``MasteryModel`` computes them from evidence).
  public init(
    key: String, name: String, document: String, questions: Int, studied: Int,
    meanRetrievability: Double?, lapses: Int, recentAnswers: Int, recentWrong: Int,
    mastery: Double
  ) {
    self.key = key
    self.name = name
    self.document = document
    self.questions = questions
    self.studied = studied
    self.meanRetrievability = meanRetrievability
    self.lapses = lapses
    self.recentAnswers = recentAnswers
    self.recentWrong = recentWrong
    self.mastery = mastery
  }

  /// The weighted share of exam answers that were right, with one imagined wrong answer so a
  /// single right answer reads no more than a half: 0 without exam evidence.
  public var examRightShare: Double {
    let weight =
      MasteryModel.examWeight * Double(examAnswers) + MasteryModel.skipWeight * Double(examSkips)
    let right = MasteryModel.examWeight * Double(examAnswers - examWrong)
    return weight == 0 ? 0 : right / (weight + MasteryModel.examWeight)
  }

  /// Share of the group's questions never studied, in [0, 1].
  public var unstudiedShare: Double {
    questions == 0 ? 0 : Double(questions - studied) / Double(questions)
  }
}
