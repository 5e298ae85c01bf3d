import StudyCore
import Testing

/// Questions per note and kind, pinned: a generator change shows up here as a reviewed diff.
/// (Update these only after reading a sample of the new questions with `notedrill bank list`.)
struct BankCountTests {
  static let content: [String: [QuestionKind: Int]] = [
    "architecting-on-aws": [
      .termToDefinition: 161, .definitionToTerm: 199, .termRecall: 149, .attribute: 5,
      .attributeToSubject: 5, .tableCell: 80, .tableRowKey: 69, .comparisonSide: 16,
      .enumerationSelectAll: 2, .enumerationNotOneOf: 3, .numericCloze: 62, .termCloze: 1,
      .scenario: 11, .flowNext: 9, .flowPrevious: 6, .flowEdgeLabel: 18, .flowOrder: 7,
    ],
    "cloud-design-patterns": [
      .termToDefinition: 98, .definitionToTerm: 146, .termRecall: 121, .attribute: 21,
      .attributeToSubject: 25, .tableCell: 139, .tableRowKey: 66, .comparisonSide: 58,
      .comparisonTrueFalse: 7, .enumerationSelectAll: 2, .enumerationNotOneOf: 3, .subjectFact: 3,
      .numericCloze: 24, .termCloze: 3, .scenario: 8, .flowNext: 28, .flowPrevious: 26,
      .flowEdgeLabel: 23, .flowOrder: 9,
    ],
    "week3-app-services": [
      .termToDefinition: 130, .definitionToTerm: 129, .termRecall: 93, .attribute: 5,
      .attributeToSubject: 4, .tableCell: 80, .tableRowKey: 10, .comparisonSide: 25,
      .comparisonTrueFalse: 3, .enumerationSelectAll: 13, .enumerationNotOneOf: 15,
      .subjectFact: 28, .numericCloze: 75, .termCloze: 5, .scenario: 8, .flowNext: 16,
      .flowPrevious: 18, .flowEdgeLabel: 19, .flowOrder: 2,
    ],
  ]

  /// After the scored pipeline (issue 14): diagram questions at most 15% of each note, no
  /// trees or decision guides asked as sequences, statistics, resources and metaphors dropped,
  /// organising headings never keys, and the best 16 of each section kept.
  static let seeds: [String: [QuestionKind: Int]] = [
    "week3-review": [
      .termToDefinition: 31, .definitionToTerm: 31, .termRecall: 33, .tableCell: 13,
      .tableRowKey: 3, .enumerationSelectAll: 7, .enumerationNotOneOf: 7, .subjectFact: 6,
      .scenario: 3, .flowNext: 18, .flowPrevious: 5,
    ],
    "design-patterns": [
      .attribute: 4, .attributeToSubject: 8, .tableCell: 30, .tableRowKey: 29, .subjectFact: 12,
      .numericCloze: 4, .flowNext: 8, .flowPrevious: 7,
    ],
    "architecting-on-aws": [
      .termToDefinition: 20, .definitionToTerm: 27, .termRecall: 41, .attributeToSubject: 1,
      .tableCell: 6, .comparisonSide: 2, .comparisonTrueFalse: 6, .enumerationSelectAll: 1,
      .enumerationNotOneOf: 1, .subjectFact: 35, .numericCloze: 11,
    ],
  ]

  @Test func contentCountsByKind() throws {
    let bank = try #require(BankFixtures.contentBank)
    for (document, expected) in Self.content {
      #expect(bank.counts(for: document) == expected, "\(document)")
    }
  }

  @Test(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
  func seedCountsByKind() throws {
    let bank = try #require(BankFixtures.seedBank)
    for (document, expected) in Self.seeds {
      #expect(bank.counts(for: document) == expected, "\(document)")
    }
    #expect(Self.seeds.values.flatMap(\.values).reduce(0, +) >= 300)
  }
}
