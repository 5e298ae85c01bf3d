import Foundation
import NoteOutline
import StudyCore

/// Question bank for about 10 MB of notes (Content/ repeated) against the outline time of the
/// same notes in the same run. Target: at most 2x.
enum BankBench {
  static func run(iterations: Int) {
    let texts = OutlineBench.corpus()
    guard !texts.isEmpty else {
      print("bank: no Content/ notes found; skipped")
      return
    }
    let aliases = OutlineBench.contentAliases()
    var documents = OutlineBench.parse(texts)
    var count = 0
    // CPU time of alternating runs: see `Bench.paired`.
    let (outline, bank) = Bench.paired(
      iterations: iterations,
      baseline: { documents = OutlineBench.parse(texts) },
      subject: { count = QuestionBank.build(documents, aliases: aliases).questions.count })
    let ratio = Bench.median(bank) / Bench.median(outline)
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
    Bench.printTable(
      title: String(
        format: "bank: %.1f MB in %d notes, %d questions", megabytes, texts.count, count),
      rows: [
        Bench.Row(
          measure: "bank build (CPU)", value: Bench.format(seconds: Bench.median(bank)),
          baseline: "outline " + Bench.format(seconds: Bench.median(outline)),
          ratio: String(format: "%.2fx", ratio), target: "≤ 2x",
          verdict: ratio <= 2 ? "pass" : "FAIL")
      ])
  }
}
