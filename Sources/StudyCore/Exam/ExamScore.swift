/// One domain's line in an exam result.
public struct ExamDomainScore: Equatable, Sendable, Codable {
  /// The domain label.
  public var domain: String
  /// Questions answered right.
  public var correct: Int
  /// Questions asked.
  public var total: Int

  /// Creates a line.
  public init(domain: String, correct: Int, total: Int) {
    self.domain = domain
    self.correct = correct
    self.total = total
  }

  /// The share right, 0...1 (0 when nothing was asked).
  public var fraction: Double { total == 0 ? 0 : Double(correct) / Double(total) }
}

/// Scoring rules of the mock exam: all-or-nothing for multiple response, blanks count as
/// wrong, and a scaled-score estimate on the associate exam's 100–1000 scale.
public enum ExamScore {
  /// The pass line on the scaled score.
  public static let passLine = 720
  /// The raw share the estimate places on the pass line. The real exam equates scores across
  /// versions, so this is an assumption, not AWS's number.
  public static let assumedPassFraction = 0.70

  /// Whether `chosen` option indices answer `question`: exactly the keys, no partial credit.
  public static func isCorrect(chosen: Set<Int>, question: Question, choices: [String]) -> Bool {
    let keys = Set(question.keys.compactMap { choices.firstIndex(of: $0) })
    return !chosen.isEmpty && chosen == keys
  }

  /// The estimated scaled score for `correct` of `total`: 100 at 0%, 720 at
  /// ``assumedPassFraction``, 1000 at 100%, linear between.
  public static func scaledEstimate(correct: Int, total: Int) -> Int {
    guard total > 0 else { return 100 }
    let fraction = min(1, max(0, Double(correct) / Double(total)))
    let pass = assumedPassFraction
    let value: Double =
      fraction <= pass
      ? 100 + (Double(passLine) - 100) * fraction / pass
      : Double(passLine) + (1000 - Double(passLine)) * (fraction - pass) / (1 - pass)
    return Int(value.rounded())
  }

  /// Per-domain lines, in the order domains first appear in `domains`.
  public static func byDomain(domains: [String], correct: [Bool]) -> [ExamDomainScore] {
    var order: [String] = []
    var lines: [String: ExamDomainScore] = [:]
    for (domain, isRight) in zip(domains, correct) {
      if lines[domain] == nil {
        order.append(domain)
        lines[domain] = ExamDomainScore(domain: domain, correct: 0, total: 0)
      }
      lines[domain]?.total += 1
      if isRight { lines[domain]?.correct += 1 }
    }
    return order.compactMap { lines[$0] }
  }

  /// "Select TWO", "Select THREE", … for a multiple-response question with `keyCount` keys.
  public static func selectLabel(keyCount: Int) -> String {
    let words = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
    let word = (1...words.count).contains(keyCount) ? words[keyCount - 1] : String(keyCount)
    return "Select \(word)"
  }
}
