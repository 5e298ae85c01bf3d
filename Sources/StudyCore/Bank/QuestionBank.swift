import NoteOutline

/// Every question generated from a set of notes, with what the quality gates dropped.
public struct QuestionBank: Sendable {
  /// The questions, in note order (then by kind), ids unique.
  public var questions: [Question]
  /// What each gate dropped and why.
  public var report: BankReport
  /// The independent check of the finished questions: every count should be zero.
  public var audit: BankAudit

  /// Creates a bank from parts.
  public init(questions: [Question], report: BankReport, audit: BankAudit = BankAudit()) {
    self.questions = questions
    self.report = report
    self.audit = audit
  }

  /// Builds the bank from parsed notes. Pure: the same notes give the same questions, ids and
  /// option orders, byte for byte.
  public static func build(_ documents: [NoteDocument], aliases: AliasTable = AliasTable())
    -> QuestionBank
  {
    var builder = BankBuilder(documents: documents, aliases: aliases)
    return builder.build()
  }

  /// The question with this id.
  public func question(id: String) -> Question? { questions.first { $0.id == id } }
}
