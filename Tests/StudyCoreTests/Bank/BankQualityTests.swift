import Foundation
import NoteOutline
import StudyCore
import Testing

struct BankQualityTests {
  @Test func contentBankPassesEveryAuditCheck() throws {
    let bank = try #require(BankFixtures.contentBank)
    #expect(bank.audit.questionsChecked == bank.questions.count)
    #expect(bank.audit.findings.isEmpty, "\(bank.audit.findings.prefix(5))")
    #expect(bank.questions.count > 1500)
  }

  @Test(.enabled(if: BankFixtures.corpusAvailable, "../shared/corpus is absent"))
  func everyCorpusNotePassesEveryAuditCheck() throws {
    let banks = try BankFixtures.corpusBanks()
    #expect(banks.count == 16)
    for (note, bank) in banks {
      #expect(bank.audit.findings.isEmpty, "\(note): \(bank.audit.findings.prefix(3))")
    }
    // The quiz log (`[n] Q. …` / `A. …`) is read by its own reader, not the generators.
    let silent = banks.filter { $0.1.questions.isEmpty }.map(\.0)
    #expect(silent.count <= 1, "\(silent)")
  }

  @Test(.enabled(if: BankFixtures.seedsAvailable, "../shared/seeds is absent"))
  func seedBankPassesEveryAuditCheckAndIsLargeEnough() throws {
    let bank = try #require(BankFixtures.seedBank)
    #expect(bank.audit.findings.isEmpty, "\(bank.audit.findings.prefix(5))")
    #expect(bank.questions.count >= 300)
  }

  @Test func everyQuestionIsWellFormed() throws {
    let banks = [BankFixtures.contentBank, BankFixtures.seedBank].compactMap { $0 }
    for question in banks.flatMap(\.questions) {
      #expect(question.id.count == 17 && question.id.hasPrefix("q"))
      #expect(!question.explanation.isEmpty && question.source.line > 0)
      switch question.format {
      case .singleChoice:
        #expect(question.keys.count == 1 && question.keyIndices.count == 1, "\(question.id)")
        #expect(question.options.count >= 2, "\(question.id)")
      case .multipleChoice:
        #expect(question.keyIndices.count == question.keys.count && question.keys.count >= 2)
        #expect(question.options.count > question.keys.count)
      case .trueFalse:
        #expect(question.options == ["참", "거짓"] || question.options == ["True", "False"])
      case .typed:
        #expect(question.options.isEmpty && question.keys.count == 1)
      case .ordering, .flip:
        break
      }
      let folded = question.options.map(TextNormalizer.key)
      #expect(Set(folded).count == folded.count, "duplicate options in \(question.id)")
    }
  }

  @Test func idsAreUnique() throws {
    let bank = try #require(BankFixtures.contentBank)
    #expect(Set(bank.questions.map(\.id)).count == bank.questions.count)
  }

  @Test func labelsAreNeverAskedAsTerms() throws {
    let bank = try #require(BankFixtures.contentBank)
    let labelTerms = bank.questions.filter { question in
      [.termToDefinition, .definitionToTerm, .termRecall].contains(question.kind)
        && ["쉽게 말하면", "역할", "장점", "예시", "핵심", "언제 사용?"].contains(question.terms.first ?? "")
    }
    #expect(labelTerms.isEmpty)
    #expect((bank.report.countsByGate[.labelTerm] ?? 0) > 0, "labels were met and diverted")
  }

  @Test func layoutTablesAreNotAsked() throws {
    let note = OutlineParser.parse(
      "# 비교\n\n|상위 수준|<--|-->|DIY|\n|---|---|---|---|\n|Beanstalk|OpsWorks|CFN|EC2|\n|간편성|<--|-->|제어|\n",
      path: "layout.md")
    let bank = QuestionBank.build([note])
    #expect(bank.questions.isEmpty)
    #expect(bank.report.countsByGate[.notDataTable] == 1)
  }
}

struct TrueFalseBalanceTests {
  @Test func trueAndFalseStatementsAreBothAsked() throws {
    let bank = try #require(BankFixtures.contentBank)
    let statements = bank.questions(.comparisonTrueFalse)
    let trueOnes = statements.filter { $0.keys == ["참"] }.count
    let falseOnes = statements.filter { $0.keys == ["거짓"] }.count
    #expect(trueOnes > 0 && falseOnes > 0)
    // Chosen by hash parity: neither answer may dominate enough to be guessed.
    let share = Double(trueOnes) / Double(statements.count)
    // Few statements survive the section caps (ten or so): a wider band than a coin's.
    #expect(share >= 0.2 && share <= 0.8, "\(trueOnes) true of \(statements.count)")
  }
}

