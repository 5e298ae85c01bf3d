import Testing

@testable import StudyCore

/// The exam draw over the bundled notes and the learner's own notes (skipped without them).
@Suite struct ExamNotesDrawTests {
  /// Checks a 65-question draw from `bank`: each domain gets its share rounded down or up
  /// (or all it has), one question per sibling group, choice formats only while there are
  /// enough, the same draw again for the same seed.
  func checkDraw(_ bank: QuestionBank, titles: [String: String]) throws {
    let eligible = bank.questions.filter(ExamDraw.isEligible)
    let labels = ExamDraw.domains(of: eligible, grouping: .sections, titles: titles)
    var weights: [String: Int] = [:]
    var groups: [String: Set<String>] = [:]
    for (question, label) in zip(eligible, labels) {
      weights[label, default: 0] += 1
      groups[label, default: []].insert(question.siblingGroup)
    }
    let total = eligible.count
    let picks = ExamDraw.draw(
      from: bank.questions, count: 65, grouping: .sections, titles: titles, seed: 2024)
    #expect(picks.count == 65)
    #expect(Set(picks.map(\.question.siblingGroup)).count == 65)
    #expect(Set(picks.map(\.question.id)).count == 65)
    let counts = Dictionary(grouping: picks, by: \.domain).mapValues(\.count)
    for (domain, weight) in weights {
      let quota = Double(65 * weight) / Double(total)
      let got = counts[domain] ?? 0
      let capacity = groups[domain]?.count ?? 0
      let fair = got == Int(quota.rounded(.down)) || got == Int(quota.rounded(.up))
      #expect(fair || got == capacity, "\(domain): \(got) for a share of \(quota)")
    }
    // Typed questions only in a domain whose choice questions are all drawn already.
    for (domain, domainPicks) in Dictionary(grouping: picks, by: \.domain)
    where domainPicks.contains(where: { ExamDraw.tier($0.question) > 0 }) {
      let choiceGroups = Set(
        zip(eligible, labels).filter { $0.1 == domain && ExamDraw.tier($0.0) == 0 }
          .map(\.0.siblingGroup))
      let choicePicks = domainPicks.filter { ExamDraw.tier($0.question) == 0 }.count
      #expect(choicePicks == choiceGroups.count, "\(domain)")
    }
    let again = ExamDraw.draw(
      from: bank.questions, count: 65, grouping: .sections, titles: titles, seed: 2024)
    #expect(again == picks)
  }

  @Test func contentNotesGiveAProportionalExam() throws {
    let bank = try #require(BankFixtures.contentBank)
    let notes = try BankFixtures.contentNotes()
    try checkDraw(bank, titles: Dictionary(uniqueKeysWithValues: notes.map { ($0.id, $0.title) }))
  }

  @Test(.enabled(if: BankFixtures.seedsAvailable, "needs ../shared/seeds"))
  func seedNotesGiveAProportionalExam() throws {
    let bank = try #require(BankFixtures.seedBank)
    let notes = try BankFixtures.seedNotes()
    try checkDraw(bank, titles: Dictionary(uniqueKeysWithValues: notes.map { ($0.id, $0.title) }))
  }
}
