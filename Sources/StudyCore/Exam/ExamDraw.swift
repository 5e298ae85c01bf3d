/// How a mock exam groups questions into domains.
public enum ExamDomainGrouping: String, Equatable, Sendable, Codable, CaseIterable {
  /// Each note's top-level sections ("note title › section").
  case sections
  /// The notes themselves.
  case notes
}

/// One drawn exam question and the domain it was drawn for.
public struct ExamPick: Equatable, Sendable {
  /// The question, with its options in this attempt's order.
  public var question: Question
  /// The domain label, e.g. "Week 3 복습 › Elastic Load Balancing".
  public var domain: String

  /// Creates a pick.
  public init(question: Question, domain: String) {
    self.question = question
    self.domain = domain
  }
}

/// Draws a mock exam from the bank: domains in proportion to their share of the bank, choice
/// formats first, one question per sibling group, everything from a seed. Pure.
public enum ExamDraw {
  /// Whether a question can be asked in an exam (flip cards grade themselves, so never).
  public static func isEligible(_ question: Question) -> Bool {
    question.format != .flip
  }

  /// 0 for the formats the real exam uses (single choice, multiple response, true/false),
  /// 1 for the rest (typed, ordering): drawn only when a domain runs out of the first.
  public static func tier(_ question: Question) -> Int {
    switch question.format {
    case .singleChoice, .multipleChoice, .trueFalse: 0
    case .typed, .ordering, .flip: 1
    }
  }

  /// The block label of each question, in order, before domains are merged (see
  /// ``ExamDomains``). `titles` maps a note id to its title (the id is used when absent). A note
  /// whose questions all sit under one top-level heading (its title heading) is split by the
  /// level below.
  public static func blockLabels(
    of questions: [Question], grouping: ExamDomainGrouping, titles: [String: String] = [:]
  ) -> [String] {
    var firstHeadings: [String: Set<String>] = [:]
    for question in questions {
      firstHeadings[question.source.document, default: []].insert(
        question.source.headingPath.first ?? "")
    }
    return questions.map { question in
      let document = question.source.document
      let title = titles[document] ?? document
      guard grouping == .sections else { return title }
      let path = question.source.headingPath
      let depth = (firstHeadings[document]?.count ?? 0) == 1 && path.count > 1 ? 1 : 0
      guard depth < path.count, !path[depth].isEmpty else { return title }
      return title + " › " + path[depth]
    }
  }

  /// The domain label of each question of an exam of `questionCount` questions: blocks merged
  /// into at most four to six weighted domains (see ``ExamDomains``).
  public static func domains(
    of questions: [Question], grouping: ExamDomainGrouping, titles: [String: String] = [:],
    questionCount: Int = 65
  ) -> [String] {
    ExamDomains.labels(
      of: questions, grouping: grouping, titles: titles, questionCount: questionCount)
  }

  /// Splits `count` seats over `shares` (domain, bank count) by largest remainder, never more
  /// than a domain's `capacity`; seats a full domain cannot take go to the others in proportion.
  public static func allocate(
    count: Int, shares: [(domain: String, weight: Int, capacity: Int)]
  ) -> [String: Int] {
    var seats: [String: Int] = [:]
    var open = shares.filter { $0.capacity > 0 && $0.weight > 0 }
    var left = max(0, min(count, open.reduce(0) { $0 + $1.capacity }))
    while left > 0, !open.isEmpty {
      let total = open.reduce(0) { $0 + $1.weight }
      var given = open.map { ($0.domain, left * $0.weight / total, left * $0.weight % total) }
      var handed = given.reduce(0) { $0 + $1.1 }
      let byRemainder = given.indices.sorted {
        given[$0].2 != given[$1].2 ? given[$0].2 > given[$1].2 : given[$0].0 < given[$1].0
      }
      for index in byRemainder where handed < left {
        given[index].1 += 1
        handed += 1
      }
      var nextOpen: [(domain: String, weight: Int, capacity: Int)] = []
      for (offset, share) in open.enumerated() {
        let room = share.capacity - seats[share.domain, default: 0]
        let taken = min(room, given[offset].1)
        seats[share.domain, default: 0] += taken
        left -= taken
        if taken < room { nextOpen.append(share) }
      }
      open = nextOpen
    }
    return seats
  }

  /// Draws up to `count` questions from `questions` (already filtered to what the exam may
  /// ask), the same exam for the same seed, in the attempt's form (see
  /// ``ExamForm/attemptForm(_:seed:)``). See ``ExamPlan`` for the rules.
  public static func draw(
    from questions: [Question], count: Int, grouping: ExamDomainGrouping,
    titles: [String: String] = [:], seed: UInt64
  ) -> [ExamPick] {
    let eligible = questions.filter(isEligible)
    let labels = domains(
      of: eligible, grouping: grouping, titles: titles, questionCount: count)
    var plan = ExamPlan(questions: eligible, domains: labels, count: count, seed: seed)
    return plan.picks().map {
      ExamPick(question: ExamForm.attemptForm($0.question, seed: seed), domain: $0.domain)
    }
  }

  /// `question` with its options in this attempt's order (from the attempt seed and the
  /// question id, so a resumed attempt shows them the same way), in the attempt's form.
  public static func shuffledOptions(_ question: Question, seed: UInt64) -> Question {
    ExamForm.attemptForm(question, seed: seed)
  }
}
