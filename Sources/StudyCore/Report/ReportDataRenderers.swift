import Foundation
import NoteOutline

/// The JSON report: the whole ``ProgressReport`` with sorted keys (schema in docs/reports.md).
public enum ReportJSON {
  /// The report as pretty-printed JSON ending in a newline.
  public static func render(_ report: ProgressReport) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let encoded = String(decoding: try encoder.encode(report), as: UTF8.self)
    return JSONSafeText.escape(ReportEscaping.json(encoded)) + "\n"
  }
}

/// The CSV report: a header, then one row per question.
public enum ReportCSV {
  /// The columns, in order.
  public static let header = [
    "id", "path", "line", "topic", "kind", "prompt", "state", "due", "stability", "difficulty",
    "retrievability", "reviews", "correct", "lapses", "last_review",
  ]

  /// The rows as CSV with CRLF line ends (RFC 4180).
  public static func render(_ rows: [ReportQuestionRow]) -> String {
    var text = header.joined(separator: ",") + "\r\n"
    for row in rows {
      let fields = [
        row.id, row.path, String(row.line), row.topic, row.kind, row.prompt, row.state,
        row.due ?? "", fixed(row.stability, 2), fixed(row.difficulty, 2),
        fixed(row.retrievability, 3), String(row.reviews), String(row.correct),
        String(row.lapses), row.lastReview ?? "",
      ]
      text += fields.map(ReportEscaping.csv).joined(separator: ",") + "\r\n"
    }
    return text
  }

  private static func fixed(_ value: Double?, _ digits: Int) -> String {
    guard let value, value.isFinite else { return "" }
    return String(format: "%.\(digits)f", value)
  }
}
