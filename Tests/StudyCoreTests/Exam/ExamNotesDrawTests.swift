import Testing

@testable import StudyCore

/// The exam draw over the bundled notes and the learner's own notes (skipped without them).
@Suite struct ExamNotesDrawTests {
  /// What one 65-question draw looks like.
  struct Shape {
    var picks: [ExamPick]
    var domains: [String: Int]
    var multipleResponse: Int
    var diagrams: Int
  }

  /// Draws a 65-question exam from `bank` and checks what every exam must be: 65 questions, one
  /// per sibling group, 4–6 domains, at most 15% diagram questions, the same draw for the same
  /// seed, "Select TWO/THREE" for every multiple-response question.
  func draw(_ bank: QuestionBank, titles: [String: String], seed: UInt64) throws -> Shape {
    let picks = ExamDraw.draw(
      from: bank.questions, count: 65, grouping: .sections, titles: titles, seed: seed)
    #expect(picks.count == 65)
    #expect(Set(picks.map(\.question.siblingGroup)).count == 65)
    let domains = Dictionary(grouping: picks, by: \.domain).mapValues(\.count)
    #expect((4...6).contains(domains.count), "\(domains)")
    let diagrams = picks.filter { ExamForm.isDiagram($0.question) }.count
    #expect(diagrams <= 9, "\(diagrams) diagram questions of 65")
    let responses = picks.filter { ExamForm.isMultipleResponse($0.question) }
    for pick in responses {
      #expect((2...3).contains(pick.question.keys.count), "\(pick.question.keys)")
      #expect(pick.question.options.count >= 5)
      #expect(Set(pick.question.keys).isSubset(of: pick.question.options))
    }
    let again = ExamDraw.draw(
      from: bank.questions, count: 65, grouping: .sections, titles: titles, seed: seed)
    #expect(again == picks)
    return Shape(
      picks: picks, domains: domains, multipleResponse: responses.count, diagrams: diagrams)
  }

  @Test func contentNotesGiveAnExamOfFourToSixDomains() throws {
    let bank = try #require(BankFixtures.contentBank)
    let notes = try BankFixtures.contentNotes()
    let titles = Dictionary(uniqueKeysWithValues: notes.map { ($0.id, $0.title) })
    for seed in UInt64(1)...3 { _ = try draw(bank, titles: titles, seed: seed) }
  }

  @Test(.enabled(if: BankFixtures.seedsAvailable, "needs ../shared/seeds"))
  func seedExamsHaveMultipleResponseFewDiagramsAndWeightedDomains() throws {
    let bank = try #require(BankFixtures.seedBank)
    let notes = try BankFixtures.seedNotes()
    let titles = Dictionary(uniqueKeysWithValues: notes.map { ($0.id, $0.title) })
    for seed in UInt64(1)...5 {
      let shape = try draw(bank, titles: titles, seed: seed)
      #expect(shape.multipleResponse >= 5, "seed \(seed): \(shape.multipleResponse)")
      // Every note is in the exam, and no domain is a sliver of it.
      #expect(Set(shape.picks.map(\.question.source.document)).count == 3)
      #expect(shape.domains.values.allSatisfy { $0 >= 5 }, "seed \(seed): \(shape.domains)")
    }
  }

  @Test(.enabled(if: BankFixtures.seedsAvailable, "needs ../shared/seeds"))
  func aTenQuestionExamHasFourDomains() throws {
    let bank = try #require(BankFixtures.seedBank)
    let picks = ExamDraw.draw(from: bank.questions, count: 10, grouping: .sections, seed: 3)
    #expect(picks.count == 10)
    #expect(Set(picks.map(\.domain)).count == 4)
    #expect(picks.filter { ExamForm.isDiagram($0.question) }.count <= 1)
  }
}
