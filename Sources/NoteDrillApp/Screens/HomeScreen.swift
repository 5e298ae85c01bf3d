import Foundation
import TerminalUI

/// Today's numbers on the home screen.
public struct HomeNumbers: Equatable, Sendable {
  /// Review cards due today.
  public var due: Int
  /// Cards in learning steps.
  public var learning: Int
  /// New cards available today.
  public var new: Int
  /// Answers given today.
  public var doneToday: Int
  /// Consecutive study days.
  public var streak: Int
  /// True retention over the last 30 days, when there were reviews.
  public var retention: Double?

  /// Creates the numbers.
  public init(due: Int, learning: Int, new: Int, doneToday: Int, streak: Int, retention: Double?) {
    self.due = due
    self.learning = learning
    self.new = new
    self.doneToday = doneToday
    self.streak = streak
    self.retention = retention
  }
}

/// A home menu entry; only capabilities that are built are listed.
public enum HomeEntry: String, CaseIterable, Equatable, Sendable {
  /// Today's cards.
  case dailyDrill = "Daily drill"
  /// A timed practice exam in the real exam's format.
  case mockExam = "Mock exam"
  /// Topics and concepts ranked by mastery, and reviews of them.
  case weakTopics = "Weak topics"
  /// Study checklists from the notes.
  case checklists = "Checklists"
  /// Progress numbers.
  case stats = "Stats"
  /// Write the progress report to a file.
  case exportReport = "Export report"
  /// Leave NoteDrill.
  case quit = "Quit"
}

/// What the home screen asks for.
public enum HomeEffect: Equatable, Sendable {
  /// Open this entry.
  case open(HomeEntry)
}

/// The home screen: today's numbers and the menu.
public struct HomeScreen: Equatable, Sendable {
  /// Today's numbers.
  public var numbers: HomeNumbers
  /// The menu.
  public let entries = HomeEntry.allCases
  /// The highlighted entry.
  public internal(set) var highlighted = 0
  /// Whether the `?` overlay is shown.
  public internal(set) var showsHelp = false

  /// A home screen with `numbers`.
  public init(numbers: HomeNumbers) {
    self.numbers = numbers
  }

  /// Handles one key.
  public mutating func update(_ key: Key) -> [HomeEffect] {
    if showsHelp {
      showsHelp = false
      return []
    }
    switch key {
    case .down, .character("j"): highlighted = min(entries.count - 1, highlighted + 1)
    case .up, .character("k"): highlighted = max(0, highlighted - 1)
    case .enter, .character(" "), .right: return [.open(entries[highlighted])]
    case .character("q"), .escape, .interrupted: return [.open(.quit)]
    case .character("?"): showsHelp = true
    case .character(let character):
      if let number = character.wholeNumberValue, (1...entries.count).contains(number) {
        highlighted = number - 1
        return [.open(entries[highlighted])]
      }
    default: break
    }
    return []
  }

  /// Draws the screen.
  public func render(into buffer: inout Buffer) {
    let area = buffer.area
    if TooSmallNotice.isNeeded(for: buffer.size, minimum: DrillScreen.minimumSize) {
      buffer.render(TooSmallNotice(minimum: DrillScreen.minimumSize), in: area)
      return
    }
    buffer.render(TitleBar("NoteDrill", trailing: "today"), in: area.top(1))
    let rows = area.height < 18 ? compactNumberRows : numberRows
    for (offset, row) in rows.enumerated() {
      buffer.write(row, at: Point(x: 2, y: 2 + offset), clip: area.insetBy(dx: 1, dy: 0))
    }
    let menuTop = 3 + rows.count
    let menuArea = Rect(
      x: 2, y: menuTop, width: area.width - 4,
      height: max(0, min(entries.count, area.height - 1 - menuTop)))
    buffer.render(OptionList(entries.map(\.rawValue), highlighted: highlighted), in: menuArea)
    let hints = [
      KeyHint("1-\(entries.count)", "open"), KeyHint("j/k", "move"), KeyHint("Enter", "open"),
      KeyHint("q", "quit"), KeyHint("?", "keys"),
    ]
    buffer.render(KeyHelpBar(hints), in: area.bottom(1))
    if showsHelp {
      let overlay = OverlayBox(
        title: "Keys", body: OverlayBox.keyTable(hints + [KeyHint("↑↓", "move")]),
        footer: "any key closes")
      buffer.render(overlay, in: overlay.frame(in: area))
    }
  }

  /// Today's numbers in three rows, for short terminals.
  var compactNumberRows: [String] {
    let retention = numbers.retention.map { String(format: "%.0f%%", $0 * 100) } ?? "–"
    return [
      "Due \(numbers.due) · Learning \(numbers.learning) · New \(numbers.new)",
      "Done today \(numbers.doneToday) · Streak \(numbers.streak) days",
      "True retention \(retention)",
    ]
  }

  /// Today's numbers as aligned `label  value` rows.
  var numberRows: [String] {
    let retention = numbers.retention.map { String(format: "%.0f%%", $0 * 100) } ?? "–"
    let pairs = [
      ("Due", "\(numbers.due)"), ("Learning", "\(numbers.learning)"), ("New", "\(numbers.new)"),
      ("Done today", "\(numbers.doneToday)"), ("Streak", "\(numbers.streak) days"),
      ("True retention", retention),
    ]
    return pairs.map { DisplayWidth.pad($0.0, toWidth: 15) + $0.1 }
  }
}
