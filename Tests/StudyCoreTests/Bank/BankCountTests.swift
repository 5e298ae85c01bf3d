import StudyCore
import Testing

/// Questions per note and kind, pinned: a generator change shows up here as a reviewed diff.
/// (Update these only after reading a sample of the new questions with `notedrill bank list`.)
struct BankCountTests {
  static let content: [String: [QuestionKind: Int]] = [
    "architecting-on-aws": [
      .termToDefinition: 282, .definitionToTerm: 283, .termRecall: 316, .attribute: 24,
      .attributeToSubject: 26, .tableCell: 235, .tableRowKey: 126, .comparisonSide: 116,
      .comparisonTrueFalse: 116, .enumerationSelectAll: 17, .enumerationNotOneOf: 16,
      .subjectFact: 25, .numericCloze: 140, .termCloze: 5, .scenario: 11, .flowNext: 32,
      .flowPrevious: 34, .flowEdgeLabel: 25, .flowOrder: 8,
    ],
    "cloud-design-patterns": [
      .termToDefinition: 183, .definitionToTerm: 189, .termRecall: 209, .attribute: 40,
      .attributeToSubject: 40, .tableCell: 245, .tableRowKey: 146, .comparisonSide: 94,
      .comparisonTrueFalse: 94, .enumerationSelectAll: 9, .enumerationNotOneOf: 9,
      .numericCloze: 61, .termCloze: 5, .scenario: 8, .flowNext: 85, .flowPrevious: 125,
      .flowEdgeLabel: 59, .flowOrder: 16,
    ],
    "week3-app-services": [
      .termToDefinition: 171, .definitionToTerm: 172, .termRecall: 189, .attribute: 21,
      .attributeToSubject: 21, .tableCell: 160, .tableRowKey: 80, .comparisonSide: 78,
      .comparisonTrueFalse: 80, .enumerationSelectAll: 22, .enumerationNotOneOf: 21,
      .subjectFact: 34, .numericCloze: 100, .termCloze: 5, .scenario: 8, .flowNext: 32,
      .flowPrevious: 45, .flowEdgeLabel: 35, .flowOrder: 6,
    ],
  ]

  static let seeds: [String: [QuestionKind: Int]] = [
    "week3-review": [
      .termToDefinition: 31, .definitionToTerm: 32, .termRecall: 35, .tableCell: 18,
      .tableRowKey: 19, .enumerationSelectAll: 7, .enumerationNotOneOf: 7, .scenario: 3,
      .flowNext: 72, .flowPrevious: 61, .flowOrder: 5,
    ],
    "design-patterns": [
      .termToDefinition: 3, .definitionToTerm: 1, .termRecall: 4, .attribute: 5,
      .attributeToSubject: 11, .tableCell: 76, .tableRowKey: 69, .subjectFact: 11, .numericCloze: 4,
      .flowNext: 71, .flowPrevious: 110, .flowEdgeLabel: 8, .flowOrder: 8,
    ],
    "architecting-on-aws": [
      .termToDefinition: 39, .definitionToTerm: 35, .termRecall: 57, .attributeToSubject: 3,
      .tableCell: 6, .comparisonSide: 6, .comparisonTrueFalse: 6, .enumerationSelectAll: 1,
      .enumerationNotOneOf: 1, .subjectFact: 36, .numericCloze: 13,
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
    #expect(Self.seeds.values.flatMap(\.values).reduce(0, +) >= 450)
  }
}
