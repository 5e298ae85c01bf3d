import Testing

@testable import StudyCore

/// The mock exam's draw: proportions per domain, no siblings together, seeds, option order.
@Suite struct ExamDrawTests {
  /// A choice question in note `document` under `section`, in sibling group `group`.
  static func question(
    _ id: String, document: String = "net", section: String, group: String? = nil,
    format: AnswerFormat = .singleChoice
  ) -> Question {
    Question(
      id: id, kind: .termToDefinition, format: format, prompt: "\(id)?", keys: ["k-\(id)"],
      options: format == .typed ? [] : ["k-\(id)", "a", "b", "c"], explanation: "",
      source: SourceReference(
        document: document, path: "\(document).md", line: 1, headingPath: ["Title", section]),
      topic: "\(document) › Title › \(section)", terms: [], siblingGroup: group ?? id,
      language: .korean)
  }

  /// 60 questions in A, 30 in B, 10 in C (one note under one title heading).
  static let bank: [Question] =
    (0..<60).map { question("a\($0)", section: "A") }
    + (0..<30).map {
      question("b\($0)", section: "B")
    } + (0..<10).map { question("c\($0)", section: "C") }

  @Test func domainsFollowTheirShareOfTheBank() {
    let picks = ExamDraw.draw(from: Self.bank, count: 20, grouping: .sections, seed: 1)
    let counts = Dictionary(grouping: picks, by: \.domain).mapValues(\.count)
    #expect(counts == ["net › A": 12, "net › B": 6, "net › C": 2])
  }

  @Test func largestRemaindersFillTheLastSeatsAndFullDomainsPassTheirsOn() {
    // C has room for 1 of its 2 seats; the freed seat goes to A (largest remainder 5/8).
    let seats = ExamDraw.allocate(
      count: 10, shares: [("A", 5, 10), ("B", 3, 10), ("C", 2, 1)])
    #expect(seats == ["A": 6, "B": 3, "C": 1])
    let short = ExamDraw.allocate(count: 10, shares: [("A", 5, 2), ("B", 5, 3)])
    #expect(short == ["A": 2, "B": 3])
    let even = ExamDraw.allocate(count: 7, shares: [("A", 1, 100), ("B", 1, 100)])
    #expect(even == ["A": 4, "B": 3])
  }

  @Test func noTwoQuestionsOfOneSiblingGroup() {
    // Each fact asked three ways: 10 facts, 30 questions.
    let bank = (0..<30).map { Self.question("s\($0)", section: "A", group: "fact-\($0 % 10)") }
    let picks = ExamDraw.draw(from: bank, count: 30, grouping: .sections, seed: 9)
    #expect(picks.count == 10)
    #expect(Set(picks.map(\.question.siblingGroup)).count == 10)
  }

  @Test func theSameSeedDrawsTheSameExamAndAnotherSeedAnother() {
    let first = ExamDraw.draw(from: Self.bank, count: 15, grouping: .sections, seed: 42)
    let again = ExamDraw.draw(from: Self.bank, count: 15, grouping: .sections, seed: 42)
    let other = ExamDraw.draw(from: Self.bank, count: 15, grouping: .sections, seed: 43)
    #expect(first == again)
    #expect(first.map(\.question.id) != other.map(\.question.id))
  }

  @Test func optionsAreShuffledPerAttemptAndKeepTheirKeys() throws {
    let question = Self.question("x", section: "A")
    let orders = Set((0..<20).map { ExamDraw.shuffledOptions(question, seed: UInt64($0)).options })
    #expect(orders.count > 5)
    let shown = ExamDraw.shuffledOptions(question, seed: 3)
    #expect(shown.options.sorted() == question.options.sorted())
    #expect(shown.keys == question.keys)
    #expect(ExamDraw.shuffledOptions(question, seed: 3) == shown)
  }

  @Test func choiceFormatsComeFirstAndFlipCardsNever() {
    let bank =
      (0..<5).map { Self.question("t\($0)", section: "A", format: .typed) }
      + (0..<5).map { Self.question("c\($0)", section: "A") }
      + (0..<5).map { Self.question("f\($0)", section: "A", format: .flip) }
    let five = ExamDraw.draw(from: bank, count: 5, grouping: .sections, seed: 5)
    #expect(five.allSatisfy { $0.question.format == .singleChoice })
    let all = ExamDraw.draw(from: bank, count: 15, grouping: .sections, seed: 5)
    #expect(all.count == 10)
    #expect(!all.contains { $0.question.format == .flip })
  }

