import CCmarkGFM
import Foundation
import NoteOutline
import StudyCore

/// Outline time for about 10 MB of notes (Content/ repeated) against cmark-gfm's own parse of
/// the same bytes with the same extensions. Target: within 3x.
enum OutlineBench {
  static let targetBytes = 10 * 1_048_576

  /// The corpus: the bundled notes repeated as separate documents until `targetBytes`.
  static func corpus() -> [String] {
    let content = Bench.packageRoot.appendingPathComponent("Content").path
    let notes = NoteLoader.markdownFiles(in: content).compactMap {
      try? String(contentsOfFile: $0, encoding: .utf8)
    }
    guard !notes.isEmpty else { return [] }
    var documents: [String] = []
    var bytes = 0
    while bytes < targetBytes {
      for note in notes {
        documents.append(note)
        bytes += note.utf8.count
      }
    }
    return documents
  }

  /// Parses with cmark-gfm only: the baseline.
  static func cmarkParse(_ documents: [String]) {
    cmark_gfm_core_extensions_ensure_registered()
    for document in documents {
      guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { continue }
      for name in ["table", "tasklist", "strikethrough", "autolink"] {
        if let syntax = cmark_find_syntax_extension(name) {
          cmark_parser_attach_syntax_extension(parser, syntax)
        }
      }
      var text = document
      text.withUTF8 { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
          if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
        }
      }
      if let root = cmark_parser_finish(parser) { cmark_node_free(root) }
      cmark_parser_free(parser)
    }
  }

  static func run(iterations: Int) {
    let documents = corpus()
    guard !documents.isEmpty else {
      print("outline: no Content/ notes found; skipped")
      return
    }
    let bytes = documents.reduce(0) { $0 + $1.utf8.count }
    var sink = 0
    // CPU time of alternating runs: see `Bench.paired`.
    let (baseline, outline) = Bench.paired(
      iterations: iterations, baseline: { cmarkParse(documents) },
      subject: {
        for (index, document) in documents.enumerated() {
          sink &+= OutlineParser.parse(document, path: "bench-\(index).md").root.subsections.count
        }
      })
    let ratio = Bench.median(outline) / Bench.median(baseline)
    let megabytes = Double(bytes) / 1_048_576
    Bench.printTable(
      title: String(
        format: "outline: %.1f MB in %d notes, median of %d runs", megabytes, documents.count,
        iterations),
      rows: [
        Bench.Row(
          measure: "outline parse (CPU)", value: Bench.format(seconds: Bench.median(outline)),
          baseline: "cmark-gfm " + Bench.format(seconds: Bench.median(baseline)),
          ratio: String(format: "%.2fx", ratio), target: "≤ 3x",
          verdict: ratio <= 3 ? "pass" : "FAIL")
      ])
    if sink == 42 { print("") }  // keeps the optimiser from discarding the work
  }
}

extension OutlineBench {
  /// Per-note ratios, to see which kind of note costs most.
  static func perNote() {
    let content = Bench.packageRoot.appendingPathComponent("Content").path
    for path in NoteLoader.markdownFiles(in: content) {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      let copies = Array(repeating: text, count: 50)
      let base = Bench.median(Bench.measure(iterations: 3) { cmarkParse(copies) })
      let ours = Bench.median(
        Bench.measure(iterations: 3) {
          for copy in copies { _ = OutlineParser.parse(copy, path: path) }
        })
      print(
        String(
          format: "%@: %.2fx (%.1f ms vs %.1f ms)", (path as NSString).lastPathComponent,
          ours / base, ours * 1000, base * 1000))
    }
  }
}

extension OutlineBench {
  /// The bundled alias list, for benchmarks that build banks or graphs.
  static func contentAliases() -> AliasTable {
    let text =
      (try? String(
        contentsOf: Bench.packageRoot.appendingPathComponent("Content/aliases.txt"),
        encoding: .utf8)) ?? ""
    return AliasTable.parse(text).table
  }

  /// The corpus parsed, one note per text, named `bench-N.md`.
  static func parse(_ texts: [String]) -> [NoteDocument] {
    texts.enumerated().map { OutlineParser.parse($1, path: "bench-\($0).md") }
  }
}
