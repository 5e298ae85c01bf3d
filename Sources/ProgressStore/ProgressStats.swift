import Foundation

/// Everything `notedrill stats` reports, in the shape `--json` prints.
public struct ProgressStats: Sendable, Equatable, Codable {
  /// The JSON shape's version.
  public var version = 1
  /// The study day the numbers are for (`YYYY-MM-DD`).
  public var studyDay: String
  /// Cards by state.
  public var cards: CardCounts
  /// Answers logged.
  public var reviews: ReviewTotals
  /// True retention: recalled / answered among review-state cards, over 7 and 30 days.
  public var retention: Retention
  /// The last 30 study days, oldest first, days without answers included.
  public var reviewsPerDay: [DayActivity]
  /// Consecutive study days with answers.
  public var streak: Streak
  /// Mastery per topic, weakest first.
  public var topics: [Mastery]
  /// Mastery per term, weakest first.
  public var terms: [Mastery]
  /// Cards forgotten 8 times or more (flagged and suspended), most lapses first.
  public var leeches: [Leech]
}

/// Cards by state. `new`, `learning`, `learned` and `suspended` split the cards still in the
/// notes; `orphans` are cards whose question left the notes; `due` counts studied cards (not
/// suspended) due before the study day ends.
public struct CardCounts: Sendable, Equatable, Codable {
  /// Studied cards due before the study day ends.
  public var due = 0
  /// Cards in the learning or relearning steps.
  public var learning = 0
  /// Cards never studied.
  public var new = 0
  /// Cards graduated to the review state.
  public var learned = 0
  /// Cards kept out of the queue (leeches).
  public var suspended = 0
  /// Cards whose question is no longer in the notes.
  public var orphans = 0
}

/// Answers logged.
public struct ReviewTotals: Sendable, Equatable, Codable {
  /// Every answer in the log.
  public var total = 0
  /// Answers counted for the current study day.
  public var today = 0
}

/// True retention over two windows.
public struct Retention: Sendable, Equatable, Codable {
  /// The last 7 days.
  public var last7Days: RetentionWindow
  /// The last 30 days.
  public var last30Days: RetentionWindow
}

/// Recall among review-state cards in a window.
public struct RetentionWindow: Sendable, Equatable, Codable {
  /// The window's length in days.
  public var days: Int
  /// Answers to cards in the review state.
  public var reviews: Int
  /// Of those, the ones recalled (Hard, Good or Easy).
  public var recalled: Int
  /// `recalled / reviews`; absent when there were no reviews.
  public var rate: Double?
}

/// One study day's activity.
public struct DayActivity: Sendable, Equatable, Codable {
  /// `YYYY-MM-DD`.
  public var day: String
  /// Answers logged.
  public var answers: Int
  /// Answers that went through the scheduler.
  public var reviews: Int
  /// Cards studied for the first time.
  public var newCards: Int
  /// Answers that were right.
  public var correct: Int
}

/// Consecutive study days with at least one answer.
public struct Streak: Sendable, Equatable, Codable {
  /// Up to today (or yesterday, while today has no answer yet).
  public var current: Int
  /// The longest ever.
  public var longest: Int
}

/// How well a topic or term is known now.
public struct Mastery: Sendable, Equatable, Codable {
  /// The topic or term.
  public var name: String
  /// Its questions still in the notes.
  public var questions: Int
  /// Of those, the ones studied at least once.
  public var reviewed: Int
  /// Mean probability of recall now over its questions (never-studied ones count as 0).
  public var mastery: Double
}

/// A card forgotten too often.
public struct Leech: Sendable, Equatable, Codable {
  /// The question's id.
  public var questionID: String
  /// The question as shown.
  public var prompt: String
  /// Its topic.
  public var topic: String
  /// `file:line`.
  public var source: String
  /// Times forgotten after graduating.
  public var lapses: Int
  /// True when its note no longer has it.
  public var isOrphaned: Bool
}