  @Test func domainLabelsUseTitlesAndSkipASingleTitleHeading() {
    let oneTitle = Self.question("a", document: "week3", section: "ELB")
    var topLevel = Self.question("b", document: "arch", section: "unused")
    topLevel.source.headingPath = ["개요", "이점"]
    var other = topLevel
    other.source.headingPath = ["스토리지"]
    let labels = ExamDraw.blockLabels(
      of: [oneTitle, topLevel, other], grouping: .sections, titles: ["week3": "Week 3 복습"])
    #expect(labels == ["Week 3 복습 › ELB", "arch › 개요", "arch › 스토리지"])
    // As domains, a note of one block is named by its title.
    let domains = ExamDraw.domains(
      of: [oneTitle, topLevel, other], grouping: .sections, titles: ["week3": "Week 3 복습"])
    #expect(domains == ["Week 3 복습", "arch › 개요", "arch › 스토리지"])
    let byNote = ExamDraw.blockLabels(
      of: [oneTitle, topLevel], grouping: .notes, titles: ["week3": "Week 3 복습"])
    #expect(byNote == ["Week 3 복습", "arch"])
  }

  @Test func filtersByNoteAndTopicAndSayWhatMatchedNothing() throws {
    let bank = [
      Self.question("a", document: "week3", section: "ELB"),
      Self.question("b", document: "arch", section: "S3"),
    ]
    let titles = ["week3": "Week 3 복습"]
    let byTitle = try ExamFilter.questions(bank, titles: titles, notes: ["복습"], topics: [])
    #expect(byTitle.map(\.id) == ["a"])
    let byTopic = try ExamFilter.questions(bank, titles: titles, notes: [], topics: ["s3"])
    #expect(byTopic.map(\.id) == ["b"])
    #expect(throws: ExamFilterError.unknownNote("nope", available: ["arch", "week3"])) {
      try ExamFilter.questions(bank, titles: titles, notes: ["nope"], topics: [])
    }
    #expect(throws: ExamFilterError.unknownTopic("VPC")) {
      try ExamFilter.questions(bank, titles: titles, notes: [], topics: ["VPC"])
    }
  }
}

/// Scoring: all-or-nothing multiple response and the scaled-score estimate.
@Suite struct ExamScoreTests {
  @Test func multipleResponseHasNoPartialCredit() {
    let question = Question(
      id: "m", kind: .enumerationSelectAll, format: .multipleChoice, prompt: "?",
      keys: ["SNS", "SQS"], options: ["SNS", "EC2", "SQS", "EBS", "S3"], explanation: "",
      source: SourceReference(document: "d", path: "d.md", line: 1, headingPath: []),
      topic: "d", terms: [], siblingGroup: "m", language: .korean)
    let choices = question.options
    #expect(ExamScore.isCorrect(chosen: [0, 2], question: question, choices: choices))
    #expect(!ExamScore.isCorrect(chosen: [0], question: question, choices: choices))
    #expect(!ExamScore.isCorrect(chosen: [0, 2, 3], question: question, choices: choices))
    #expect(!ExamScore.isCorrect(chosen: [], question: question, choices: choices))
    #expect(ExamScore.selectLabel(keyCount: 2) == "Select TWO")
    #expect(ExamScore.selectLabel(keyCount: 3) == "Select THREE")
  }

  @Test func theScaledEstimateRunsFrom100To1000ThroughThePassLine() {
    #expect(ExamScore.scaledEstimate(correct: 0, total: 65) == 100)
    #expect(ExamScore.scaledEstimate(correct: 65, total: 65) == 1000)
    #expect(ExamScore.scaledEstimate(correct: 7, total: 10) == 720)
    #expect(ExamScore.scaledEstimate(correct: 35, total: 50) == 720)
    #expect(ExamScore.scaledEstimate(correct: 1, total: 2) == 543)
    #expect(ExamScore.scaledEstimate(correct: 17, total: 20) == 860)
  }

  @Test func domainLinesKeepTheOrderDomainsFirstAppear() {
    let lines = ExamScore.byDomain(
      domains: ["B", "A", "B", "A", "B"], correct: [true, false, true, true, false])
    #expect(
      lines == [
        ExamDomainScore(domain: "B", correct: 2, total: 3),
        ExamDomainScore(domain: "A", correct: 1, total: 2),
      ])
  }
}
