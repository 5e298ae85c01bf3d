/// A progress report: what `notedrill report` writes in every format and the Stats screen
/// draws. A plain value filled by the store's queries; the renderers only read it.
public struct ProgressReport: Sendable, Equatable, Codable {
  /// The JSON shape's version; raised when a field changes meaning or goes away.
  public static let currentVersion = 1

  /// The JSON shape's version (``currentVersion``).
  public var version = ProgressReport.currentVersion
  /// When the report was made, `YYYY-MM-DDTHH:MM:SSZ`.
  public var generatedAt: String
  /// The study day it was made on, `YYYY-MM-DD`.
  public var studyDay: String
  /// The first study day the activity figures count (`--since`), absent for all history.
  public var since: String?
  /// The headline numbers.
  public var summary: ReportSummary
  /// Mastery per note: studied notes weakest first, then notes not started.
  public var notes: [ReportMastery]
  /// Mastery per topic (heading path): studied topics weakest first, then topics not started.
  public var topics: [ReportMastery]
  /// Cards forgotten too often, most lapses first.
  public var leeches: [ReportLeech]
  /// Study checklist completion per note, in note order.
  public var checklists: [ChecklistCompletion]
  /// Mock exams handed in, with per-domain scores and the trend.
  public var exams: ExamHistory
  /// Answers per study day over the last 90 days (or since `since`), oldest first.
  public var activity: [ReportDay]
  /// Cards falling due on each of the next 30 study days (overdue ones on the first).
  public var forecast: [ForecastDay]
  /// Recall of review-state cards grouped by the days since their previous review.
  public var retentionByInterval: [IntervalRetention]

  /// Creates a report.
  public init(
    generatedAt: String, studyDay: String, since: String?, summary: ReportSummary,
    notes: [ReportMastery], topics: [ReportMastery], leeches: [ReportLeech],
    checklists: [ChecklistCompletion], exams: ExamHistory, activity: [ReportDay],
    forecast: [ForecastDay], retentionByInterval: [IntervalRetention]
  ) {
    self.generatedAt = generatedAt
    self.studyDay = studyDay
    self.since = since
    self.summary = summary
    self.notes = notes
    self.topics = topics
    self.leeches = leeches
    self.checklists = checklists
    self.exams = exams
    self.activity = activity
    self.forecast = forecast
    self.retentionByInterval = retentionByInterval
  }

  /// The report with note paths (notes, checklists, leech sources) shown relative to
  /// `folder` when they are inside it.
  public func relativizingPaths(to folder: String) -> ProgressReport {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    func relative(_ path: String) -> String {
      path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
    var copy = self
    copy.notes = notes.map {
      ReportMastery(
        name: relative($0.name), questions: $0.questions, studied: $0.studied, mastery: $0.mastery)
    }
    copy.checklists = checklists.map {
      ChecklistCompletion(path: relative($0.path), total: $0.total, checked: $0.checked)
    }
    copy.leeches = leeches.map { leech in
      var moved = leech
      moved.source = relative(leech.source)
      return moved
    }
    return copy
  }

  /// True when nothing has been studied yet: no answers, no exams, no ticked checklist item.
  public var hasNoProgress: Bool {
    summary.reviews == 0 && exams.attempts.isEmpty && checklists.allSatisfy { $0.checked == 0 }
  }
}

/// The headline numbers of a report.
public struct ReportSummary: Sendable, Equatable, Codable {
  /// Study days with at least one answer.
  public var daysStudied: Int
  /// Consecutive study days up to today (or yesterday, while today has no answer yet).
  public var currentStreak: Int
  /// The longest run of consecutive study days.
  public var longestStreak: Int
  /// Answers logged.
  public var reviews: Int
  /// Of those, the ones that were right.
  public var correct: Int
  /// True retention: recall among scheduled answers to cards in the review state.
  public var retention: RecallRate
  /// Cards by state now.
  public var cards: ReportCardCounts
  /// Time spent answering (drill, review and exam answers), in milliseconds.
  public var timeSpentMs: Int

  /// Creates a summary.
  public init(
    daysStudied: Int, currentStreak: Int, longestStreak: Int, reviews: Int, correct: Int,
    retention: RecallRate, cards: ReportCardCounts, timeSpentMs: Int
  ) {
    self.daysStudied = daysStudied
    self.currentStreak = currentStreak
    self.longestStreak = longestStreak
    self.reviews = reviews
    self.correct = correct
    self.retention = retention
    self.cards = cards
    self.timeSpentMs = timeSpentMs
  }
}

/// Answers and how many of them were recalled.
public struct RecallRate: Sendable, Equatable, Codable {
  /// Answers counted.
  public let reviews: Int
  /// Of those, recalled (rated Hard, Good or Easy).
  public let recalled: Int
  /// `recalled / reviews`, or `nil` without answers.
  public let rate: Double?

