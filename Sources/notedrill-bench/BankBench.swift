import Foundation
import NoteOutline
import StudyCore

/// Question bank against the outline time of the same notes in the same run (CPU time of
/// alternating runs). The figure that counts is on 10 MB of distinct notes (target ≤ 3x); the
/// repeated corpus (Content/ copied, where the duplicate-fact rule asks each fact once and
/// skips most of the work) is a second, labelled figure.
enum BankBench {
  static func run(iterations: Int) {
    var rows: [Bench.Row] = []
    var titles: [String] = []
    if let notes = DistinctNotes.make(megabytes: 10) {
      let (row, title) = measure(
        notes.texts(), notes.aliases(), label: "distinct", target: 3, iterations: iterations)
      rows.append(row)
      titles.append(title + " (" + notes.summary + ")")
    }
    let repeated = OutlineBench.corpus()
    if !repeated.isEmpty {
      let (row, title) = measure(
        repeated, OutlineBench.contentAliases(), label: "repeated Content/", target: nil,
        iterations: iterations)
      rows.append(row)
      titles.append(title)
    }
    guard !rows.isEmpty else {
      print("bank: no notes found; skipped")
      return
    }
    Bench.printTable(title: "bank vs outline: " + titles.joined(separator: "; "), rows: rows)
  }

  /// One paired measure of the bank against the outline of `texts`.
  static func measure(
    _ texts: [String], _ aliases: AliasTable, label: String, target: Double?, iterations: Int
  ) -> (Bench.Row, String) {
    var documents = OutlineBench.parse(texts)
    var count = 0
    let (outline, bank) = Bench.paired(
      iterations: iterations,
      baseline: { documents = OutlineBench.parse(texts) },
      subject: { count = QuestionBank.build(documents, aliases: aliases).questions.count })
    let ratio = Bench.median(bank) / Bench.median(outline)
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
    let row = Bench.Row(
      measure: "bank build, \(label) (CPU)", value: Bench.format(seconds: Bench.median(bank)),
      baseline: "outline " + Bench.format(seconds: Bench.median(outline)),
      ratio: String(format: "%.2fx", ratio),
      target: target.map { String(format: "≤ %.0fx", $0) } ?? "- (second figure)",
      verdict: target.map { ratio <= $0 ? "pass" : "FAIL" } ?? "-")
    let title = String(
      format: "%@ %.1f MB in %d notes, %d questions", label, megabytes, texts.count, count)
    return (row, title)
  }
}
