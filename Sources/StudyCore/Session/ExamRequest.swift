import Foundation

/// What the learner asked for: how many questions, the settings, which notes and topics.
public struct ExamRequest: Equatable, Sendable {
  /// How many questions to draw.
  public var questionCount: Int
  /// Mode, time, seed, grouping, reviews.
  public var settings: ExamSettings
  /// Only notes matching these (file id or title), when not empty.
  public var notes: [String]
  /// Only topics containing these, when not empty.
  public var topics: [String]

  /// Creates a request.
  public init(
    questionCount: Int = 65, settings: ExamSettings, notes: [String] = [], topics: [String] = []
  ) {
    self.questionCount = questionCount
    self.settings = settings
    self.notes = notes
    self.topics = topics
  }

  /// The drawn questions. `titles` maps a note id to its title, for domain labels.
  public func picks(from questions: [Question], titles: [String: String]) throws(ExamFilterError)
    -> [ExamPick]
  {
    let pool = try ExamFilter.questions(questions, titles: titles, notes: notes, topics: topics)
    return ExamDraw.draw(
      from: pool, count: questionCount, grouping: settings.grouping, titles: titles,
      seed: settings.seed)
  }
}
