import Foundation
import ProgressStore
import TerminalUI

/// A read-only page of progress numbers; any of q, Esc, Enter goes back.
public struct StatsScreen: Equatable, Sendable {
  /// The numbers shown.
  public var stats: ProgressStats
  /// How far the page is scrolled.
  public internal(set) var scroll = 0

  /// A page for `stats`.
  public init(stats: ProgressStats) {
    self.stats = stats
  }

  /// Handles one key; true when the page should close.
  public mutating func update(_ key: Key) -> Bool {
    switch key {
    case .down, .character("j"): scroll += 1
    case .up, .character("k"): scroll = max(0, scroll - 1)
    case .character("q"), .escape, .enter, .interrupted: return true
    default: break
    }
    return false
  }

  /// Draws the page.
  public func render(into buffer: inout Buffer) {
    let area = buffer.area
    if TooSmallNotice.isNeeded(for: buffer.size, minimum: DrillScreen.minimumSize) {
      buffer.render(TooSmallNotice(minimum: DrillScreen.minimumSize), in: area)
      return
    }
    buffer.render(TitleBar("NoteDrill · Stats", trailing: stats.studyDay), in: area.top(1))
    var body = BodyBuilder(width: area.width - 4)
    for line in lines { body.paragraph(line) }
    _ = BodyBuilder.draw(
      body.lines, into: &buffer,
      area: Rect(x: 2, y: 2, width: area.width - 4, height: area.height - 3),
      scroll: scroll)
    buffer.render(KeyHelpBar([KeyHint("j/k", "scroll"), KeyHint("q", "back")]), in: area.bottom(1))
  }

  var lines: [String] {
    let cards = stats.cards
    var lines = [
      "Cards: \(cards.new) new · \(cards.learning) learning · \(cards.learned) learned · "
        + "\(cards.suspended) suspended",
      "Due today: \(cards.due)",
      "Reviews: \(stats.reviews.today) today · \(stats.reviews.total) in all",
      "Streak: \(stats.streak.current) days (longest \(stats.streak.longest))",
    ]
    for window in [stats.retention.last7Days, stats.retention.last30Days] {
      let rate = window.rate.map { String(format: "%.0f%%", $0 * 100) } ?? "–"
      lines.append("True retention, \(window.days) days: \(rate) of \(window.reviews)")
    }
    if !stats.topics.isEmpty {
      lines.append("")
      lines.append("Weakest topics:")
      for topic in stats.topics.prefix(10) {
        lines.append("  " + topic.name + String(format: "  %.0f%%", topic.mastery * 100))
      }
    }
    return lines
  }
}
