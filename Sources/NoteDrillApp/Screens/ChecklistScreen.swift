import StudyCore
import TerminalUI

/// What the checklist screen asks for.
public enum ChecklistEffect: Equatable, Sendable {
  /// Set the item's state in the store (the note is untouched).
  case set(id: String, checked: Bool)
  /// Write the item's state into its note (`- [x]`), atomically.
  case writeBack(id: String)
  /// Run a short quiz on the item's questions.
  case verify(id: String)
  /// Back to the home screen.
  case close
}

/// Every study checklist item, by note and heading: Space toggles, `v` verifies with a quiz,
/// `w` writes the tick into the note.
public struct ChecklistScreen: Equatable, Sendable {
  /// The items, in note order.
  public var entries: [ChecklistEntry]
  /// The highlighted item.
  public internal(set) var highlighted = 0
  /// A line for the learner: a suggestion after a quiz, or why something failed.
  public var message: String?
  /// Whether the highlighted item's questions are listed instead of the items (`i` or Tab).
  public internal(set) var showsQuestions = false

  /// A screen over `entries`.
  public init(entries: [ChecklistEntry], message: String? = nil) {
    self.entries = entries
    self.message = message
  }

  /// Highlights the item with `id`, when there is one.
  public mutating func highlight(id: String) {
    if let position = entries.firstIndex(where: { $0.item.id == id }) { highlighted = position }
  }

  /// Handles one key.
  public mutating func update(_ key: Key) -> [ChecklistEffect] {
    if showsQuestions {
      switch key {
      case .interrupted: return [.close]
      case .character("v"), .enter:
        showsQuestions = false
        return highlighted < entries.count ? [.verify(id: entries[highlighted].item.id)] : []
      default: showsQuestions = false
      }
      return []
    }
    switch key {
    case .character("i"), .tab: showsQuestions = !entries.isEmpty
    case .down, .character("j"): highlighted = min(max(0, entries.count - 1), highlighted + 1)
    case .up, .character("k"): highlighted = max(0, highlighted - 1)
    case .character("q"), .escape, .interrupted, .left: return [.close]
    default:
      guard highlighted < entries.count else { return [] }
      let entry = entries[highlighted]
      switch key {
      case .character(" "), .character("x"):
        message = nil
        return [.set(id: entry.item.id, checked: !entry.isChecked)]
      case .character("v"), .enter: return [.verify(id: entry.item.id)]
      case .character("w"): return [.writeBack(id: entry.item.id)]
      default: break
      }
    }
    return []
  }

  /// The rows of the list: a heading row before each new note and heading, then the items.
  var rows: [(text: String, entry: Int?)] {
    var rows: [(String, Int?)] = []
    var lastHeading: [String]?
    for (position, entry) in entries.enumerated() {
      let heading = [entry.item.document] + entry.item.headingPath.suffix(2)
      if heading != lastHeading {
        rows.append((heading.joined(separator: " › "), nil))
        lastHeading = heading
      }
      rows.append(("", position))
    }
    return rows
  }

  /// Draws the screen.
  public func render(into buffer: inout Buffer) {
    let area = buffer.area
    if TooSmallNotice.isNeeded(for: buffer.size, minimum: DrillScreen.minimumSize) {
      buffer.render(TooSmallNotice(minimum: DrillScreen.minimumSize), in: area)
      return
    }
    let done = entries.filter(\.isChecked).count
    buffer.render(
      TitleBar("NoteDrill · Checklists", trailing: "\(done)/\(entries.count) done"),
      in: area.top(1))
    let detailHeight = 4
    let list = Rect(
      x: 1, y: 2, width: area.width - 2, height: max(0, area.height - 3 - detailHeight))
    if showsQuestions {
      drawQuestions(into: &buffer, area: list)
    } else {
      drawList(into: &buffer, area: list)
    }
    drawDetail(
      into: &buffer, area: Rect(x: 2, y: list.maxY, width: area.width - 4, height: detailHeight))
    buffer.render(
      KeyHelpBar([
        KeyHint("Space", "tick"), KeyHint("v", "verify"), KeyHint("i", "questions"),
        KeyHint("w", "write to note"), KeyHint("j/k", "move"), KeyHint("q", "back"),
      ]), in: area.bottom(1))
  }

