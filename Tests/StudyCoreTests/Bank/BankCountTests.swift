import StudyCore
import Testing

/// Questions per note and kind, pinned: a generator change shows up here as a reviewed diff.
/// (Update these only after reading a sample of the new questions with `notedrill bank list`.)
struct BankCountTests {
  static let content: [String: [QuestionKind: Int]] = [
    "architecting-on-aws": [
      .termToDefinition: 327, .definitionToTerm: 327, .termRecall: 321, .attribute: 26,
      .attributeToSubject: 26, .tableCell: 260, .tableRowKey: 132, .comparisonSide: 116,
      .comparisonTrueFalse: 116, .enumerationSelectAll: 17, .enumerationNotOneOf: 17,
      .subjectFact: 29, .numericCloze: 140, .termCloze: 5, .scenario: 11, .flowNext: 32,
      .flowPrevious: 34, .flowEdgeLabel: 25, .flowOrder: 8,
    ],
    "cloud-design-patterns": [
      .termToDefinition: 221, .definitionToTerm: 221, .termRecall: 211, .attribute: 52,
      .attributeToSubject: 52, .tableCell: 266, .tableRowKey: 150, .comparisonSide: 94,
      .comparisonTrueFalse: 94, .enumerationSelectAll: 9, .enumerationNotOneOf: 9,
      .numericCloze: 61, .termCloze: 5, .scenario: 8, .flowNext: 85, .flowPrevious: 125,
      .flowEdgeLabel: 59, .flowOrder: 16,
    ],
    "week3-app-services": [
      .termToDefinition: 201, .definitionToTerm: 201, .termRecall: 196, .attribute: 27,
      .attributeToSubject: 27, .tableCell: 166, .tableRowKey: 84, .comparisonSide: 78,
      .comparisonTrueFalse: 80, .enumerationSelectAll: 22, .enumerationNotOneOf: 21,
      .subjectFact: 35, .numericCloze: 100, .termCloze: 5, .scenario: 8, .flowNext: 32,
      .flowPrevious: 45, .flowEdgeLabel: 35, .flowOrder: 6,
    ],
  ]

  static let seeds: [String: [QuestionKind: Int]] = [
    "week3-review": [
      .termToDefinition: 35, .definitionToTerm: 35, .termRecall: 35,
      .tableCell: 21, .tableRowKey: 21, .enumerationSelectAll: 7, .enumerationNotOneOf: 7,
      .scenario: 3, .flowNext: 72, .flowPrevious: 61, .flowOrder: 5,
    ],
    "design-patterns": [
      .termToDefinition: 4, .definitionToTerm: 4, .termRecall: 4, .attribute: 7,
      .attributeToSubject: 12, .tableCell: 82, .tableRowKey: 72, .subjectFact: 12, .numericCloze: 4,
      .flowNext: 71, .flowPrevious: 110, .flowEdgeLabel: 8, .flowOrder: 8,
    ],
    "architecting-on-aws": [
      .termToDefinition: 59, .definitionToTerm: 59, .termRecall: 58, .attributeToSubject: 3,
      .tableCell: 6, .comparisonSide: 6, .comparisonTrueFalse: 6, .enumerationSelectAll: 2,
      .enumerationNotOneOf: 2, .subjectFact: 38, .numericCloze: 13,
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
