import NoteOutline
import StudyCore
import Testing

struct EnglishNoteTests {
  static let note = """
    # Load balancing

    - **Application Load Balancer (ALB)**: routes HTTP requests by path and host at layer 7
    - **Network Load Balancer (NLB)**: spreads TCP and UDP connections at layer 4 with very low latency
    - **Gateway Load Balancer (GWLB)**: sends traffic through third-party virtual appliances
    - **Classic Load Balancer (CLB)**: the previous generation, not recommended for new designs

    | Service | Layer | Pricing |
    |---|---|---|
    | ALB | 7 | hourly + LCU |
    | NLB | 4 | hourly + NLCU |
    | GWLB | 3 | hourly + GLCU |
    """

  @Test func englishNotesGetEnglishPrompts() throws {
    let bank = QuestionBank.build([OutlineParser.parse(Self.note, path: "lb.md")])
    #expect(bank.questions.allSatisfy { $0.language == .english })
    let toTerm = try #require(bank.questions(.definitionToTerm).first)
    #expect(toTerm.prompt.hasPrefix("[Load balancing] Which term fits this description?"))
    let cell = try #require(
      bank.questions(.tableCell).first { $0.keys == ["hourly + LCU"] })
    #expect(cell.prompt == "[Load balancing] What is the Pricing of ALB?")
    #expect(bank.audit.findings.isEmpty)
  }
}
