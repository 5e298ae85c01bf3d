import TerminalUI

/// One line of a screen's scrolling body, already wrapped to the width.
struct StyledLine: Equatable {
  var text: String
  var style: Style = .plain
  /// Marks the line an input field sits on (its prompt is `text`).
  var isInput = false
}

/// Builds bodies of wrapped, sanitized lines.
struct BodyBuilder {
  let width: Int
  private(set) var lines: [StyledLine] = []

  init(width: Int) {
    self.width = max(1, width)
  }

  /// Wraps `text` (note text is sanitized first) by display columns.
  mutating func paragraph(_ text: String, style: Style = .plain, indent: Int = 0) {
    let pad = String(repeating: " ", count: indent)
    let wrapped = DisplayWidth.wrap(TerminalText.sanitize(text), width: max(1, width - indent))
    for line in wrapped.isEmpty ? [""] : wrapped {
      lines.append(StyledLine(text: pad + line, style: style))
    }
  }

  mutating func blank() {
    lines.append(StyledLine(text: ""))
  }

  mutating func append(_ line: StyledLine) {
    lines.append(line)
  }

  /// Draws the lines from `scroll` (clamped) into `area`; returns the row of the input line
  /// when one is visible.
  static func draw(
    _ lines: [StyledLine], into buffer: inout Buffer, area: Rect, scroll: Int
  ) -> (inputRow: Int?, scroll: Int) {
    let first = min(
      max(0, scroll), TextBlock.maxScrollOffset(lineCount: lines.count, height: area.height))
    var inputRow: Int?
    for (row, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
      let y = area.y + row
      if line.style != .plain && line.style.attributes.contains(.reverse) {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: line.style)
      }
      if line.isInput {
        inputRow = y
      } else {
        buffer.write(line.text, at: Point(x: area.x, y: y), style: line.style, clip: area)
      }
    }
    return (inputRow, first)
  }
}
