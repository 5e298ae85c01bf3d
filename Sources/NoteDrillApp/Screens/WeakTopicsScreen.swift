import StudyCore
import TerminalUI

/// What the weak-topic list asks for.
public enum WeakTopicsEffect: Equatable, Sendable {
  /// Review this topic (a key of ``StudyIndex/questionsOfTopic``) or concept (an id).
  case review(WeakTopicsScreen.Tab, key: String)
  /// Back to the home screen.
  case close
}

/// The weak-topic list: topics or concepts ranked by mastery with bars; Enter reviews one.
public struct WeakTopicsScreen: Equatable, Sendable {
  /// Which ranking is shown.
  public enum Tab: String, Equatable, Sendable {
    /// Topics: note and heading path.
    case topics
    /// Concepts of the concept graph.
    case concepts
  }

  /// Topics, weakest first.
  public let topics: [MasteryScore]
  /// Concepts, weakest first.
  public let concepts: [MasteryScore]
  /// The ranking shown.
  public internal(set) var tab = Tab.topics
  /// The highlighted row.
  public internal(set) var highlighted = 0
  /// A line under the title (why nothing started, a review with no questions).
  public var message: String?

  /// A list of `topics` and `concepts`, both ranked weakest first.
  public init(topics: [MasteryScore], concepts: [MasteryScore], message: String? = nil) {
    self.topics = topics
    self.concepts = concepts
    self.message = message
  }

  /// The scores of the tab shown.
  public var scores: [MasteryScore] { tab == .topics ? topics : concepts }

  /// Handles one key.
  public mutating func update(_ key: Key) -> [WeakTopicsEffect] {
    switch key {
    case .down, .character("j"): highlighted = min(max(0, scores.count - 1), highlighted + 1)
    case .up, .character("k"): highlighted = max(0, highlighted - 1)
    case .tab, .character("t"):
      tab = tab == .topics ? .concepts : .topics
      highlighted = 0
    case .enter, .character(" "), .right:
      guard highlighted < scores.count else { return [] }
      return [.review(tab, key: scores[highlighted].key)]
    case .character("q"), .escape, .interrupted, .left: return [.close]
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
    let started = scores.filter { $0.studied > 0 }.count
    buffer.render(
      TitleBar(
        "NoteDrill · Weak topics",
        trailing: tab == .topics ? "[Topics] Concepts" : "Topics [Concepts]"), in: area.top(1))
    let summary =
      message
      ?? "\(started) started, \(scores.count - started) not started · weakest first"
    buffer.write(summary, at: Point(x: 2, y: 2), style: .dim, clip: area.insetBy(dx: 2, dy: 0))
    let list = Rect(x: 2, y: 4, width: area.width - 4, height: max(0, area.height - 5))
    let visible = max(1, list.height / 2)
    let first = max(0, highlighted - visible + 1)
    for (row, position) in (first..<min(scores.count, first + visible)).enumerated() {
      draw(
        scores[position], rank: position + 1, selected: position == highlighted,
        at: list.y + row * 2, in: list, into: &buffer)
    }
    if scores.isEmpty {
      buffer.write("No questions in these notes.", at: Point(x: 2, y: 4), clip: list)
    }
    buffer.render(
      KeyHelpBar([
        KeyHint("Enter", "review"), KeyHint("Tab", "topics/concepts"), KeyHint("j/k", "move"),
        KeyHint("q", "back"),
      ]), in: area.bottom(1))
  }

  private func draw(
    _ score: MasteryScore, rank: Int, selected: Bool, at y: Int, in area: Rect,
    into buffer: inout Buffer
  ) {
    let number = DisplayWidth.pad(String(rank), toWidth: 3, alignment: .right)
    let head =
      number + ". [" + MasteryText.bar(score.mastery, width: 10) + "] "
      + (score.studied == 0 ? "  – " : MasteryText.percent(score.mastery)) + "  "
    let name = DisplayWidth.truncate(
      MasteryText.name(score), toWidth: max(1, area.width - DisplayWidth.width(of: head)))
    let style: Style = selected ? .reverse : .plain
    if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
    buffer.write(head + name, at: Point(x: area.x, y: y), style: style, clip: area)
    buffer.write(
      DisplayWidth.truncate(MasteryText.detail(score), toWidth: max(1, area.width - 23)),
      at: Point(x: area.x + 23, y: y + 1), style: .dim, clip: area)
  }
}
