import Foundation

/// A note with one 10,000-column table (data and comparison) and one with a 50,000-edge
/// mermaid chain: `notedrill bank stats` on each, whole process, against `outline --summary`
/// of the same note. Target: under 2 s and 500 MB each (the bank cuts or skips what is past
/// its limits, with a warning; the tests check what it asks).
enum LimitsBench {
  static func run() {
    guard FileManager.default.isExecutableFile(atPath: LaunchBench.binary) else {
      print("limits: \(LaunchBench.binary) missing (make bench builds it); skipped")
      return
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-limits-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let notes = [
      ("10,000-column data table", wideTable(columns: 10_000, first: "서비스")),
      ("10,000-column comparison table", wideTable(columns: 10_000, first: "항목")),
      ("50,000-edge mermaid chain", chain(edges: 50_000)),
    ]
    var rows: [Bench.Row] = []
    for (index, (name, text)) in notes.enumerated() {
      let path = folder.appendingPathComponent("note-\(index).md").path
      try? text.write(toFile: path, atomically: true, encoding: .utf8)
      let outline = ChildProcess.run(LaunchBench.binary, ["outline", "--summary", path])
      let bank = ChildProcess.run(
        LaunchBench.binary, ["bank", "stats", "--notes", path],
        environment: [
          "NOTEDRILL_HOME": folder.appendingPathComponent("home").path,
          "NOTEDRILL_BANK_CACHE": "off",
        ])
      guard let outline, let bank, bank.status == 0 else {
        print("limits: \(name) failed")
        continue
      }
      let ok = bank.toExit < 2 && bank.peakBytes < 500 * 1_048_576
      rows.append(
        Bench.Row(
          measure: "bank stats, \(name)",
          value: Bench.format(seconds: bank.toExit) + " / "
            + ChildProcess.megabytes(bank.peakBytes),
          baseline: "outline " + Bench.format(seconds: outline.toExit) + " / "
            + ChildProcess.megabytes(outline.peakBytes),
          ratio: String(format: "%.2fx", bank.toExit / max(outline.toExit, 1e-9)),
          target: "< 2 s, < 500 MB", verdict: ok ? "pass" : "FAIL"))
    }
    Bench.printTable(title: "limits: one very wide table or very long diagram per note", rows: rows)
  }

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

  static func chain(edges: Int) -> String {
    var lines = ["# 긴 흐름", "", "## 흐름", "", "```mermaid", "graph LR"]
    lines += (0..<edges).map { "    N\($0)[단계 \($0)] --> N\($0 + 1)[단계 \($0 + 1)]" }
    lines += ["```", ""]
    return lines.joined(separator: "\n")
  }
}
