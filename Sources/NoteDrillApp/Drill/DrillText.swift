import Foundation
import StudyCore

/// Short texts shared by the screens and plain mode.
public enum DrillText {
  /// An interval as shown next to a rating: `10m`, `1d`, `3mo`.
  public static func interval(days: Int, card outcome: ReviewOutcome) -> String {
    if days >= 1 { return interval(days: days) }
    let minutes = max(1, Int(outcome.card.due.timeIntervalSince(outcome.reviewedAt) / 60))
    return minutes >= 60 ? "\(minutes / 60)h" : "\(minutes)m"
  }

  /// Whole days as `3d`, `5mo`, `2y`.
  public static func interval(days: Int) -> String {
    if days >= 365 { return "\(days / 365)y" }
    if days >= 30 { return "\(days / 30)mo" }
    return "\(days)d"
  }

  /// Seconds as `45s` or `3m 20s`.
  public static func duration(seconds: Int) -> String {
    let seconds = max(0, seconds)
    return seconds < 60 ? "\(seconds)s" : "\(seconds / 60)m \(seconds % 60)s"
  }

  /// ` (10 cards, 3 asked again)` after the answer count when cards came back in the session;
  /// empty otherwise.
  public static func repeatsNote(_ summary: DrillSummary) -> String {
    guard summary.repeats > 0 else { return "" }
    return " (\(summary.cards) \(summary.cards == 1 ? "card" : "cards"), "
      + "\(summary.repeats) asked again)"
  }

  /// ` (7 of 10 the first time)` after the right count when cards came back in the session;
  /// empty otherwise.
  public static func firstTimeNote(_ summary: DrillSummary) -> String {
    guard summary.repeats > 0 else { return "" }
    return " (\(summary.firstTimeRight) of \(summary.firstTime) the first time)"
  }

  /// `Related to ALB: compared with NLB, flows to EC2`, one line per concept of the question,
  /// in the order the concepts first appear.
  public static func relatedLines(_ related: [RelatedConcept]) -> [String] {
    var order: [String] = []
    var phrases: [String: [String]] = [:]
    for entry in related {
      if phrases[entry.concept] == nil { order.append(entry.concept) }
      phrases[entry.concept, default: []].append(entry.phrase)
    }
    return order.map { "Related to \($0): " + (phrases[$0] ?? []).joined(separator: ", ") }
  }
}
