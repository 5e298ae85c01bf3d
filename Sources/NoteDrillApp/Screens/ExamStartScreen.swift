import Foundation
import StudyCore
import TerminalUI

/// What the exam start screen offers.
public enum ExamStartEntry: Equatable, Sendable {
  /// A new exam in this mode.
  case start(ExamMode)
  /// The interrupted exam.
  case resume
  /// Back to where the learner came from.
  case back

  /// The menu text.
  func title(offer: ExamResumeOffer?) -> String {
    switch self {
    case .start(.timed): "Start a timed exam"
    case .start(.practice): "Practice (answer after each question, pause allowed)"
    case .resume: "Resume " + (offer.map(ExamOfferText.describe) ?? "")
    case .back: "Back"
    }
  }
}

/// Before an exam: its format, past scores, and the interrupted exam offered again.
public struct ExamStartScreen: Equatable, Sendable {
  /// Questions a new exam asks.
  public var questionCount: Int
  /// Time allowed, `nil` for none.
  public var timeLimitSeconds: Int?
  /// Whether answers count as reviews.
  public var countAsReviews: Bool
  /// The interrupted exam, if any.
  public var offer: ExamResumeOffer?
  /// Scores (percent) of handed-in attempts, oldest first.
  public var trend: [Int]
  /// A line about the last failed start (nothing to draw), if any.
  public var message: String?
  /// The highlighted entry.
  public internal(set) var highlighted = 0

  /// A start screen.
  public init(
    questionCount: Int, timeLimitSeconds: Int?, countAsReviews: Bool = false,
    offer: ExamResumeOffer? = nil, trend: [Int] = [], message: String? = nil
  ) {
    self.questionCount = questionCount
    self.timeLimitSeconds = timeLimitSeconds
    self.countAsReviews = countAsReviews
    self.offer = offer
    self.trend = trend
    self.message = message
  }

  /// The menu, the interrupted exam first when there is one.
  public var entries: [ExamStartEntry] {
    (offer == nil ? [] : [.resume]) + [.start(.timed), .start(.practice), .back]
  }

  /// Handles one key; returns the entry chosen, if any.
  public mutating func update(_ key: Key) -> ExamStartEntry? {
    switch key {
    case .down, .character("j"): highlighted = min(entries.count - 1, highlighted + 1)
    case .up, .character("k"): highlighted = max(0, highlighted - 1)
    case .enter, .character(" "), .right: return entries[highlighted]
    case .character("q"), .escape, .interrupted: return .back
    case .character(let character):
      if let number = character.wholeNumberValue, (1...entries.count).contains(number) {
        highlighted = number - 1
        return entries[highlighted]
      }
    default: break
    }
    return nil
  }

  /// Draws the screen.
  public func render(into buffer: inout Buffer) {
    let area = buffer.area
    if TooSmallNotice.isNeeded(for: buffer.size, minimum: DrillScreen.minimumSize) {
      buffer.render(TooSmallNotice(minimum: DrillScreen.minimumSize), in: area)
      return
    }
    buffer.render(TitleBar("NoteDrill · Mock exam"), in: area.top(1))
    var body = BodyBuilder(width: area.width - 4)
    for line in lines { body.paragraph(line) }
    body.blank()
    let menu = OptionList(entries.map { $0.title(offer: offer) }, highlighted: highlighted)
    for row in menu.rows(width: body.width) {
      body.append(StyledLine(text: row.text, style: row.option == highlighted ? .reverse : .plain))
    }
    _ = BodyBuilder.draw(
      body.lines, into: &buffer,
      area: Rect(x: 2, y: 2, width: area.width - 4, height: area.height - 3), scroll: 0)
    let hints = [
      KeyHint("1-\(entries.count)", "choose"), KeyHint("j/k", "move"), KeyHint("Enter", "open"),
      KeyHint("q", "back"),
    ]
    buffer.render(KeyHelpBar(hints), in: area.bottom(1))
  }

  /// The text above the menu.
  var lines: [String] {
    let time = timeLimitSeconds.map { "\($0 / 60) minutes" } ?? "no time limit"
    var lines = [
      "\(questionCount) questions · \(time) · single answer and Select TWO/THREE, "
        + "no partial credit",
      "Drawn from your notes across their sections in proportion to each one's share.",
      countAsReviews
        ? "Answers will be recorded as reviews when you hand in."
        : "Exam answers do not change your review schedule.",
    ]
    if !trend.isEmpty {
      lines.append(
        "Past exams: " + trend.suffix(10).map { "\($0)%" }.joined(separator: " → "))
    }
    if offer != nil { lines.append("Starting a new exam drops the interrupted one.") }
    if let message { lines.append(message) }
    return lines
  }
}
