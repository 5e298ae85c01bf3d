import Foundation
import Testing

/// Issue #18, item 6: a note full of terminal escape sequences, C1 controls and a bidi
/// override reaches no terminal raw, whatever command prints it.
@Suite struct HostileNoteCLITests {
  /// A window title (OSC 0), a clipboard write (OSC 52), a screen clear (CSI 2 J), a bidi
  /// override, C1 CSI (U+009B) and OSC (U+009D ... U+009C).
  static let note = """
    # Title \u{1B}]0;pwned\u{07} here

    ## Load \u{1B}[2J balancing \u{202E} reversed

    - **ALB \u{1B}]52;c;cHduZWQ=\u{07}**: 7계층 HTTP \u{9B}31m 트래픽을 분산하는 로드 밸런서
    - **NLB**: 4계층 TCP/UDP \u{9D}0;x\u{9C} 트래픽을 초고성능으로 분산
    - **S3**: 객체 스토리지 서비스로 무제한 용량을 \u{202E}제공
    - **EBS**: EC2 인스턴스에 붙는 블록 스토리지

    - [ ] 점검 \u{1B}[2J 항목

    """

  /// What in `text` could drive or reorder a terminal: ESC, BEL, a C1 control, a bidi control.
  static func hostile(_ text: String) -> [String] {
    var found: Set<String> = []
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x1B: found.insert("ESC")
      case 0x07: found.insert("BEL")
      case 0x0D: found.insert("CR")
      case 0x80..<0xA0: found.insert("C1")
      case 0x202A...0x202E, 0x2066...0x2069: found.insert("bidi")
      default: break
      }
    }
    return found.sorted()
  }

  private func sandbox() throws -> StoreSandbox {
    let sandbox = try StoreSandbox()
    try FileManager.default.removeItem(at: sandbox.notes.appendingPathComponent("mini.md"))
    try Data(Self.note.utf8).write(to: sandbox.notes.appendingPathComponent("evil.md"))
    return sandbox
  }

  private func run(_ sandbox: StoreSandbox, _ arguments: [String], stdin: String = "") throws
    -> RunResult
  {
    try BinaryRunner.run(
      arguments, stdin: stdin,
      environment: [
        "NOTEDRILL_HOME": sandbox.home.path, "NOTEDRILL_NOW": "2024-03-01T09:00:00Z", "TZ": "UTC",
      ])
  }

  @Test func noCommandPrintsTheNotesEscapesOrBidiOverridesRaw() throws {
    let sandbox = try sandbox()
    defer { sandbox.remove() }
    let notes = ["--notes", sandbox.notes.path]
    let file = sandbox.notes.appendingPathComponent("evil.md").path
    let list = try run(sandbox, ["bank", "list", "--json"] + notes)
    let id = try #require(
      list.stdout.components(separatedBy: "\"id\" : \"").dropFirst().first?.prefix(17))
    let answers = String(repeating: "1\n", count: 12)
    let commands: [([String], String)] = [
      (["outline", file], ""), (["outline", sandbox.notes.path], ""),
      (["bank", "list"] + notes, ""), (["bank", "show", String(id)] + notes, ""),
      (["bank", "lint"] + notes, ""), (["bank", "stats"] + notes, ""),
      (["graph"] + notes, ""), (["graph", "--format", "dot"] + notes, ""),
      (["graph", "--format", "mermaid"] + notes, ""),
      (["drill", "--plain"] + notes, answers), (["stats"] + notes, ""),
      (["exam", "--plain", "--questions", "4", "--seed", "1"] + notes, answers),
      (["review", "--weak", "--plain"] + notes, answers), (["checklist", "list"] + notes, ""),
      (["report"] + notes, ""), (["report", "--format", "html"] + notes, ""),
      (["report", "--format", "csv"] + notes, ""),
    ]
    for (arguments, stdin) in commands {
      let result = try run(sandbox, arguments, stdin: stdin)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      // CSV rows end in CR LF by design: only a CR elsewhere counts.
      let stdout =
        arguments.contains("csv")
        ? result.stdout.replacingOccurrences(of: "\r\n", with: "\n") : result.stdout
      #expect(Self.hostile(stdout).isEmpty, "\(arguments) stdout: \(Self.hostile(stdout))")
      #expect(
        Self.hostile(result.stderr).isEmpty, "\(arguments) stderr: \(Self.hostile(result.stderr))")
    }
  }

  @Test func jsonOutputsEscapeC1ControlsAndBidiAndStillDecodeToTheNotesText() throws {
    let sandbox = try sandbox()
    defer { sandbox.remove() }
    let notes = ["--notes", sandbox.notes.path]
    let file = sandbox.notes.appendingPathComponent("evil.md").path
    let commands: [[String]] = [
      ["outline", "--json", file], ["bank", "list", "--json"] + notes,
      ["bank", "stats", "--json"] + notes, ["graph", "--format", "json"] + notes,
      ["stats", "--json"] + notes, ["report", "--format", "json"] + notes,
    ]
    for arguments in commands {
      let result = try run(sandbox, arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(Self.hostile(result.stdout).isEmpty, "\(arguments): \(Self.hostile(result.stdout))")
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil,
        "\(arguments) is not JSON")
    }
    // The note's characters are still there, as JSON escapes that decode to them.
    let outline = try run(sandbox, ["outline", "--json", file])
    #expect(outline.stdout.contains("\\u009b31m") && outline.stdout.contains("\\u202e"))
  }
}
