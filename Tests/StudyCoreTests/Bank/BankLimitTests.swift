import NoteOutline
import StudyCore
import Testing

/// Very wide tables and very long diagrams: the bank asks what is worth asking and says what it
/// cut or skipped (the time and memory they take are measured by `notedrill-bench limits`).
struct BankLimitTests {
  /// A note with one table of `columns` columns (`first` heads the row keys) and three rows.
  static func wideTable(columns: Int, first: String) -> String {
    var lines = ["# 넓은 표", "", "## 서비스 표", ""]
    lines.append("| \(first) | " + (0..<columns).map { "열\($0)" }.joined(separator: " | ") + " |")
    lines.append("|---|" + String(repeating: "---|", count: columns))
    for row in 0..<3 {
      lines.append(
        "| 서비스\(row) | " + (0..<columns).map { "값\(row)-\($0)" }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A note with a definition list and a mermaid chain of `edges` edges.
  static func chain(edges: Int) -> String {
    var lines = [
      "# 긴 흐름", "", "## 용어", "", "- **Amazon SQS**: 메시지를 대기열에 보관하는 서비스",
      "- **Amazon SNS**: 메시지를 구독자에게 푸시하는 서비스",
      "- **Amazon EventBridge**: 이벤트를 규칙에 따라 대상으로 보내는 버스", "", "## 흐름", "", "```mermaid",
      "graph LR",
    ]
    lines += (0..<edges).map { "    N\($0)[단계 \($0)] --> N\($0 + 1)[단계 \($0 + 1)]" }
    lines += ["```", ""]
    return lines.joined(separator: "\n")
  }

  /// The number of the column a table-cell prompt asks (`서비스0의 열12는?` → 12).
  static func column(in prompt: String) -> Int? {
    guard let range = prompt.range(of: "의 열") else { return nil }
    return Int(String(prompt[range.upperBound...].prefix { $0.isNumber }))
  }

  static func bank(_ text: String) -> QuestionBank {
    QuestionBank.build([OutlineParser.parse(text, path: "limits.md")])
  }

  @Test func tenThousandColumnDataTableIsAskedOnItsFirstColumnsWithAWarning() {
    let bank = Self.bank(Self.wideTable(columns: 10_000, first: "서비스"))
    let cells = bank.questions.filter { $0.kind == .tableCell }
    let limit = BankLimits.maximumTableColumns
    #expect(!cells.isEmpty)
    // Row key plus limit - 1 value columns: 열0 … 열(limit - 2); nothing from further right.
    let asked = Set(cells.compactMap { Self.column(in: $0.prompt) })
    #expect(asked.max() == limit - 2)
    #expect(
      bank.report.warnings == [
        BankWarning(
          path: "limits.md", line: 5,
          message: "a table of 10001 columns is asked on its first \(limit) only")
      ])
  }

  @Test func wideComparisonTableIsNotAskedAndSaysSo() {
    let bank = Self.bank(Self.wideTable(columns: 10_000, first: "항목"))
    #expect(bank.questions.isEmpty)
    #expect(
      bank.report.warnings.map(\.message) == [
        "a comparison table of 10001 columns is not asked (at most \(BankLimits.maximumTableColumns))"
      ])
  }

  @Test func tableAtTheLimitIsAskedWhole() {
    let columns = BankLimits.maximumTableColumns - 1
    let bank = Self.bank(Self.wideTable(columns: columns, first: "서비스"))
    #expect(bank.report.warnings.isEmpty)
    #expect(bank.questions.contains { $0.prompt.contains("열\(columns - 1)") })
  }

  @Test func fiftyThousandEdgeChainIsNotAskedAndTheRestOfTheNoteIs() {
    let bank = Self.bank(Self.chain(edges: 50_000))
    #expect(!bank.questions.contains { $0.kind.rawValue.hasPrefix("flow") })
    #expect(bank.questions.contains { $0.kind == .termToDefinition })
    #expect(
      bank.report.warnings == [
        BankWarning(
          path: "limits.md", line: 11,
          message:
            "a diagram of 50001 nodes is not asked (at most \(BankLimits.maximumDiagramNodes))")
      ])
  }

  @Test func chainAtTheLimitIsAsked() {
    let bank = Self.bank(Self.chain(edges: BankLimits.maximumDiagramNodes - 1))
    #expect(bank.report.warnings.isEmpty)
    #expect(bank.questions.contains { $0.kind == .flowNext })
  }
}
