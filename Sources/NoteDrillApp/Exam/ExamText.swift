import Foundation
import StudyCore
import TerminalUI

/// Words and figures the exam screen and plain mode share.
public enum ExamText {
  /// `m:ss` (or `h:mm:ss`) of a duration in milliseconds, rounded down to the second.
  public static func clock(ms: Int) -> String {
    let seconds = max(0, ms) / 1000
    let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
    let tail = String(format: "%02d", rest)
    return hours > 0
      ? "\(hours):" + String(format: "%02d", minutes) + ":" + tail : "\(minutes):" + tail
  }

  /// The countdown: `12:34 left`, or the time used when there is no limit.
  public static func countdown(_ session: ExamSession) -> String {
    if let remaining = session.remainingMs { return clock(ms: remaining) + " left" }
    return clock(ms: session.elapsedMs) + " used"
  }

  /// "Select TWO" for a multiple-response question, else `nil`.
  public static func selectHint(_ question: Question) -> String? {
    question.format == .multipleChoice ? ExamScore.selectLabel(keyCount: question.keys.count) : nil
  }

  /// The percentage, scaled estimate and verdict.
  public static func scoreLine(_ result: ExamSessionResult) -> String {
    "Score \(result.correct)/\(result.total) (\(result.percent)%) · estimated scaled score "
      + "\(result.scaledEstimate) of 1000, pass line \(ExamScore.passLine): "
      + (result.passes ? "PASS" : "below the line")
  }

  /// Why the scaled score is only an estimate.
  public static let estimateNote =
    "An estimate: the real exam equates scores across versions, so 720 is not a fixed percentage."

  /// Time used against the limit.
  public static func timeLine(_ result: ExamSessionResult, limitMs: Int?) -> String {
    "Time used " + clock(ms: result.elapsedMs)
      + (limitMs.map { " of " + clock(ms: $0) } ?? "")
      + (result.timedOut ? " (time ran out)" : "")
  }

  /// A bar of `width` cells for a share 0...1.
  public static func bar(_ fraction: Double, width: Int) -> String {
    let filled = min(width, max(0, Int((fraction * Double(width)).rounded())))
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  }

  /// One domain line: label padded to `labelWidth` columns, bar, `3/5 60%`.
  public static func domainLine(_ score: ExamDomainScore, labelWidth: Int, barWidth: Int) -> String
  {
    let label = DisplayWidth.pad(
      DisplayWidth.truncate(TerminalText.sanitize(score.domain), toWidth: labelWidth),
      toWidth: labelWidth)
    let percent = Int((score.fraction * 100).rounded())
    return label + " " + bar(score.fraction, width: barWidth) + " \(score.correct)/\(score.total)"
      + " \(percent)%"
  }

  /// The domain with a long note title cut to 14 columns, so the section stays readable.
  public static func shortened(_ score: ExamDomainScore) -> ExamDomainScore {
    var short = score
    let parts = score.domain.components(separatedBy: " › ")
    if parts.count == 2, DisplayWidth.width(of: parts[0]) > 14 {
      short.domain = DisplayWidth.truncate(parts[0], toWidth: 14) + " › " + parts[1]
    }
    return short
  }

  /// `Right`, `Wrong` or `Blank`.
  public static func verdict(_ slot: ExamSlot) -> String {
    guard slot.given != nil else { return "Blank" }
    return slot.isCorrect == true ? "Right" : "Wrong"
  }

  /// The keys as shown in review.
  public static func keys(_ question: Question) -> String {
    question.keys.joined(separator: question.format == .ordering ? " → " : "; ")
  }

  /// Where the fact is written: `file:line · note › headings`.
  public static func source(_ question: Question) -> String {
    question.source.location + " · "
      + ([question.source.document] + question.source.headingPath).joined(separator: " › ")
  }
}
