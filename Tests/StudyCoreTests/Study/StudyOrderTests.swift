import Testing

@testable import StudyCore

/// The study order: new cards across topics and notes, reviews mixed, no clashing neighbours.
@Suite struct StudyOrderTests {
  static func card(
    _ id: String, note: String = "n", topic: String, group: String? = nil,
    subjects: [String] = [], options: [String] = [], position: Int
  ) -> StudyCard {
    StudyCard(
      id: id, note: note, topic: note + "/" + topic, group: group ?? id,
      subjects: Set(subjects), options: Set(options), position: position)
  }

  /// Note a: topics A (6 cards) and B (2); note b: topic C (4).
  static let fresh: [StudyCard] =
    (0..<6).map { card("a\($0)", note: "a", topic: "A", position: $0) }
    + (0..<2).map { card("b\($0)", note: "a", topic: "B", position: 10 + $0) }
    + (0..<4).map { card("c\($0)", note: "b", topic: "C", position: 20 + $0) }

  @Test func everyTopicGetsItsFirstCardBeforeAnyGetsASecondAndBigTopicsMoreTurns() {
    let order = StudyOrder.newCards(Self.fresh, introduced: [:], limit: 12) { _ in true }
      .map(\.id)
    #expect(Array(order.prefix(3)).sorted() == ["a0", "b0", "c0"])
    // Note order inside a topic.
    #expect(order.filter { $0.hasPrefix("a") } == ["a0", "a1", "a2", "a3", "a4", "a5"])
    // Half way through, each topic is about half done.
    let firstSix = order.prefix(6)
    #expect(firstSix.filter { $0.hasPrefix("a") }.count == 3)
    #expect(firstSix.filter { $0.hasPrefix("b") }.count == 1)
    #expect(firstSix.filter { $0.hasPrefix("c") }.count == 2)
  }

  @Test func topicsAlreadyStartedWaitForTheOthers() {
    let order = StudyOrder.newCards(Self.fresh, introduced: ["a/A": 3], limit: 2) { _ in true }
    #expect(order.map(\.id).sorted() == ["b0", "c0"])
  }

  @Test func refusedCardsAreSkippedAndTheLimitHolds() {
    let order = StudyOrder.newCards(Self.fresh, introduced: [:], limit: 4) { $0.id != "a0" }
    #expect(order.count == 4)
    #expect(!order.map(\.id).contains("a0"))
    #expect(StudyOrder.newCards(Self.fresh, introduced: [:], limit: 0) { _ in true }.isEmpty)
  }

  @Test func reviewsGoByDueDayThenOnePerTopicWeakestFirst() {
    let due = [
      DueCard(card: Self.card("x1", topic: "X", position: 1), dueDay: 10, recall: 0.9),
      DueCard(card: Self.card("x2", topic: "X", position: 2), dueDay: 10, recall: 0.5),
      DueCard(card: Self.card("x3", topic: "X", position: 3), dueDay: 10, recall: 0.7),
      DueCard(card: Self.card("y1", topic: "Y", position: 4), dueDay: 10, recall: 0.6),
      DueCard(card: Self.card("old", topic: "Y", position: 5), dueDay: 8, recall: 0.95),
    ]
    #expect(StudyOrder.reviews(due).map(\.card.id) == ["old", "x2", "y1", "x3", "x1"])
  }

  @Test func neighboursNeverShareASubjectAnOptionSetOrAGroup() {
    let options = ["리전", "가용 영역", "엣지 로케이션", "CLB"]
    let cards = [
      Self.card("q1", topic: "T", options: options, position: 1),
      Self.card("q2", topic: "T", options: options.reversed(), position: 2),
      Self.card("q3", topic: "T", subjects: ["ec2"], position: 3),
      Self.card("q4", topic: "T", subjects: ["ec2"], position: 4),
      Self.card("q6", topic: "T", group: "g", position: 6),
      Self.card("q7", topic: "T", group: "g", position: 7),
      Self.card("q5", topic: "T", position: 5),
    ]
    let spaced = StudyOrder.spaced(cards)
    #expect(spaced.count == cards.count)
    for (a, b) in zip(spaced, spaced.dropFirst()) {
      #expect(!b.clashes(with: a), "\(a.id) then \(b.id)")
    }
    #expect(spaced.map(\.id) == ["q1", "q3", "q2", "q4", "q6", "q5", "q7"])
  }

  @Test func optionsComeInAnotherOrderEachShowing() {
    let question = Question(
      id: "q", kind: .termToDefinition, format: .singleChoice, prompt: "?", keys: ["a"],
      options: ["a", "b", "c", "d"], explanation: "",
      source: SourceReference(document: "d", path: "d.md", line: 1, headingPath: []),
      topic: "d", terms: [], siblingGroup: "q", language: .korean)
    let orders = Set((0..<10).map { StudyOrder.reshuffled(question, seed: UInt64($0)).options })
    #expect(orders.count > 3)
    #expect(!orders.contains(question.options))
    #expect(StudyOrder.reshuffled(question, seed: 4) == StudyOrder.reshuffled(question, seed: 4))
  }
}

/// The study order over the learner's own notes (skipped without them).
@Suite struct StudyOrderSeedTests {
  @Test(.enabled(if: BankFixtures.seedsAvailable, "needs ../shared/seeds"))
  func theFirstTwentyNewCardsSpanNotesAndTopicsWithoutClashes() throws {
    let bank = try #require(BankFixtures.seedBank)
    var groups: Set<String> = []
    let picked = StudyOrder.newCards(
      bank.questions.map(StudyCard.init(question:)), introduced: [:], limit: 20
    ) { groups.insert($0.group).inserted }
    let order = StudyOrder.spaced(picked)
    #expect(order.count == 20)
    #expect(Set(order.map(\.note)).count >= 2)
    #expect(Set(order.map(\.topic)).count >= 8)
    for (a, b) in zip(order, order.dropFirst()) {
      #expect(!b.clashes(with: a), "\(a.id) then \(b.id)")
    }
  }
}
