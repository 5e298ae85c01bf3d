import Foundation
import NoteDrillApp
import NoteOutline
import ProgressStore
import StudyCore
import TerminalUI

/// `notedrill exam history` as a table or JSON.
public enum ExamHistoryText {
  /// One row per attempt, then the trend of handed-in scores.
  public static func table(_ entries: [ExamHistoryEntry], timeZone: TimeZone) -> [String] {
    guard !entries.isEmpty else { return ["No mock exams yet: `notedrill exam` starts one."] }
    let header = ["#", "started", "questions", "right", "score", "scaled", "time", "mode", "state"]
    var rows = [header]
    for entry in entries { rows.append(row(entry, timeZone: timeZone)) }
    let widths = header.indices.map { column in
      rows.map { DisplayWidth.width(of: $0[column]) }.max() ?? 0
    }
    var lines = rows.map { row in
      row.indices.map { DisplayWidth.pad(row[$0], toWidth: widths[$0]) }.joined(separator: "  ")
        .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    lines.append(trend(entries))
    return lines
  }

  /// One attempt's cells: id, start, questions, right, score, scaled, time, mode, state.
  public static func row(_ entry: ExamHistoryEntry, timeZone: TimeZone) -> [String] {
    let attempt = entry.attempt
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = timeZone
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    let started = formatter.string(from: UTCTimestamp.date(unixMicros: attempt.startedAt))
    let total = attempt.questionCount
    let percent = total == 0 ? 0 : Int((Double(entry.correct) * 100 / Double(total)).rounded())
    let scaled = ExamScore.scaledEstimate(correct: entry.correct, total: total)
    let limit = attempt.timeLimitSeconds.map { "/" + ExamText.clock(ms: $0 * 1000) } ?? ""
    let mode = ExamSettings.decode(attempt.settings)?.mode.rawValue ?? "timed"
    let state =
      entry.isFinished ? "handed in" : entry.isAbandoned ? "dropped" : "interrupted"
    return [
      "\(attempt.id ?? 0)", started, "\(total)", "\(entry.correct)", "\(percent)%",
      entry.isFinished ? "~\(scaled)" : "-", ExamText.clock(ms: entry.elapsedMs) + limit, mode,
      state,
    ]
  }

  /// `Trend: 40% → 60% → 80% (last 3 handed in)`.
  public static func trend(_ entries: [ExamHistoryEntry]) -> String {
    let finished = entries.filter(\.isFinished).suffix(10)
    guard !finished.isEmpty else { return "Trend: no exam handed in yet." }
    let scores = finished.map { entry in
      let total = entry.attempt.questionCount
      return total == 0 ? 0 : Int((Double(entry.correct) * 100 / Double(total)).rounded())
    }
    return "Trend: " + scores.map { "\($0)%" }.joined(separator: " → ")
      + " (last \(scores.count) handed in; scaled scores are estimates)"
  }

  /// `{"version": 1, "attempts": [...]}`.
  public static func json(_ entries: [ExamHistoryEntry]) -> String {
    let attempts: [[String: Any]] = entries.map { entry in
      var object: [String: Any] = [
        "id": entry.attempt.id ?? 0, "questions": entry.attempt.questionCount,
        "answered": entry.answered, "correct": entry.correct, "elapsedMs": entry.elapsedMs,
        "startedAt": UTCTimestamp.format(UTCTimestamp.date(unixMicros: entry.attempt.startedAt)),
        "state": entry.isFinished ? "handedIn" : entry.isAbandoned ? "dropped" : "interrupted",
        "countsAsReviews": entry.attempt.affectsSchedule,
      ]
      if entry.isFinished {
        object["scaledEstimate"] = ExamScore.scaledEstimate(
          correct: entry.correct, total: entry.attempt.questionCount)
      }
      if let limit = entry.attempt.timeLimitSeconds { object["timeLimitSeconds"] = limit }
      return object
    }
    let data =
      (try? JSONSerialization.data(
        withJSONObject: ["version": 1, "attempts": attempts], options: [.sortedKeys])) ?? Data()
    return JSONSafeText.escape(String(decoding: data, as: UTF8.self))
  }
}
