import Foundation
import NoteOutline
import StudyCore

/// Concept graph against the outline time of the same notes in the same run (CPU time of
/// alternating runs): 10 MB of distinct notes (target ≤ 1x), then the repeated corpus as a
/// second, labelled figure.
enum GraphBench {
  static func run(iterations: Int = 5) {
    var rows: [Bench.Row] = []
    var titles: [String] = []
    if let notes = DistinctNotes.make(megabytes: 10) {
      let (row, title) = measure(
        notes.texts(), notes.aliases(), label: "distinct", target: 1, iterations: iterations)
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
      print("graph: no notes found; skipped")
      return
    }
    Bench.printTable(title: "graph vs outline: " + titles.joined(separator: "; "), rows: rows)
  }

  static func measure(
    _ texts: [String], _ aliases: AliasTable, label: String, target: Double?, iterations: Int
  ) -> (Bench.Row, String) {
    var documents = OutlineBench.parse(texts)
    var counts = (concepts: 0, edges: 0)
    let (outline, graph) = Bench.paired(
      iterations: iterations,
      baseline: { documents = OutlineBench.parse(texts) },
      subject: {
        let built = ConceptGraph.build(documents, aliases: aliases)
        counts = (built.concepts.count, built.edges.count)
      })
    let ratio = Bench.median(graph) / Bench.median(outline)
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
    let row = Bench.Row(
      measure: "graph build, \(label) (CPU)", value: Bench.format(seconds: Bench.median(graph)),
      baseline: "outline " + Bench.format(seconds: Bench.median(outline)),
      ratio: String(format: "%.2fx", ratio),
      target: target.map { String(format: "≤ %.0fx", $0) } ?? "- (second figure)",
      verdict: target.map { ratio <= $0 ? "pass" : "FAIL" } ?? "-")
    let title = String(
      format: "%@ %.1f MB in %d notes, %d concepts, %d edges", label, megabytes, texts.count,
      counts.concepts, counts.edges)
    return (row, title)
  }
}