  private func drawList(into buffer: inout Buffer, area: Rect) {
    if entries.isEmpty {
      buffer.write(
        "No study checklists (- [ ] items) in these notes.", at: Point(x: area.x + 1, y: area.y),
        clip: area)
      return
    }
    let rows = rows
    let selectedRow = rows.firstIndex { $0.entry == highlighted } ?? 0
    var first = max(0, selectedRow - area.height + 1)
    // Keep the heading of the highlighted item in view when it fits.
    if first > 0, first == selectedRow, rows[first - 1].entry == nil { first -= 1 }
    for (offset, row) in rows.dropFirst(first).prefix(area.height).enumerated() {
      let y = area.y + offset
      guard let position = row.entry else {
        buffer.write(
          DisplayWidth.truncate(TerminalText.sanitize(row.text), toWidth: area.width),
          at: Point(x: area.x, y: y), style: .dim, clip: area)
        continue
      }
      drawItem(
        entries[position], selected: position == highlighted, y: y, into: &buffer, area: area)
    }
  }

  /// The highlighted item's questions with their recall now (`new` when never scheduled).
  private func drawQuestions(into buffer: inout Buffer, area: Rect) {
    guard highlighted < entries.count else { return }
    let entry = entries[highlighted]
    let questions = entry.coverage.questions
    let title = TerminalText.sanitize(entry.item.text) + " — \(questions.count) questions"
    buffer.write(
      DisplayWidth.truncate(title, toWidth: area.width), at: Point(x: area.x, y: area.y),
      style: .bold, clip: area)
    let rows = max(0, area.height - 1)
    for (offset, question) in questions.prefix(rows).enumerated() {
      let state = entry.recall[question.id].map { MasteryText.percent($0) } ?? " new"
      let shown = questions.count > rows && offset == rows - 1
      let text =
        shown
        ? "  … \(questions.count - offset) more (notedrill checklist show)"
        : "  " + state + "  " + TerminalText.sanitize(question.prompt, keepingNewlines: false)
      buffer.write(
        DisplayWidth.truncate(text, toWidth: area.width),
        at: Point(x: area.x, y: area.y + 1 + offset), clip: area)
    }
  }

  private func drawItem(
    _ entry: ChecklistEntry, selected: Bool, y: Int, into buffer: inout Buffer, area: Rect
  ) {
    let coverage = entry.coverage
    let tail =
      coverage.questions.isEmpty
      ? "no questions"
      : "\(coverage.questions.count)q " + MasteryText.percent(coverage.mastery.mastery)
    let tailText = DisplayWidth.pad(tail, toWidth: 12, alignment: .right)
    let head = (selected ? "> " : "  ") + (entry.isChecked ? "[x] " : "[ ] ")
    let textWidth = max(1, area.width - DisplayWidth.width(of: head) - 13)
    let text = DisplayWidth.pad(
      DisplayWidth.truncate(TerminalText.sanitize(entry.item.text), toWidth: textWidth),
      toWidth: textWidth)
    let style: Style = selected ? .reverse : .plain
    if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
    buffer.write(head + text + " " + tailText, at: Point(x: area.x, y: y), style: style, clip: area)
  }

  private func drawDetail(into buffer: inout Buffer, area: Rect) {
    guard highlighted < entries.count else { return }
    let entry = entries[highlighted]
    let coverage = entry.coverage
    let names = coverage.concepts.map(\.name).joined(separator: ", ")
    var lines = [
      coverage.headings.isEmpty
        ? "Concepts: " + (names.isEmpty ? "none named in the notes' graph" : names)
        : "Under: " + coverage.headings.joined(separator: ", "),
      coverage.questions.isEmpty
        ? "No questions about them." : MasteryText.detail(coverage.mastery),
      "\(entry.item.document):\(entry.item.line)",
    ]
    if let message { lines[2] = message }
    for (offset, line) in lines.enumerated() {
      buffer.write(
        DisplayWidth.truncate(TerminalText.sanitize(line), toWidth: area.width),
        at: Point(x: area.x, y: area.y + 1 + offset),
        style: offset == 2 && message != nil ? .bold : .dim, clip: area)
    }
  }
}
