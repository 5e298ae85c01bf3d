import NoteOutline
import StudyCore
import Testing

/// The bank cache's file format: what is read back is the bank that was written, field for
/// field; a damaged or foreign file is refused.
struct BankArchiveTests {
  static let key = "test-key"

  static var bank: QuestionBank? { BankFixtures.contentBank }

  @Test func readsBackTheSameQuestionsReportAndAudit() throws {
    let bank = try #require(Self.bank)
    let bytes = BankArchive.encode(bank, key: Self.key, extras: ["digest": "42/7"])
    let snapshot = try #require(BankArchive.open(bytes, key: Self.key))
    #expect(snapshot.count == bank.questions.count)
    #expect(snapshot.extras == ["digest": "42/7"])
    let read = try #require(snapshot.bank())
    #expect(read.questions == bank.questions)
    #expect(read.report == bank.report)
    #expect(read.audit == bank.audit)
  }

  @Test func findsOneQuestionByIDWithoutReadingTheRest() throws {
    let bank = try #require(Self.bank)
    let snapshot = try #require(
      BankArchive.open(BankArchive.encode(bank, key: Self.key), key: Self.key))
    for question in bank.questions.prefix(200) + bank.questions.suffix(200) {
      #expect(snapshot.question(id: question.id) == question)
    }
    #expect(snapshot.question(id: "q0000000000000000") == nil)
  }

  @Test func refusesAnotherKeyATruncatedFileAndAnyChangedByte() throws {
    let bank = try #require(Self.bank)
    let bytes = BankArchive.encode(bank, key: Self.key)
    #expect(BankArchive.open(bytes, key: "another-key") == nil)
    #expect(BankArchive.open(Array(bytes.dropLast(1)), key: Self.key) == nil)
    #expect(BankArchive.open([], key: Self.key) == nil)
    for position in [0, 9, bytes.count / 3, bytes.count / 2, bytes.count - 20, bytes.count - 1] {
      var damaged = bytes
      damaged[position] ^= 0x20
      #expect(BankArchive.open(damaged, key: Self.key) == nil, "byte \(position)")
    }
  }

  @Test func anEmptyBankRoundTrips() throws {
    let empty = QuestionBank(questions: [], report: BankReport())
    let snapshot = try #require(
      BankArchive.open(BankArchive.encode(empty, key: Self.key), key: Self.key))
    #expect(snapshot.count == 0)
    #expect(snapshot.bank()?.questions == [])
  }
}