struct NameOptionTests {
  @Test func listTitlesAreNeverOfferedAsDistractors() throws {
    let bank = try #require(BankFixtures.contentBank)
    let nameKinds: Set<QuestionKind> = [.definitionToTerm, .attributeToSubject, .subjectFact]
    let offenders = bank.questions.filter { nameKinds.contains($0.kind) }
      .flatMap { question in question.options.filter { !question.keys.contains($0) } }
      .filter { $0.range(of: #"\d+가지 "#, options: .regularExpression) != nil }
    #expect(offenders.isEmpty, "\(offenders.prefix(5))")
  }

  /// Stems of words: two Hangul syllables, or a Latin word's first four letters (whole when
  /// it has three or four), lowercased; checked here independently of the generator's tokeniser.
  static func stems(_ text: String) -> Set<String> {
    let pattern = #"[가-힣]{2,}|[A-Za-z][A-Za-z0-9]{2,}"#
    var found: Set<String> = []
    var rest = text[...]
    while let range = rest.range(of: pattern, options: .regularExpression) {
      let word = rest[range].lowercased()
      let isHangul = word.unicodeScalars.first.map { $0.value >= 0xAC00 } ?? false
      found.insert(String(word.prefix(isHangul ? 2 : (word.count >= 5 ? 4 : word.count))))
      rest = rest[range.upperBound...]
    }
    let template: Set<String> = [
      "aws", "amaz", "the", "and", "for", "with", "다음", "설명", "해당", "알맞", "것은", "어느", "관한",
      "내용", "항목", "속하", "가진", "모두", "고르", "하지", "않는", "용어", "쓰세", "대한",
    ]
    return found.subtracting(template)
  }

  @Test func noKeyIsTheOnlyOptionEchoingThePrompt() throws {
    let banks = [BankFixtures.contentBank, BankFixtures.seedBank].compactMap { $0 }
    let echoing: Set<QuestionKind> = [
      .flowNext, .flowPrevious, .flowEdgeLabel, .flowOrder, .scenario,
    ]
    var offenders: [String] = []
    for question in banks.flatMap(\.questions)
    where question.format == .singleChoice && !echoing.contains(question.kind)
      && question.options.count > 1
    {
      let prompt = Self.stems(question.prompt)
      // Options all written in the prompt (`[관계형 vs 비관계형]`) tell nothing apart.
      if question.options.allSatisfy({
        !Self.stems($0).isEmpty && Self.stems($0).isSubset(of: prompt)
      }) {
        continue
      }
      let distractors = question.options.filter { !question.keys.contains($0) }
      let keyShared = question.keys.reduce(into: Set<String>()) {
        $0.formUnion(Self.stems($1).intersection(prompt))
      }
      let distractorShared = distractors.reduce(into: Set<String>()) {
        $0.formUnion(Self.stems($1).intersection(prompt))
      }
      if !keyShared.isSubset(of: distractorShared) {
        offenders.append("\(question.prompt) → \(question.keys) \(keyShared.sorted())")
      }
      if question.keys.contains(where: { $0.contains("○○") }),
        !distractors.contains(where: { $0.contains("○○") })
      {
        offenders.append("masked key: \(question.prompt)")
      }
    }
    #expect(
      offenders.isEmpty, "\(offenders.count): \(offenders.prefix(3).joined(separator: " / "))")
  }

  @Test func aGiveawayIsDroppedOrAskedWithoutIt() {
    let note = """
      # 컨테이너와 CDN

      - **캐싱 전략**: TTL 기반 콘텐츠 캐싱 및 무효화
      - **이식성**: 어디서나 같은 이미지로 실행
      - **일관성**: 개발과 운영 환경이 동일
      - **격리**: 프로세스마다 자원을 나눔
      """
    let bank = QuestionBank.build([OutlineParser.parse(note, path: "g.md")])
    let toTerm = bank.questions.filter { $0.kind == .definitionToTerm }
    #expect(!toTerm.isEmpty)
    #expect(!toTerm.contains { $0.keys == ["캐싱 전략"] })
    #expect(bank.report.countsByGate[.giveaway, default: 0] >= 1)
  }

  @Test func listTitlesAreNeverAskedForByTheirMembers() throws {
    let banks = [BankFixtures.contentBank, BankFixtures.seedBank].compactMap { $0 }
    let offenders = banks.flatMap(\.questions).filter {
      [.definitionToTerm, .termRecall].contains($0.kind)
        && $0.keys.contains { $0.range(of: #"\d+가지 "#, options: .regularExpression) != nil }
    }
    #expect(offenders.isEmpty, "\(offenders.prefix(3).map(\.prompt))")
  }
}
