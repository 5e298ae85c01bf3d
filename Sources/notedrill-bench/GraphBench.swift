import Foundation
import NoteOutline
import StudyCore

/// Concept graph for about 10 MB of notes (Content/ repeated) against the outline time of the
/// same notes in the same run. Target: at most 1x.
enum GraphBench {
  static func run(iterations: Int = 5) {
    let texts = OutlineBench.corpus()
    guard !texts.isEmpty else {
      print("graph: no Content/ notes found; skipped")
      return
    }
    let aliases = OutlineBench.contentAliases()
    var documents = OutlineBench.parse(texts)
    var counts = (concepts: 0, edges: 0)
    // CPU time of alternating runs: see `Bench.paired`.
    let (outline, graph) = Bench.paired(
      iterations: iterations,
      baseline: { documents = OutlineBench.parse(texts) },
      subject: {
        let built = ConceptGraph.build(documents, aliases: aliases)
        counts = (built.concepts.count, built.edges.count)
      })
    let ratio = Bench.median(graph) / Bench.median(outline)
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
    Bench.printTable(
      title: String(
        format: "graph: %.1f MB in %d notes, %d concepts, %d edges", megabytes, texts.count,
        counts.concepts, counts.edges),
      rows: [
        Bench.Row(
          measure: "graph build (CPU)", value: Bench.format(seconds: Bench.median(graph)),
          baseline: "outline " + Bench.format(seconds: Bench.median(outline)),
          ratio: String(format: "%.2fx", ratio), target: "≤ 1x",
          verdict: ratio <= 1 ? "pass" : "FAIL")
      ])
  }
}