  /// Creates a rate.
  public init(reviews: Int, recalled: Int) {
    self.reviews = reviews
    self.recalled = recalled
    rate = reviews > 0 ? Double(recalled) / Double(reviews) : nil
  }
}

/// Cards by state. `new`, `learning`, `review` and `suspended` split the cards in the notes.
public struct ReportCardCounts: Sendable, Equatable, Codable {
  /// Never studied.
  public var new: Int
  /// In learning or relearning steps.
  public var learning: Int
  /// Graduated to the review state.
  public var review: Int
  /// Kept out of the queue (leeches).
  public var suspended: Int
  /// Studied cards due before today ends.
  public var due: Int
  /// Cards whose question left the notes (history kept).
  public var orphans: Int

  /// Creates the counts.
  public init(new: Int, learning: Int, review: Int, suspended: Int, due: Int, orphans: Int) {
    self.new = new
    self.learning = learning
    self.review = review
    self.suspended = suspended
    self.due = due
    self.orphans = orphans
  }

  /// Cards in the notes.
  public var total: Int { new + learning + review + suspended }
}

/// How well a note or topic is known now.
public struct ReportMastery: Sendable, Equatable, Codable {
  /// The note's path or the topic's heading path.
  public var name: String
  /// Its questions in the notes.
  public var questions: Int
  /// Of those, studied at least once.
  public var studied: Int
  /// Mean probability of recall now (never-studied questions count as 0), 0...1.
  public var mastery: Double

  /// Creates a row.
  public init(name: String, questions: Int, studied: Int, mastery: Double) {
    self.name = name
    self.questions = questions
    self.studied = studied
    self.mastery = mastery
  }
}

/// A card forgotten too often.
public struct ReportLeech: Sendable, Equatable, Codable {
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

  /// Creates a row.
  public init(questionID: String, prompt: String, topic: String, source: String, lapses: Int) {
    self.questionID = questionID
    self.prompt = prompt
    self.topic = topic
    self.source = source
    self.lapses = lapses
  }
}

/// One note's study checklist.
public struct ChecklistCompletion: Sendable, Equatable, Codable {
  /// The note's path.
  public var path: String
  /// Its checklist items.
  public let total: Int
  /// Of those, ticked (the learner's choice in NoteDrill over the note's `[x]`).
  public let checked: Int
  /// `checked / total`, 0 for an empty list.
  public let fraction: Double

  /// Creates a row.
  public init(path: String, total: Int, checked: Int) {
    self.path = path
    self.total = total
    self.checked = checked
    fraction = total > 0 ? Double(checked) / Double(total) : 0
  }
}

/// One study day's answers.
public struct ReportDay: Sendable, Equatable, Codable {
  /// `YYYY-MM-DD`.
  public var day: String
  /// Answers logged.
  public var answers: Int
  /// Of those, right.
  public var correct: Int
  /// Time spent answering, in milliseconds.
  public var timeSpentMs: Int

  /// Creates a day.
  public init(day: String, answers: Int, correct: Int, timeSpentMs: Int) {
    self.day = day
    self.answers = answers
    self.correct = correct
    self.timeSpentMs = timeSpentMs
  }
}

/// Cards falling due on one study day.
public struct ForecastDay: Sendable, Equatable, Codable {
  /// `YYYY-MM-DD`.
  public var day: String
  /// Cards due that day (the first day also holds the overdue ones).
  public var due: Int

  /// Creates a day.
  public init(day: String, due: Int) {
    self.day = day
    self.due = due
  }
}

/// Recall of review-state cards whose previous review was a given number of days before.
public struct IntervalRetention: Sendable, Equatable, Codable {
  /// The bucket as shown (`1d`, `2-3d`, ..., `91d+`).
  public var label: String
  /// The shortest interval in the bucket, in whole days.
  public var minDays: Int
  /// The longest, absent for the last bucket.
  public var maxDays: Int?
  /// Answers and recalls in the bucket.
  public var recall: RecallRate
  /// The scheduler's mean predicted recall for those answers, absent without answers.
  public var predicted: Double?

  /// Creates a bucket.
  public init(label: String, minDays: Int, maxDays: Int?, recall: RecallRate, predicted: Double?) {
    self.label = label
    self.minDays = minDays
    self.maxDays = maxDays
    self.recall = recall
    self.predicted = predicted
  }

  /// The buckets every report uses, as (label, min, max) in whole days.
  public static let buckets: [(label: String, min: Int, max: Int?)] = [
    ("<1d", 0, 0), ("1d", 1, 1), ("2-3d", 2, 3), ("4-7d", 4, 7), ("8-14d", 8, 14),
    ("15-30d", 15, 30), ("31-90d", 31, 90), ("91d+", 91, nil),
  ]
}
