import Foundation
import StudyCore
import TerminalUI

extension ExportScreen {
  /// Draws the screen; returns where the cursor goes while the path is edited.
  public func render(into buffer: inout Buffer) -> Point? {
    let area = buffer.area
    if TooSmallNotice.isNeeded(for: buffer.size, minimum: DrillScreen.minimumSize) {
      buffer.render(TooSmallNotice(minimum: DrillScreen.minimumSize), in: area)
      return nil
    }
    buffer.render(TitleBar("NoteDrill · Export report", trailing: studyDay), in: area.top(1))
    let body = Rect(x: 2, y: 2, width: area.width - 4, height: area.height - 3)
    buffer.write("Format", at: Point(x: body.x, y: body.y), style: .bold, clip: body)
    let list = OptionList(
      formats.map(\.title), highlighted: step == .format ? highlighted : nil,
      checked: step == .format ? nil : [highlighted])
    buffer.render(
      list, in: Rect(x: body.x, y: body.y + 1, width: body.width, height: formats.count))
    let pathRow = body.y + formats.count + 2
    var cursor: Point?
    if step != .format {
      buffer.write("File", at: Point(x: body.x, y: pathRow), style: .bold, clip: body)
      let fieldArea = Rect(x: body.x, y: pathRow + 1, width: body.width, height: 1)
      let point = field.render(into: &buffer, area: fieldArea, prompt: "")
      if step == .path { cursor = point }
      let folder = "relative to " + self.folder
      buffer.write(
        DisplayWidth.truncateLeading(TerminalText.sanitize(folder), toWidth: body.width),
        at: Point(x: body.x, y: pathRow + 2), style: .dim, clip: body)
    }
    drawOutcome(into: &buffer, row: pathRow + 4, body: body)
    buffer.render(KeyHelpBar(hints), in: area.bottom(1))
    return cursor
  }

  private func drawOutcome(into buffer: inout Buffer, row: Int, body: Rect) {
    let message: (String, Style)?
    switch step {
    case .written(let path): message = ("Wrote " + path, Style.bold.foreground(.green))
    case .failed(let reason): message = ("Not written: " + reason, Style.bold.foreground(.red))
    case .writing: message = ("Writing…", .dim)
    case .format, .path: message = nil
    }
    guard let (text, style) = message else { return }
    let lines = DisplayWidth.wrap(TerminalText.sanitize(text), width: body.width)
    for (offset, line) in lines.prefix(max(0, body.maxY - row)).enumerated() {
      buffer.write(line, at: Point(x: body.x, y: row + offset), style: style, clip: body)
    }
  }

  private var hints: [KeyHint] {
    switch step {
    case .format:
      return [
        KeyHint("1-4", "choose"), KeyHint("j/k", "move"), KeyHint("Enter", "next"),
        KeyHint("q", "back"),
      ]
    case .path:
      return [KeyHint("Enter", "write"), KeyHint("Ctrl-U", "clear"), KeyHint("Esc", "format")]
    case .writing: return []
    case .written, .failed: return [KeyHint("r", "again"), KeyHint("any key", "back")]
    }
  }
}
