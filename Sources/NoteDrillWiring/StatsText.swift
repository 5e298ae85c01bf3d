import Foundation
import ProgressStore
import StudyCore

/// The text form of `notedrill stats`.
public enum StatsText {
  /// The whole report.
  public static func render(_ stats: ProgressStats, storePath: String, top: Int) -> String {
    var lines = ["NoteDrill progress — study day \(stats.studyDay) (\(storePath))"]
    let cards = stats.cards
    lines.append(
      "cards      due \(cards.due) · learning \(cards.learning) · new \(cards.new) · "
        + "learned \(cards.learned) · suspended \(cards.suspended) · orphans \(cards.orphans)")
    lines.append("answers    \(stats.reviews.total) in all, \(stats.reviews.today) today")
    lines.append(
      "retention  7 days: \(retention(stats.retention.last7Days)) · "
        + "30 days: \(retention(stats.retention.last30Days))")
    lines.append(
      "streak     \(days(stats.streak.current)) (longest \(days(stats.streak.longest)))")
    lines.append("last 14 days")
    for day in stats.reviewsPerDay.suffix(14) {
      let bar = String(repeating: "▇", count: min(40, (day.answers + 4) / 5))
      lines.append("  \(day.day)  \(pad(String(day.answers), 4)) \(bar)")
    }
    lines += masteryLines("weakest topics", stats.topics, top: top)
    lines += masteryLines("weakest terms", stats.terms, top: top)
    if !stats.leeches.isEmpty {
      lines.append("leeches (suspended)")
      for leech in stats.leeches {
        lines.append(
          "  \(leech.lapses) lapses  \(leech.questionID)  \(leech.source)  \(leech.prompt)")
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

  private static func retention(_ window: RetentionWindow) -> String {
    guard let rate = window.rate else { return "no reviews" }
    return String(format: "%.1f%% of %d reviews", rate * 100, window.reviews)
  }

  private static func masteryLines(_ title: String, _ items: [Mastery], top: Int) -> [String] {
    let shown = items.filter { $0.reviewed > 0 }.prefix(max(0, top))
    guard !shown.isEmpty else { return [] }
    return [title]
      + shown.map { item in
        let percent = pad(String(format: "%.0f%%", item.mastery * 100), 4)
        return "  \(percent)  \(item.name)  (\(item.reviewed) of \(item.questions) studied)"
      }
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
