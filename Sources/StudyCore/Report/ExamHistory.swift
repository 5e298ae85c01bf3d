/// Mock exams handed in, oldest first, with their scores per domain and the trend.
public struct ExamHistory: Sendable, Equatable, Codable {
  /// Each finished attempt, oldest first.
  public var attempts: [ExamResult]
  /// Every attempt's answers pooled per domain, weakest first.
  public var domains: [DomainScore]

  /// A history of `attempts`, pooling their domains.
  public init(attempts: [ExamResult]) {
    self.attempts = attempts
    var pooled: [String: DomainScore] = [:]
    for attempt in attempts {
      for domain in attempt.domains {
        let total = pooled[domain.domain]
        pooled[domain.domain] = DomainScore(
          domain: domain.domain, questions: (total?.questions ?? 0) + domain.questions,
          correct: (total?.correct ?? 0) + domain.correct)
      }
    }
    domains = pooled.values.sorted { ($0.score, $0.domain) < ($1.score, $1.domain) }
  }

  /// The least-squares slope of the scores, in percentage points per attempt; absent with
  /// fewer than two attempts.
  public var trend: Double? {
    let scores = attempts.map { $0.score * 100 }
    guard scores.count >= 2 else { return nil }
    let count = Double(scores.count)
    let meanX = (count - 1) / 2
    let meanY = scores.reduce(0, +) / count
    var numerator = 0.0
    var denominator = 0.0
    for (index, score) in scores.enumerated() {
      let dx = Double(index) - meanX
      numerator += dx * (score - meanY)
      denominator += dx * dx
    }
    return numerator / denominator
  }

  enum CodingKeys: String, CodingKey {
    case attempts, domains, trend
  }

  /// Decodes a history (the trend is recomputed from the attempts).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    attempts = try container.decode([ExamResult].self, forKey: .attempts)
    domains = try container.decode([DomainScore].self, forKey: .domains)
  }

  /// Encodes the attempts, the pooled domains and the trend.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(attempts, forKey: .attempts)
    try container.encode(domains, forKey: .domains)
    try container.encodeIfPresent(trend, forKey: .trend)
  }
}

/// One finished mock exam.
public struct ExamResult: Sendable, Equatable, Codable {
  /// The attempt's id in the store.
  public var id: Int
  /// When it was handed in, `YYYY-MM-DD`.
  public var day: String
  /// Questions asked.
  public let questions: Int
  /// Of those, answered.
  public var answered: Int
  /// Of those, right.
  public let correct: Int
  /// Time spent, in milliseconds.
  public var timeSpentMs: Int
  /// Scores per domain, in the order the domains first appear in the exam.
  public var domains: [DomainScore]
  /// Right answers over questions asked (unanswered ones count as wrong), 0...1.
  public let score: Double

  /// Creates a result.
  public init(
    id: Int, day: String, questions: Int, answered: Int, correct: Int, timeSpentMs: Int,
    domains: [DomainScore]
  ) {
    self.id = id
    self.day = day
    self.questions = questions
    self.answered = answered
    self.correct = correct
    self.timeSpentMs = timeSpentMs
    self.domains = domains
    score = questions > 0 ? Double(correct) / Double(questions) : 0
  }
}

/// Right answers among the questions of one exam domain.
public struct DomainScore: Sendable, Equatable, Codable {
  /// The domain's label (empty for questions drawn without one).
  public var domain: String
  /// Questions asked.
  public let questions: Int
  /// Of those, right.
  public let correct: Int
  /// `correct / questions`, 0 without questions.
  public let score: Double

  /// Creates a score.
  public init(domain: String, questions: Int, correct: Int) {
    self.domain = domain
    self.questions = questions
    self.correct = correct
    score = questions > 0 ? Double(correct) / Double(questions) : 0
  }
}
