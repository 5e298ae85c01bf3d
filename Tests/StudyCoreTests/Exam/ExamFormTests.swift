import Testing

@testable import StudyCore

/// The exam's shape: merged weighted domains, multiple response first, diagrams capped, the
/// "Select TWO/THREE" form and the default time.
@Suite struct ExamFormTests {
  static func question(
    _ id: String, document: String = "net", section: String, kind: QuestionKind = .tableCell,
    format: AnswerFormat = .singleChoice
  ) -> Question {
    var question = ExamDrawTests.question(id, document: document, section: section, format: format)
    question.kind = kind
    return question
  }

  /// A select-all question with `keys` members and `outsiders` others.
  static func selectAll(_ id: String, section: String, keys: Int, outsiders: Int) -> Question {
    var question = question(
      id, section: section, kind: .enumerationSelectAll, format: .multipleChoice)
    question.keys = (0..<keys).map { "m\($0)" }
    question.options = question.keys + (0..<outsiders).map { "o\($0)" }
    return question
  }

  @Test func manySmallSectionsMergeIntoAtMostSixFairDomains() {
    // One note, twelve sections of 10, 1, 10, 1, …: light ones fold into their neighbours.
    let bank = (0..<12).flatMap { section in
      (0..<(section % 2 == 0 ? 10 : 1)).map {
        Self.question("s\(section)-\($0)", section: "S\(section)")
      }
    }
    let labels = ExamDraw.domains(of: bank, grouping: .sections, questionCount: 65)
    let names = Set(labels)
    #expect(names.count <= 6)
    #expect(names.count >= 4)
    let sizes = Dictionary(grouping: labels) { $0 }.mapValues(\.count)
    let mean = Double(bank.count) / Double(sizes.count)
    #expect(sizes.values.allSatisfy { Double($0) >= mean / 2 }, "\(sizes)")
    // A merged domain is named after its heaviest section, with how many more it holds.
    #expect(names.contains("net › S0 +1"))
  }

  @Test func aWholeNoteIsNamedByItsTitleAndSmallExamsHaveFourDomains() {
    let bank =
      (0..<8).flatMap { section in
        (0..<5).map { Self.question("a\(section)-\($0)", document: "a", section: "A\(section)") }
      } + (0..<3).map { Self.question("b\($0)", document: "b", section: "B\($0)") }
    let labels = ExamDraw.domains(
      of: bank, grouping: .sections, titles: ["b": "Note B"], questionCount: 10)
    #expect(Set(labels).count == 4)
    #expect(Set(labels).contains("Note B") || labels.contains { $0.hasSuffix("+1") })
  }

  @Test func multipleResponseComesFirstAndDiagramsStayUnderTheCap() {
    let bank =
      (0..<40).map { Self.question("d\($0)", section: "A", kind: .flowNext) }
      + (0..<30).map { Self.question("c\($0)", section: "B") }
      + (0..<6).map { Self.selectAll("m\($0)", section: "C", keys: 4, outsiders: 3) }
      + (0..<24).map { Self.question("e\($0)", section: "C") }
    let picks = ExamDraw.draw(from: bank, count: 20, grouping: .sections, seed: 11)
    #expect(picks.count == 20)
    #expect(picks.filter { ExamForm.isMultipleResponse($0.question) }.count == 3)
    #expect(picks.filter { ExamForm.isDiagram($0.question) }.count == 3)
  }

  @Test func diagramsPassTheCapOnlyWhenNothingElseIsLeft() {
    let bank =
      (0..<20).map { Self.question("d\($0)", section: "A", kind: .flowNext) }
      + (0..<5).map { Self.question("c\($0)", section: "B") }
    let picks = ExamDraw.draw(from: bank, count: 10, grouping: .sections, seed: 2)
    #expect(picks.count == 10)
    #expect(picks.filter { !ExamForm.isDiagram($0.question) }.count == 5)
  }

  @Test func selectAllBecomesSelectTwoOrThreeOverFiveOrMoreOptions() throws {
    let question = Self.selectAll("m", section: "A", keys: 7, outsiders: 3)
    var keyCounts: Set<Int> = []
    for seed in UInt64(0)..<20 {
      let shown = ExamForm.attemptForm(question, seed: seed)
      keyCounts.insert(shown.keys.count)
      #expect(shown.options.count == shown.keys.count + 3)
      #expect(Set(shown.keys).isSubset(of: Set(question.keys)))
      #expect(Set(shown.options).isSuperset(of: ["o0", "o1", "o2"]))
      #expect(ExamForm.attemptForm(question, seed: seed) == shown)
    }
    #expect(keyCounts == [2, 3])
    // Two outsiders: three keys keep five options.
    let narrow = ExamForm.attemptForm(
      Self.selectAll("n", section: "A", keys: 6, outsiders: 2), seed: 4)
    #expect(narrow.keys.count == 3)
    #expect(narrow.options.count == 5)
    // Three keys or fewer are asked as they are.
    let small = Self.selectAll("s", section: "A", keys: 3, outsiders: 3)
    #expect(ExamForm.attemptForm(small, seed: 1).keys == small.keys)
  }

  @Test func timeScalesWithTheQuestionCount() {
    #expect(ExamForm.defaultTimeLimitSeconds(questionCount: 65) == 130 * 60)
    #expect(ExamForm.defaultTimeLimitSeconds(questionCount: 5) == 10 * 60)
    #expect(ExamForm.multipleResponseTarget(count: 65) == 10)
    #expect(ExamForm.diagramCap(count: 65) == 9)
  }
}
